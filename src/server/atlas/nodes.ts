import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { descendantsOf, moveMakesCycle } from '../../domain/atlas/tree';
import { normaliseYuan } from '../../domain/money/money';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor, Tx } from '../db/client';
import {
  chainNodes,
  industryChains,
  industryGroups,
  industrySystems,
  nodeFirms,
  projectNodes,
} from '../db/schema/atlas';
import { investors } from '../db/schema/investors';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';
import type { ChainCreate, ChainPatch, FirmPut, NodeCreate, NodeDelete, NodePatch } from './schemas';

const invalid = (path: string, message: string, code: string, params: Record<string, unknown> = {}) =>
  new AppError('VALIDATION_FAILED', `${path}: ${message}`, params, [{ path, message, code }]);

async function audit(
  tx: Tx,
  ctx: Ctx,
  action: string,
  entityType: string,
  entityId: string,
  diff: Record<string, unknown>,
) {
  await appendAudit(tx, ctx.actor, { action, entityType, entityId, diff }, ctx.now);
}

async function assertChief(tx: Executor, id: string | null | undefined) {
  if (!id) return;
  const [u] = await tx.select({ role: users.role }).from(users).where(eq(users.id, id));
  if (!u || u.role !== 'leader')
    throw invalid('body.chiefUserId', 'the chain chief (链长) must be a leader account', 'not_leader');
}

export async function createChain(db: Db, ctx: Ctx, input: z.infer<typeof ChainCreate>) {
  return db.transaction(async (tx) => {
    const [system] = await tx.select().from(industrySystems).where(eq(industrySystems.id, input.systemId));
    if (!system)
      throw invalid('body.systemId', `unknown industry system "${input.systemId}"`, 'unknown_system');
    if (input.groupId) {
      const [g] = await tx.select().from(industryGroups).where(eq(industryGroups.id, input.groupId));
      if (!g || g.systemId !== input.systemId)
        throw invalid('body.groupId', 'not a group of this system', 'unknown_group');
    }
    await assertChief(tx, input.chiefUserId);
    const [row] = await tx
      .insert(industryChains)
      .values({ ...input, groupId: input.groupId ?? null, updatedAt: ctx.now })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, ctx, 'chain.create', 'chain', row.id, { after: row });
    return row.id;
  });
}

export async function updateChain(db: Db, ctx: Ctx, id: string, patch: z.infer<typeof ChainPatch>) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(industryChains).where(eq(industryChains.id, id)).for('update');
    if (!before) throw notFound('chain');
    await assertEditable(tx, before.systemId);
    if (before.version !== patch.version)
      throw new AppError('VERSION_CONFLICT', 'The chain was changed by someone else; reload it');
    await assertChief(tx, patch.chiefUserId);
    const { version: _v, ...set } = patch;
    await tx
      .update(industryChains)
      .set({ ...set, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(industryChains.id, id));
    await audit(tx, ctx, 'chain.update', 'chain', id, { before, after: set });
  });
}

/** A retired system is the record of how projects were classified: it is read-only. */
export async function assertEditable(tx: Executor, systemId: string) {
  const [system] = await tx.select().from(industrySystems).where(eq(industrySystems.id, systemId));
  if (system?.status === 'retired') {
    throw new AppError('SYSTEM_RETIRED', `The industry system "${system.name}" is retired and read-only`, {
      systemId,
    });
  }
}

/** The chain's live (not deleted) nodes. */
export async function chainNodesOf(tx: Executor, chainId: string) {
  return tx
    .select()
    .from(chainNodes)
    .where(and(eq(chainNodes.chainId, chainId), isNull(chainNodes.deletedAt)));
}

/** Locks the chain for writing (one writer per chain) and refuses a retired system's chain. */
export async function lockedChain(tx: Executor, chainId: string) {
  // One writer per chain at a time: tree checks then see every committed move.
  const [chain] = await tx.select().from(industryChains).where(eq(industryChains.id, chainId)).for('update');
  if (!chain) throw notFound('chain');
  await assertEditable(tx, chain.systemId);
  return chain;
}

