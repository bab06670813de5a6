import { and, eq, inArray, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { assertRegionWritable } from '../auth/scope';
import type { Db, Executor } from '../db/client';
import {
  chainNodes,
  countyPositions,
  industryChains,
  industrySystems,
  projectNodes,
} from '../db/schema/atlas';
import { regions } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import { projectRepo } from '../projects/repo';
import type { Position } from '../../domain/atlas/fields';

/** A county positions a chain (主新特) — its own county only; the city administrator any. */
export async function putPosition(
  db: Db,
  ctx: Ctx,
  regionId: string,
  chainId: string,
  body: { position: Position | null; note?: string | null },
) {
  assertRegionWritable(regionId, ctx.scope);
  await db.transaction(async (tx) => {
    const [region] = await tx.select().from(regions).where(eq(regions.id, regionId));
    if (!region || region.kind === 'city') throw notFound('county');
    const [chain] = await tx
      .select({ id: industryChains.id })
      .from(industryChains)
      .where(eq(industryChains.id, chainId));
    if (!chain) throw notFound('chain');
    const where = and(eq(countyPositions.regionId, regionId), eq(countyPositions.chainId, chainId));
    const before = await tx.delete(countyPositions).where(where).returning();
    if (body.position) {
      await tx
        .insert(countyPositions)
        .values({ regionId, chainId, position: body.position, note: body.note ?? null, updatedAt: ctx.now });
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'atlas.position',
        entityType: 'chain',
        entityId: chainId,
        regionId,
        diff: {
          before: before[0] ?? null,
          after: body.position ? { position: body.position, note: body.note ?? null } : null,
        },
      },
      ctx.now,
    );
  });
}

/** The nodes a project is tagged to, with their chain and system (a deleted node still shows). */
export async function projectNodesOf(db: Executor, ctx: Ctx, projectId: string) {
  const found = await projectRepo(db, ctx.scope).findById(projectId);
  if (!found) throw notFound('project');
  const rows = await db
    .select({
      nodeId: chainNodes.id,
      nodeName: chainNodes.name,
      deletedAt: chainNodes.deletedAt,
      chainId: industryChains.id,
      chainName: industryChains.name,
      systemId: industrySystems.id,
      systemName: industrySystems.name,
      taggedAt: projectNodes.taggedAt,
    })
    .from(projectNodes)
    .innerJoin(chainNodes, eq(chainNodes.id, projectNodes.nodeId))
    .innerJoin(industryChains, eq(industryChains.id, chainNodes.chainId))
    .innerJoin(industrySystems, eq(industrySystems.id, industryChains.systemId))
    .where(eq(projectNodes.projectId, projectId))
    .orderBy(industrySystems.year, industryChains.sortOrder);
  return {
    items: rows.map(({ deletedAt, taggedAt, ...r }) => ({
      ...r,
      deleted: deletedAt !== null,
      taggedAt: taggedAt.toISOString(),
    })),
  };
}

/**
 * Sets the nodes of the current classification of a project. Tags to nodes of other systems (the
 * classification a project was given under an earlier system) are kept as they were: publishing
 * a new system never rewrites old projects.
 */
export async function putProjectNodes(db: Db, ctx: Ctx, projectId: string, nodeIds: string[]) {
  await db.transaction(async (tx) => {
    const found = await projectRepo(tx, ctx.scope).findById(projectId, { forUpdate: true });
    if (!found) throw notFound('project');
    const ids = [...new Set(nodeIds)];
    const nodes = ids.length
      ? await tx
          .select({ id: chainNodes.id, systemId: industryChains.systemId })
          .from(chainNodes)
          .innerJoin(industryChains, eq(industryChains.id, chainNodes.chainId))
          .where(and(inArray(chainNodes.id, ids), isNull(chainNodes.deletedAt)))
      : [];
    const bad = ids.findIndex((id) => !nodes.some((n) => n.id === id));
    if (bad >= 0) {
      throw new AppError('VALIDATION_FAILED', `Unknown chain node ${ids[bad]}`, {}, [
        { path: `body.nodeIds.${bad}`, message: 'not a node of any chain', code: 'unknown_node' },
      ]);
    }
    const systems = new Set(nodes.map((n) => n.systemId));
    if (systems.size > 1) {
      throw new AppError('VALIDATION_FAILED', 'Tag a project to nodes of one industry system at a time', {}, [
        { path: 'body.nodeIds', message: 'nodes of several systems', code: 'several_systems' },
      ]);
    }
    const before = await tx
      .select({
        nodeId: projectNodes.nodeId,
        systemId: industryChains.systemId,
        status: industrySystems.status,
      })
      .from(projectNodes)
      .innerJoin(chainNodes, eq(chainNodes.id, projectNodes.nodeId))
      .innerJoin(industryChains, eq(industryChains.id, chainNodes.chainId))
      .innerJoin(industrySystems, eq(industrySystems.id, industryChains.systemId))
      .where(eq(projectNodes.projectId, projectId));
    const system = [...systems][0];
    // An empty list clears the tags of systems still in force; a retired system's tags stay.
    const replaced = before
      .filter((b) => (system ? b.systemId === system : b.status !== 'retired'))
      .map((b) => b.nodeId);
    if (replaced.length) {
      await tx
        .delete(projectNodes)
        .where(and(eq(projectNodes.projectId, projectId), inArray(projectNodes.nodeId, replaced)));
    }
    if (ids.length) {
      await tx
        .insert(projectNodes)
        .values(ids.map((nodeId) => ({ projectId, nodeId, taggedBy: ctx.principal.id, taggedAt: ctx.now })));
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.chain_nodes',
        entityType: 'project',
        entityId: projectId,
        regionId: found.project.regionId,
        diff: { before: replaced, after: ids },
      },
      ctx.now,
    );
  });
  return projectNodesOf(db, ctx, projectId);
}
