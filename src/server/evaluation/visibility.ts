import type { Principal } from '../auth/principal';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { AppError } from '../http/errors';
import { getSetting } from '../settings/service';
import type { ResultView } from './schemas';

/**
 * The unit an account is ranked as: a county officer's county, a department handler's
 * department; null for the city's roles, who see every line.
 */
export function ownUnitOf(p: Pick<Principal, 'role' | 'regionId' | 'departmentId'>): string | null {
  if (p.role === 'county_officer') return p.regionId ?? '';
  if (p.role === 'unit_handler') return p.departmentId ?? '';
  return null;
}

/**
 * A result as the caller may see it. Published rankings are everyone's. A draft is the city's;
 * a ranked unit sees its own line of it only when the city allows (`evaluation.draftOwnLine`).
 */
export async function visibleResult(db: Executor, ctx: Ctx, view: ResultView): Promise<ResultView> {
  const own = ownUnitOf(ctx.principal);
  if (view.status !== 'draft' || own === null) return view;
  if (!(await getSetting(db, 'evaluation.draftOwnLine'))) {
    throw new AppError(
      'FORBIDDEN',
      'Drafts are the city’s until published (setting evaluation.draftOwnLine)',
    );
  }
  return { ...view, payload: { ...view.payload, units: view.payload.units.filter((u) => u.unitId === own) } };
}
