import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { targetMoveAllowed } from '../../domain/atlas/fields';
import { originRegionOf } from '../../domain/investors/fields';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { assertRegionWritable } from '../auth/scope';
import type { Db, Tx } from '../db/client';
import { chainNodes, industryChains, nodeTargets, projectNodes } from '../db/schema/atlas';
import { investors } from '../db/schema/investors';
import { regions } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import { recordNewProject } from '../projects/service';
import type { ProjectCreate } from '../projects/schemas';
import { assertEditable } from './nodes';
import { toTarget } from './read';
import type { TargetCreate, TargetPatch, TargetView } from './schemas';

/**
 * Target lists are the city's; a county officer adds and moves on the targets its own county
 * courts (region kept), the city administrator any. The scope check is here, not in the routes.
 */
function assertTargetWritable(ctx: Ctx, regionId: string | null) {
  if (ctx.scope.kind === 'all') return;
  if (!regionId) {
    throw new AppError('REGION_OUT_OF_SCOPE', 'A county may only keep targets its own county courts', {}, [
      { path: 'body.regionId', message: 'name your county', code: 'region_out_of_scope' },
    ]);
  }
  assertRegionWritable(regionId, ctx.scope);
}

/** Targets of a retired system's chains are the record; they do not move. */
async function assertNodeEditable(tx: Tx, chainId: string) {
  const [chain] = await tx
    .select({ systemId: industryChains.systemId })
    .from(industryChains)
    .where(eq(industryChains.id, chainId));
  if (chain) await assertEditable(tx, chain.systemId);
}

async function assertRegion(tx: Tx, regionId: string | null | undefined) {
  if (!regionId) return;
  const [r] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
  if (!r) {
    throw new AppError('VALIDATION_FAILED', `Unknown region ${regionId}`, {}, [
      { path: 'body.regionId', message: `unknown region "${regionId}"`, code: 'unknown_region' },
    ]);
  }
}

export async function createTarget(
  db: Db,
  ctx: Ctx,
  chainId: string,
  nodeId: string,
  input: z.infer<typeof TargetCreate>,
) {
  const regionId = input.regionId ?? (ctx.scope.kind === 'regions' ? (ctx.scope.regionIds[0] ?? null) : null);
  assertTargetWritable(ctx, regionId);
  return db.transaction(async (tx) => {
    const [node] = await tx
      .select()
      .from(chainNodes)
      .where(and(eq(chainNodes.id, nodeId), eq(chainNodes.chainId, chainId)));
    if (!node || node.deletedAt) throw notFound('node');
    await assertNodeEditable(tx, node.chainId);
    await assertRegion(tx, regionId);
    let origin = {
      province: input.originProvince ?? null,
      flags: {} as Partial<Record<'fortune500' | 'china500' | 'listed', boolean>>,
    };
    if (input.investorId) {
      const [inv] = await tx.select().from(investors).where(eq(investors.id, input.investorId));
      if (!inv) {
        throw new AppError('VALIDATION_FAILED', 'Unknown investor', {}, [
          { path: 'body.investorId', message: 'not in the investor registry', code: 'unknown_investor' },
        ]);
      }
      origin = {
        province: input.originProvince ?? inv.originProvince,
        flags: {
          fortune500: inv.fortune500 || input.fortune500,
          china500: inv.china500 || input.china500,
          listed: inv.listed || input.listed,
        },
      };
    }
    const [row] = await tx
      .insert(nodeTargets)
      .values({
        ...input,
        ...origin.flags,
        nodeId,
        investorId: input.investorId ?? null,
        originProvince: origin.province,
        originRegion: originRegionOf(origin.province, null),
        regionId,
        note: input.note ?? null,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'atlas.target_create',
        entityType: 'atlas_target',
        entityId: row.id,
        regionId,
        diff: { after: row },
      },
      ctx.now,
    );
    return toTarget(row);
  });
}

export async function updateTarget(
  db: Db,
  ctx: Ctx,
  id: string,
  patch: z.infer<typeof TargetPatch>,
): Promise<TargetView> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(nodeTargets).where(eq(nodeTargets.id, id)).for('update');
    if (!before) throw notFound('target');
    const [node] = await tx
      .select({ chainId: chainNodes.chainId })
      .from(chainNodes)
      .where(eq(chainNodes.id, before.nodeId));
    if (node) await assertNodeEditable(tx, node.chainId);
    assertTargetWritable(ctx, before.regionId);
    if (patch.regionId !== undefined) {
      assertTargetWritable(ctx, patch.regionId);
      await assertRegion(tx, patch.regionId);
    }
    if (before.version !== patch.version)
      throw new AppError('VERSION_CONFLICT', 'The target was changed by someone else; reload it');
    if (patch.status && patch.status !== before.status && !targetMoveAllowed(before.status, patch.status)) {
      throw new AppError(
        'TARGET_STATUS_MOVE',
        `A target cannot go from "${before.status}" to "${patch.status}"`,
        { from: before.status, to: patch.status },
        [{ path: 'body.status', message: `not allowed from ${before.status}`, code: 'status_move' }],
      );
    }
    const { version: _v, ...set } = patch;
    const [row] = await tx
      .update(nodeTargets)
      .set({ ...set, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(nodeTargets.id, id))
      .returning();
    if (!row) throw notFound('target');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'atlas.target_update',
        entityType: 'atlas_target',
        entityId: id,
        regionId: row.regionId,
        diff: { before, after: set },
      },
      ctx.now,
    );
    return toTarget(row);
  });
}

/**
 * Starts a lead from a target: the project is created through the pipeline's own rules (scope,
 * duplicates, audit) and, in the same transaction, tagged to the target's node and linked to the
 * target, whose status moves to contacted. A target with a lead already answers a conflict.
 */
export async function startLead(db: Db, ctx: Ctx, id: string, input: ProjectCreate) {
  const [target] = await db.select().from(nodeTargets).where(eq(nodeTargets.id, id));
  if (!target) throw notFound('target');
  assertTargetWritable(ctx, target.regionId ?? input.regionId);
  if (target.projectId) {
    throw new AppError('ALREADY_EXISTS', 'A lead was already started from this target', {
      projectId: target.projectId,
    });
  }
  return recordNewProject(
    db,
    ctx,
    { ...input, investorId: input.investorId ?? target.investorId },
    async (tx, projectId) => {
      const [linked] = await tx
        .update(nodeTargets)
        .set({
          projectId,
          status: target.status === 'not_contacted' ? 'contacted' : target.status,
          regionId: target.regionId ?? input.regionId,
          version: target.version + 1,
          updatedAt: ctx.now,
        })
        .where(and(eq(nodeTargets.id, id), eq(nodeTargets.version, target.version)))
        .returning();
      if (!linked)
        throw new AppError('VERSION_CONFLICT', 'The target was changed by someone else; reload it');
      await tx
        .insert(projectNodes)
        .values({ projectId, nodeId: target.nodeId, taggedBy: ctx.principal.id, taggedAt: ctx.now });
      await appendAudit(
        tx,
        ctx.actor,
        {
          action: 'atlas.target_lead',
          entityType: 'atlas_target',
          entityId: id,
          regionId: linked.regionId,
          diff: { projectId, nodeId: target.nodeId, status: { before: target.status, after: linked.status } },
        },
        ctx.now,
      );
    },
  );
}