export async function createNode(db: Db, ctx: Ctx, chainId: string, input: z.infer<typeof NodeCreate>) {
  return db.transaction(async (tx) => {
    await lockedChain(tx, chainId);
    const nodes = await chainNodesOf(tx, chainId);
    if (input.parentId && !nodes.some((n) => n.id === input.parentId)) {
      throw invalid('body.parentId', 'the parent is not a node of this chain', 'unknown_parent', {
        parentId: input.parentId,
      });
    }
    const [row] = await tx
      .insert(chainNodes)
      .values({
        ...input,
        chainId,
        parentId: input.parentId ?? null,
        description: input.description ?? null,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, ctx, 'chain.node_create', 'chain_node', row.id, { chainId, after: row });
    return row.id;
  });
}

/** Edits a node: a move is refused when it would put the node under itself or its own descendant. */
export async function updateNode(
  db: Db,
  ctx: Ctx,
  chainId: string,
  nodeId: string,
  patch: z.infer<typeof NodePatch>,
) {
  await db.transaction(async (tx) => {
    await lockedChain(tx, chainId);
    const nodes = await chainNodesOf(tx, chainId);
    const before = nodes.find((n) => n.id === nodeId);
    if (!before) throw notFound('node');
    if (before.version !== patch.version)
      throw new AppError('VERSION_CONFLICT', 'The node was changed by someone else; reload it');
    if (patch.parentId !== undefined && patch.parentId !== null) {
      if (!nodes.some((n) => n.id === patch.parentId)) {
        throw invalid('body.parentId', 'the parent is not a node of this chain', 'unknown_parent', {
          parentId: patch.parentId,
        });
      }
      if (moveMakesCycle(nodes, nodeId, patch.parentId)) {
        const target = nodes.find((n) => n.id === patch.parentId);
        throw new AppError(
          'CHAIN_CYCLE',
          `"${before.name}" cannot move under "${target?.name ?? patch.parentId}": that is the node itself or one of its own descendants`,
          { nodeId, parentId: patch.parentId, descendants: descendantsOf(nodes, nodeId) },
          [{ path: 'body.parentId', message: 'would make a cycle', code: 'cycle' }],
        );
      }
    }
    const { version: _v, override, ...rest } = patch;
    const set = {
      ...rest,
      ...(override !== undefined
        ? { stateOverride: override?.state ?? null, overrideReason: override?.reason ?? null }
        : {}),
    };
    await tx
      .update(chainNodes)
      .set({ ...set, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(chainNodes.id, nodeId));
    await audit(
      tx,
      ctx,
      override !== undefined ? 'chain.node_override' : 'chain.node_update',
      'chain_node',
      nodeId,
      {
        chainId,
        before,
        after: set,
      },
    );
  });
}

/**
 * Deletes a node (kept, marked deleted). Refused while it has child nodes, and while projects are
 * tagged to it unless they are reassigned to another node of the chain, with a reason.
 */
export async function deleteNode(
  db: Db,
  ctx: Ctx,
  chainId: string,
  nodeId: string,
  body: z.infer<typeof NodeDelete>,
) {
  await db.transaction(async (tx) => {
    await lockedChain(tx, chainId);
    const nodes = await chainNodesOf(tx, chainId);
    const node = nodes.find((n) => n.id === nodeId);
    if (!node) throw notFound('node');
    const children = nodes.filter((n) => n.parentId === nodeId);
    if (children.length) {
      throw new AppError('NODE_HAS_CHILDREN', `"${node.name}" has child nodes; move or delete them first`, {
        children: children.map((c) => ({ id: c.id, name: c.name })),
      });
    }
    const tags = await tx.select().from(projectNodes).where(eq(projectNodes.nodeId, nodeId));
    if (tags.length) {
      if (!body.reassignTo || !body.reason) {
        throw new AppError(
          'NODE_HAS_PROJECTS',
          `${tags.length} project(s) are tagged to "${node.name}": name another node to move them to, and a reason`,
          { projectIds: tags.map((t) => t.projectId) },
          [
            {
              path: 'body.reassignTo',
              message: 'required while projects are tagged to the node',
              code: 'reassign_required',
            },
          ],
        );
      }
      if (body.reassignTo === nodeId || !nodes.some((n) => n.id === body.reassignTo)) {
        throw invalid('body.reassignTo', 'not another node of this chain', 'unknown_node');
      }
      const projectIds = tags.map((t) => t.projectId);
      await tx.delete(projectNodes).where(eq(projectNodes.nodeId, nodeId));
      await tx
        .insert(projectNodes)
        .values(
          projectIds.map((projectId) => ({
            projectId,
            nodeId: body.reassignTo as string,
            taggedBy: ctx.principal.id,
            taggedAt: ctx.now,
          })),
        )
        .onConflictDoNothing();
    }
    await tx
      .update(chainNodes)
      .set({ deletedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(chainNodes.id, nodeId));
    await audit(tx, ctx, 'chain.node_delete', 'chain_node', nodeId, {
      chainId,
      before: node,
      reassigned: tags.length
        ? { to: body.reassignTo, projects: tags.map((t) => t.projectId), reason: body.reason }
        : null,
    });
  });
}

/** Puts a local enterprise on a node (or updates its scale there). */
export async function putFirm(
  db: Db,
  ctx: Ctx,
  chainId: string,
  nodeId: string,
  investorId: string,
  body: z.infer<typeof FirmPut>,
) {
  await db.transaction(async (tx) => {
    await lockedChain(tx, chainId);
    const nodes = await chainNodesOf(tx, chainId);
    if (!nodes.some((n) => n.id === nodeId)) throw notFound('node');
    const [inv] = await tx
      .select({ id: investors.id })
      .from(investors)
      .where(and(eq(investors.id, investorId), isNull(investors.deletedAt)));
    if (!inv)
      throw invalid('params.investorId', 'not an enterprise of the investor registry', 'unknown_investor');
    const values = {
      aboveScale: body.aboveScale,
      chainLeader: body.chainLeader,
      outputYuan: body.outputYuan ? normaliseYuan(body.outputYuan) : null,
      products: body.products ?? null,
    };
    await tx
      .insert(nodeFirms)
      .values({ nodeId, investorId, ...values })
      .onConflictDoUpdate({ target: [nodeFirms.nodeId, nodeFirms.investorId], set: values });
    await audit(tx, ctx, 'chain.firm_put', 'chain_node', nodeId, { chainId, investorId, after: values });
  });
}

export async function removeFirm(db: Db, ctx: Ctx, chainId: string, nodeId: string, investorId: string) {
  await db.transaction(async (tx) => {
    await lockedChain(tx, chainId);
    const nodes = await chainNodesOf(tx, chainId);
    if (!nodes.some((n) => n.id === nodeId)) throw notFound('node');
    const gone = await tx
      .delete(nodeFirms)
      .where(and(eq(nodeFirms.nodeId, nodeId), eq(nodeFirms.investorId, investorId)))
      .returning();
    if (!gone.length) throw notFound('firm on this node');
    await audit(tx, ctx, 'chain.firm_remove', 'chain_node', nodeId, { chainId, investorId, before: gone[0] });
  });
}

/** The chain of a node, for routes that name only the node. */
export async function chainOfNodes(db: Executor, nodeIds: string[]) {
  if (!nodeIds.length) return [];
  return db
    .select({ id: chainNodes.id, chainId: chainNodes.chainId, deletedAt: chainNodes.deletedAt })
    .from(chainNodes)
    .where(inArray(chainNodes.id, nodeIds));
}
