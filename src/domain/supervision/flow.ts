import type { Role } from '../org/roles';
import type { OfficialCalendar } from './calendar';
import { deadlineDate, endOfDayShanghai } from './deadlines';
import type { ItemEvent, ItemFacts } from './events';
import type { ClockSettings, ItemState } from './items';
import type { ItemView } from './replay';
import { shanghaiDate } from '../time';

/** The states from which each action may be taken (DESIGN §5's flow). */
const FROM: Record<ItemEvent['type'], readonly (ItemState | 'new')[]> = {
  assigned: ['new', 'returned'],
  acknowledged: ['assigned'],
  returned: ['assigned', 'acknowledged'],
  deployed: ['acknowledged'],
  reported: ['deployed', 'reported'],
  extension_requested: ['acknowledged', 'deployed', 'reported'],
  extension_approved: ['acknowledged', 'deployed', 'reported'],
  extension_refused: ['acknowledged', 'deployed', 'reported'],
  plan_filed: ['deployed', 'reported'],
  step_done: ['deployed', 'reported'],
  resolved: ['reported'],
  verified: ['resolved'],
  closed: ['verified'],
};

export type FlowDenial =
  | {
      code: 'ACTION_OUT_OF_ORDER';
      action: ItemEvent['type'];
      state: ItemState | 'new';
      allowed: readonly string[];
    }
  | { code: 'RETURN_TOO_LATE'; deadline: string }
  | { code: 'EXTENSION_AFTER_DEADLINE'; deadline: string }
  | { code: 'EXTENSION_PENDING' }
  | { code: 'NO_EXTENSION_PENDING' }
  | { code: 'PLAN_ONLY_FOR_MAJOR' }
  | { code: 'PLAN_STEPS_OUT_OF_ORDER'; step: number; due: string; previous: string }
  | { code: 'NO_SUCH_STEP'; step: number }
  | { code: 'EVENT_BEFORE_PREVIOUS'; at: string; previous: string };

/**
 * May this event be appended to the log now? Pure: the order of the flow, the 1-day return window,
 * extensions only before the resolve deadline and one at a time, plans only for major items with
 * steps dated in order. Text fields (reasons) and who may act are checked by the caller's schema
 * and policy.
 */
export function checkEvent(
  cal: OfficialCalendar,
  s: ClockSettings,
  facts: ItemFacts,
  view: ItemView | null,
  last: ItemEvent | null,
  e: ItemEvent,
): FlowDenial | null {
  const state = view?.state ?? 'new';
  if (!FROM[e.type].includes(state)) {
    return { code: 'ACTION_OUT_OF_ORDER', action: e.type, state, allowed: FROM[e.type] };
  }
  if (last && Date.parse(e.at) < Date.parse(last.at)) {
    return { code: 'EVENT_BEFORE_PREVIOUS', at: e.at, previous: last.at };
  }
  const resolve = view?.targets.find((t) => t.key === 'resolve');
  switch (e.type) {
    case 'returned': {
      const opened = view?.targets.find((t) => t.key === 'deploy')?.opensAt;
      if (!opened) return null;
      const deadline = deadlineDate(cal, shanghaiDate(new Date(opened)), { days: s.returnDays }, s.mode);
      return Date.parse(e.at) > endOfDayShanghai(deadline) ? { code: 'RETURN_TOO_LATE', deadline } : null;
    }
    case 'extension_requested':
      if (view?.pendingExtension) return { code: 'EXTENSION_PENDING' };
      if (resolve && (resolve.breached || Date.parse(e.at) > endOfDayShanghai(resolve.deadline))) {
        return { code: 'EXTENSION_AFTER_DEADLINE', deadline: resolve.deadline };
      }
      return null;
    case 'extension_approved':
    case 'extension_refused':
      return view?.pendingExtension ? null : { code: 'NO_EXTENSION_PENDING' };
    case 'plan_filed': {
      if (facts.weight !== 'major') return { code: 'PLAN_ONLY_FOR_MAJOR' };
      let previous = shanghaiDate(new Date(e.at));
      for (const [i, st] of e.steps.entries()) {
        if (st.due < previous) return { code: 'PLAN_STEPS_OUT_OF_ORDER', step: i, due: st.due, previous };
        previous = st.due;
      }
      return null;
    }
    case 'step_done': {
      const step = view?.plan[e.step];
      return step && !step.doneAt ? null : { code: 'NO_SUCH_STEP', step: e.step };
    }
    default:
      return null;
  }
}

/** Who acts: an account's role and the unit it belongs to. */
export type Actor = { role: Role; regionId: string | null; departmentId: string | null };
export type ItemUnit = { kind: 'department' | 'region'; id: string };

/**
 * Who may take an action: the supervision office assigns, verifies and closes; a leader decides
 * extensions; the assigned unit's people (a department's handlers, a county's officers) do the rest.
 */
export function mayAct(a: Actor, unit: ItemUnit, type: ItemEvent['type']): boolean {
  if (type === 'assigned' || type === 'verified' || type === 'closed')
    return a.role === 'supervisor' || a.role === 'city_admin';
  if (type === 'extension_approved' || type === 'extension_refused') return a.role === 'leader';
  return unit.kind === 'department'
    ? a.role === 'unit_handler' && a.departmentId === unit.id
    : a.role === 'county_officer' && a.regionId === unit.id;
}

/** The order actions are offered in: the main step of the flow first. */
const OFFERED: readonly ItemEvent['type'][] = [
  'acknowledged',
  'deployed',
  'reported',
  'resolved',
  'step_done',
  'plan_filed',
  'extension_requested',
  'returned',
  'extension_approved',
  'extension_refused',
  'assigned',
  'verified',
  'closed',
];

/**
 * The actions an account may take on an item now, main step first: allowed from its state, its to
 * take, and fitting the item (one extension at a time and before the resolve deadline is breached,
 * plans for major items, steps left to do). The server still checks each action when it is taken.
 */
export function availableActions(
  a: Actor,
  unit: ItemUnit,
  view: ItemView,
  weight: string,
): ItemEvent['type'][] {
  const resolve = view.targets.find((t) => t.key === 'resolve');
  const fits = (type: ItemEvent['type']) => {
    switch (type) {
      case 'extension_requested':
        return !view.pendingExtension && !resolve?.breached;
      case 'extension_approved':
      case 'extension_refused':
        return view.pendingExtension !== null;
      case 'plan_filed':
        return weight === 'major';
      case 'step_done':
        return view.plan.some((s) => !s.doneAt);
      default:
        return true;
    }
  };
  return OFFERED.filter((type) => FROM[type].includes(view.state) && mayAct(a, unit, type) && fits(type));
}
