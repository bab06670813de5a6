import { MILESTONES } from '../../../domain/delivery/milestones';
import type { MessageKey } from '../../i18n/zh-CN';
import type { AllowedTransition, Project } from '../projects/types';
import type { MilestoneView } from './types';

export type MilestoneStatus = { key: MessageKey; color: string; days?: number };

/** Where a milestone stands: skipped, reached (on time or late), overdue, passed, pending or unplanned. */
export function milestoneStatus(m: MilestoneView, all: readonly MilestoneView[]): MilestoneStatus {
  if (m.skipped) return { key: 'milestone.status.skipped', color: 'purple' };
  if (m.actualOn) {
    return m.daysLate > 0
      ? { key: 'milestone.status.doneLate', color: 'gold', days: m.daysLate }
      : { key: 'milestone.status.done', color: 'green' };
  }
  if (m.overdue) return { key: 'milestone.status.overdue', color: 'red', days: m.daysLate };
  const later = all.slice(MILESTONES.indexOf(m.milestone) + 1);
  if (later.some((x) => x.actualOn)) return { key: 'milestone.status.passed', color: 'default' };
  if (!m.plannedOn) return { key: 'milestone.status.noPlan', color: 'default' };
  return { key: 'milestone.status.pending', color: 'blue' };
}

/** A plan may be revised while the milestone is not reached nor skipped and the project goes on. */
export function canRevisePlan(m: MilestoneView, project: Project): boolean {
  return !m.actualOn && !m.skipped && project.stage !== 'terminated';
}

/** The transition that would record this milestone's actual date now, if the lifecycle allows it. */
export function transitionTo(m: MilestoneView, project: Project): AllowedTransition | null {
  if (m.actualOn) return null;
  return project.allowedTransitions.find((a) => a.to === m.milestone) ?? null;
}
