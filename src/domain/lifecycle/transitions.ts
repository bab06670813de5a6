import { type LandSituation, type MainStage, type Stage, isMainStage } from './stages';

/** What a transition needs besides a date and an actor. */
export const REQUIREMENTS = ['reason', 'evidence', 'signing'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export type TransitionRule = {
  from: Stage;
  to: Stage;
  requires: readonly Requirement[];
  /** Set when the rule skips a stage of the main path: which stage, and why that is allowed. */
  skips?: { stage: MainStage; when: readonly LandSituation[]; why: string };
};

const STALLABLE: readonly MainStage[] = [
  'lead',
  'negotiating',
  'signed',
  'registered',
  'land_secured',
  'started',
  'completed',
  'producing',
];

/**
 * The exhaustive transition table of DESIGN §3. Anything not listed here is forbidden.
 * `stalled → X` is listed for every X a project can stall from; it is only allowed when X is
 * the stage the project left (checked in `checkTransition`).
 */
export const TRANSITION_TABLE: readonly TransitionRule[] = [
  { from: 'lead', to: 'negotiating', requires: [] },
  { from: 'negotiating', to: 'signed', requires: ['signing'] },
  { from: 'signed', to: 'registered', requires: [] },
  { from: 'registered', to: 'land_secured', requires: [] },
  {
    from: 'registered',
    to: 'started',
    requires: ['evidence'],
    skips: {
      stage: 'land_secured',
      when: ['standard_factory', 'existing_land'],
      why: 'no_new_land_needed',
    },
  },
  { from: 'land_secured', to: 'started', requires: ['evidence'] },
  { from: 'started', to: 'completed', requires: ['evidence'] },
  { from: 'completed', to: 'producing', requires: ['evidence'] },
  { from: 'producing', to: 'at_capacity', requires: [] },
  ...STALLABLE.map((s): TransitionRule => ({ from: s, to: 'stalled', requires: ['reason'] })),
  ...STALLABLE.map((s): TransitionRule => ({ from: 'stalled', to: s, requires: [] })),
  ...STALLABLE.map((s): TransitionRule => ({ from: s, to: 'terminated', requires: ['reason'] })),
  { from: 'stalled', to: 'terminated', requires: ['reason'] },
];

export type TransitionProject = {
  stage: Stage;
  /** The stage a stalled project left; null otherwise. */
  stageBeforeStall: Stage | null;
  landSituation: LandSituation | null;
  /** Date (YYYY-MM-DD) of the latest recorded transition, if any. */
  lastTransitionOn: string | null;
};

export type TransitionRequest = {
  to: Stage;
  /** YYYY-MM-DD, the day the change happened in reality. */
  date: string;
  today: string;
  reason?: string | null;
  evidenceCount: number;
  hasSigning: boolean;
};

export type TransitionDenial =
  | { code: 'TRANSITION_FORBIDDEN'; from: Stage; to: Stage }
  | { code: 'RESUME_WRONG_STAGE'; expected: Stage | null; to: Stage }
  | { code: 'SKIP_NOT_ALLOWED'; skipped: MainStage; landSituation: LandSituation | null }
  | { code: 'REQUIREMENT_MISSING'; requirement: Requirement }
  | { code: 'DATE_IN_FUTURE'; date: string; today: string }
  | { code: 'DATE_BEFORE_PREVIOUS'; date: string; previous: string };

export type TransitionCheck = { ok: true; rule: TransitionRule } | { ok: false; denial: TransitionDenial };

export function findRule(from: Stage, to: Stage): TransitionRule | undefined {
  return TRANSITION_TABLE.find((r) => r.from === from && r.to === to);
}

/** The transitions that the table allows from a project's current state (before per-request checks). */
export function availableTransitions(
  project: Pick<TransitionProject, 'stage' | 'stageBeforeStall' | 'landSituation'>,
) {
  return TRANSITION_TABLE.filter((r) => r.from === project.stage).filter((r) => {
    if (r.from === 'stalled' && isMainStage(r.to)) return r.to === project.stageBeforeStall;
    if (r.skips) return project.landSituation !== null && r.skips.when.includes(project.landSituation);
    return true;
  });
}

/** Decides one transition. Pure: the caller records it only when this answers ok. */
export function checkTransition(project: TransitionProject, req: TransitionRequest): TransitionCheck {
  const rule = findRule(project.stage, req.to);
  if (!rule) return { ok: false, denial: { code: 'TRANSITION_FORBIDDEN', from: project.stage, to: req.to } };
  if (rule.from === 'stalled' && isMainStage(rule.to) && rule.to !== project.stageBeforeStall) {
    return {
      ok: false,
      denial: { code: 'RESUME_WRONG_STAGE', expected: project.stageBeforeStall, to: req.to },
    };
  }
  if (rule.skips && (project.landSituation === null || !rule.skips.when.includes(project.landSituation))) {
    return {
      ok: false,
      denial: { code: 'SKIP_NOT_ALLOWED', skipped: rule.skips.stage, landSituation: project.landSituation },
    };
  }
  if (req.date > req.today)
    return { ok: false, denial: { code: 'DATE_IN_FUTURE', date: req.date, today: req.today } };
  if (project.lastTransitionOn && req.date < project.lastTransitionOn) {
    return {
      ok: false,
      denial: { code: 'DATE_BEFORE_PREVIOUS', date: req.date, previous: project.lastTransitionOn },
    };
  }
  for (const requirement of rule.requires) {
    const met =
      requirement === 'reason'
        ? Boolean(req.reason && req.reason.trim())
        : requirement === 'evidence'
          ? req.evidenceCount > 0
          : req.hasSigning;
    if (!met) return { ok: false, denial: { code: 'REQUIREMENT_MISSING', requirement } };
  }
  return { ok: true, rule };
}

/** The state after an allowed transition. */
export function applyTransition(
  project: Pick<TransitionProject, 'stage' | 'stageBeforeStall'>,
  to: Stage,
): { stage: Stage; stageBeforeStall: Stage | null } {
  if (to === 'stalled') return { stage: 'stalled', stageBeforeStall: project.stage };
  return { stage: to, stageBeforeStall: null };
}
