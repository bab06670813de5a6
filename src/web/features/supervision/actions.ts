import type { Role } from '../../../domain/org/roles';
import type { ItemState } from '../../../domain/supervision/items';
import type { Me } from '../auth/types';
import type { ActionType, ItemDetail } from './types';

/** The states from which each action may be taken (mirrors the domain's flow; the server decides). */
const FROM: Record<ActionType, readonly ItemState[]> = {
  assigned: ['returned'],
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

/** The order in which the buttons appear: the main step of the flow first. */
const ORDER: readonly ActionType[] = [
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

const OFFICE: readonly Role[] = ['supervisor', 'city_admin'];

export function isOfUnit(me: Pick<Me, 'role' | 'departmentId' | 'regionId'>, item: ItemDetail): boolean {
  return item.unit.kind === 'department'
    ? me.role === 'unit_handler' && me.departmentId === item.unit.id
    : me.role === 'county_officer' && me.regionId === item.unit.id;
}

function mayAct(me: Me, item: ItemDetail, type: ActionType): boolean {
  if (type === 'assigned' || type === 'verified' || type === 'closed') return OFFICE.includes(me.role);
  if (type === 'extension_approved' || type === 'extension_refused') return me.role === 'leader';
  return isOfUnit(me, item);
}

function fitsNow(item: ItemDetail, type: ActionType): boolean {
  const resolve = item.targets.find((t) => t.key === 'resolve');
  switch (type) {
    case 'extension_requested':
      return !item.pendingExtension && !resolve?.breached;
    case 'extension_approved':
    case 'extension_refused':
      return item.pendingExtension !== null;
    case 'plan_filed':
      return item.weight === 'major';
    case 'step_done':
      return item.plan.some((s) => !s.doneAt);
    default:
      return true;
  }
}

/** The actions the signed-in user may take on the item now, main step first. */
export function availableActions(me: Me, item: ItemDetail): ActionType[] {
  return ORDER.filter(
    (type) => FROM[type].includes(item.state) && mayAct(me, item, type) && fitsNow(item, type),
  );
}

/** Actions taken with one confirmation, without fields. */
export const CONFIRM_ONLY: readonly ActionType[] = ['acknowledged', 'closed'];
