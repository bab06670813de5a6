import { normaliseInvestorName } from '../../domain/duplicates/similarity';
import { originRegionOf } from '../../domain/investors/fields';
import { changedFields } from '../audit/diff';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { assertRegionWritable } from '../auth/scope';
import type { Db } from '../db/client';
import { AppError, notFound } from '../http/errors';
import { investorRepo, type InvestorRow } from './repo';
import type { InvestorCreate, InvestorListQuery, InvestorPatch, InvestorView } from './schemas';

export function toInvestorView(r: InvestorRow): InvestorView {
  return {
    id: r.id,
    name: r.name,
    creditCode: r.creditCode,
    kind: r.kind,
    originProvince: r.originProvince,
    originCountry: r.originCountry,
    originRegion: r.originRegion,
    ownership: r.ownership,
    fortune500: r.fortune500,
    china500: r.china500,
    listed: r.listed,
    industry: r.industry,
    contacts: r.contacts,
    notes: r.notes,
    ownerRegionId: r.ownerRegionId,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const auditable = ({ createdAt: _c, updatedAt: _u, version: _v, ...rest }: InvestorRow) => rest;

async function assertCodeFree(db: Db, ctx: Ctx, code: string | null | undefined, selfId?: string) {
  if (!code) return;
  const existing = await investorRepo(db, ctx.scope).findByCreditCode(code);
  if (existing && existing.id !== selfId) {
    throw new AppError(
      'ALREADY_EXISTS',
      `The credit code ${code} is already registered to ${existing.name}`,
      { investorId: existing.id, name: existing.name },
      [
        {
          path: 'body.creditCode',
          message: `already registered to ${existing.name}`,
          code: 'already_exists',
        },
      ],
    );
  }
}

export async function listInvestors(db: Db, ctx: Ctx, q: InvestorListQuery) {
  const { items, total } = await investorRepo(db, ctx.scope).list(q);
  return { items: items.map(toInvestorView), total, page: q.page, pageSize: q.pageSize };
}

export async function getInvestor(db: Db, ctx: Ctx, id: string) {
  const row = await investorRepo(db, ctx.scope).findById(id);
  if (!row) throw notFound('investor');
  return toInvestorView(row);
}

export async function createInvestor(db: Db, ctx: Ctx, input: InvestorCreate): Promise<InvestorView> {
  await assertCodeFree(db, ctx, input.creditCode);
  const ownRegion = ctx.scope.kind === 'regions' ? (ctx.scope.regionIds[0] ?? null) : null;
  const ownerRegionId = ownRegion ?? input.ownerRegionId ?? null;
  if (ownerRegionId) assertRegionWritable(ownerRegionId, ctx.scope);
  return db.transaction(async (tx) => {
    const row = await investorRepo(tx, ctx.scope).insert({
      ...input,
      creditCode: input.creditCode ?? null,
      normalizedName: normaliseInvestorName(input.name),
      originRegion:
        input.originRegion ?? originRegionOf(input.originProvince ?? null, input.originCountry ?? null),
      ownerRegionId,
      createdBy: ctx.principal.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'investor.create',
        entityType: 'investor',
        entityId: row.id,
        regionId: ownerRegionId,
        diff: { before: null, after: auditable(row) },
      },
      ctx.now,
    );
    return toInvestorView(row);
  });
}

export async function updateInvestor(
  db: Db,
  ctx: Ctx,
  id: string,
  input: InvestorPatch,
): Promise<InvestorView> {
  const { version, ...patch } = input;
  const repo = investorRepo(db, ctx.scope);
  const current = await repo.findById(id);
  if (!current) throw notFound('investor');
  if (!repo.writable(current)) {
    throw new AppError(
      'FORBIDDEN',
      'This investor record is kept by another region; ask its county or the city',
    );
  }
  await assertCodeFree(db, ctx, patch.creditCode, id);
  return db.transaction(async (tx) => {
    const updated = await investorRepo(tx, ctx.scope).update(id, version, {
      ...patch,
      ...(patch.name ? { normalizedName: normaliseInvestorName(patch.name) } : {}),
      updatedAt: ctx.now,
    });
    if (!updated) {
      throw new AppError('VERSION_CONFLICT', 'The investor was changed by someone else; reload it', {
        currentVersion: current.version,
      });
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'investor.update',
        entityType: 'investor',
        entityId: id,
        regionId: updated.ownerRegionId,
        diff: { changes: changedFields(auditable(current), auditable(updated)) },
      },
      ctx.now,
    );
    return toInvestorView(updated);
  });
}
