import { eq } from 'drizzle-orm';
import { isForeignCapital } from '../../domain/investors/fields';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { users } from '../db/schema/users';
import { AppError } from '../http/errors';
import { investorRepo } from '../investors/repo';

type InvestorLink = {
  investorId?: string | null;
  investorName?: string;
  investorCreditCode?: string | null;
  originRegion?: string | null;
  foreignCapital?: boolean;
};

/**
 * When a project names a registry investor, the project carries that investor's name, code,
 * origin region and capital type (so statistics and duplicate checks see the registry's facts).
 */
export async function investorFields(db: Db, ctx: Ctx, input: InvestorLink) {
  if (!input.investorId) return {};
  const inv = await investorRepo(db, ctx.scope).findById(input.investorId);
  if (!inv) {
    throw new AppError('VALIDATION_FAILED', `Unknown investor ${input.investorId}`, undefined, [
      { path: 'body.investorId', message: 'no such investor', code: 'unknown_investor' },
    ]);
  }
  return {
    investorId: inv.id,
    investorName: inv.name,
    investorCreditCode: inv.creditCode,
    originRegion:
      input.originRegion === undefined ? inv.originRegion : (input.originRegion as typeof inv.originRegion),
    foreignCapital:
      input.foreignCapital ?? isForeignCapital(inv.ownership, inv.originCountry, inv.originProvince),
  };
}

/** A lead's owner must be an active account that works on projects. */
export async function assertOwner(db: Db, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [u] = await db
    .select({ role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, ownerId));
  if (!u || u.disabled || !['city_admin', 'county_officer'].includes(u.role)) {
    throw new AppError('VALIDATION_FAILED', `The owner ${ownerId} cannot own projects`, undefined, [
      { path: 'body.ownerId', message: 'not an active city admin or county officer', code: 'invalid_owner' },
    ]);
  }
}
