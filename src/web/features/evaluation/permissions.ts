import type { Role } from '../../../domain/org/roles';
import { PROJECT_READERS } from '../auth/permissions';

/** Who reads the published rankings (policy evaluation.read: every business role). */
export const EVALUATION_READERS: readonly Role[] = PROJECT_READERS;
/** Who keeps methods, targets, drafts and publishing (policy evaluation.manage). */
export const EVALUATION_MANAGERS: readonly Role[] = ['city_admin'];

export const canManageEvaluation = (role: Role) => EVALUATION_MANAGERS.includes(role);

/** A county officer opens the explanation of its own county's line only; other readers any line. */
export function canExplain(me: { role: Role; regionId: string | null }, unitId: string): boolean {
  if (me.role === 'county_officer') return me.regionId === unitId;
  return EVALUATION_READERS.includes(me.role);
}
