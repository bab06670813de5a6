import { MILESTONES, type Milestone } from '../../../domain/delivery/milestones';

const isMilestone = (v: unknown): v is Milestone =>
  typeof v === 'string' && (MILESTONES as readonly string[]).includes(v);

/** The overdue milestones a project summary or detail carries (empty when the answer has none). */
export function overdueMilestonesOf(project: object): Milestone[] {
  if (!('overdueMilestones' in project) || !Array.isArray(project.overdueMilestones)) return [];
  return project.overdueMilestones.filter(isMilestone);
}

/**
 * The red tags to show: every overdue milestone, plus the contract's start deadline (overdueStart)
 * when the milestones do not already say "not started" — never both.
 */
export function overdueTagsOf(project: { overdueStart: boolean }): Milestone[] {
  const milestones = overdueMilestonesOf(project);
  return project.overdueStart && !milestones.includes('started') ? [...milestones, 'started'] : milestones;
}
