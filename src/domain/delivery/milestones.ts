import { MAIN_PATH, type MainStage, type Stage } from '../lifecycle/stages';

/** Delivery milestones (DESIGN §3): the main-path stages after the signing. */
export const MILESTONES = [
  'registered',
  'land_secured',
  'started',
  'completed',
  'producing',
  'at_capacity',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export function isMilestone(stage: Stage): stage is Milestone {
  return (MILESTONES as readonly string[]).includes(stage);
}

/** Which contract deadline (set at the signing) plans which milestone. */
export const CONTRACT_DEADLINE: Partial<Record<Milestone, 'registerBy' | 'startBy' | 'produceBy'>> = {
  registered: 'registerBy',
  started: 'startBy',
  producing: 'produceBy',
};

export type ContractDeadlines = {
  registerBy: string | null;
  startBy: string | null;
  produceBy: string | null;
};

export type MilestoneRecord = {
  milestone: Milestone;
  /** The revised plan, when someone changed it (with a reason); otherwise the contract deadline applies. */
  plannedOn: string | null;
  actualOn: string | null;
  skipped: boolean;
};

export type MilestoneState = {
  milestone: Milestone;
  contractOn: string | null;
  plannedOn: string | null;
  actualOn: string | null;
  skipped: boolean;
  /** Past the plan without an actual date (and not skipped, not terminated). */
  overdue: boolean;
  /** Days past the plan (overdue) or past the plan when it was reached late; 0 otherwise. */
  daysLate: number;
};

const dayMs = 86_400_000;
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/**
 * The plan-versus-actual of every milestone of a signed project as of `today`. Milestones without a
 * record are planned by the contract deadline. A terminated project has nothing overdue any more,
 * and a milestone passed by a later one is not overdue.
 */
export function milestoneStates(
  records: readonly MilestoneRecord[],
  deadlines: ContractDeadlines,
  stage: Stage,
  today: string,
): MilestoneState[] {
  const byKey = new Map(records.map((r) => [r.milestone, r]));
  return MILESTONES.map((milestone) => {
    const r = byKey.get(milestone);
    const deadlineKey = CONTRACT_DEADLINE[milestone];
    const contractOn = deadlineKey ? deadlines[deadlineKey] : null;
    const plannedOn = r?.plannedOn ?? contractOn;
    const actualOn = r?.actualOn ?? null;
    const skipped = r?.skipped ?? false;
    const passed = MILESTONES.slice(MILESTONES.indexOf(milestone) + 1).some((x) => byKey.get(x)?.actualOn);
    const overdue =
      stage !== 'terminated' &&
      !skipped &&
      !passed &&
      actualOn === null &&
      plannedOn !== null &&
      plannedOn < today;
    const daysLate =
      plannedOn === null || skipped
        ? 0
        : actualOn !== null
          ? Math.max(0, daysBetween(plannedOn, actualOn))
          : overdue
            ? daysBetween(plannedOn, today)
            : 0;
    return { milestone, contractOn, plannedOn, actualOn, skipped, overdue, daysLate };
  });
}

/** The milestones a forward transition to `to` records as reached on its date (none for side stages). */
export function milestoneOfTransition(from: Stage, to: Stage): Milestone | null {
  if (from === 'stalled' || from === 'terminated') return null;
  return isMilestone(to) ? to : null;
}

/** Milestones at or beyond `m` on the main path: reaching any of them means `m` was reached (or skipped). */
export function atOrBeyond(m: MainStage): Milestone[] {
  const i = MAIN_PATH.indexOf(m);
  return MILESTONES.filter((x) => MAIN_PATH.indexOf(x) >= i);
}

export type ActualDateDenial =
  | { code: 'DATE_BEFORE_SIGNING'; date: string; signedOn: string }
  | { code: 'DATE_IN_FUTURE'; date: string; today: string };

/** An actual date must lie between the signing and today. */
export function checkActualDate(
  date: string,
  signedOn: string | null,
  today: string,
): ActualDateDenial | null {
  if (date > today) return { code: 'DATE_IN_FUTURE', date, today };
  if (signedOn && date < signedOn) return { code: 'DATE_BEFORE_SIGNING', date, signedOn };
  return null;
}
