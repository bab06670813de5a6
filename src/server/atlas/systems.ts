import { eq, inArray, ne, and } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { chainNodes, industryChains, industryGroups, industrySystems, nodeFirms } from '../db/schema/atlas';
import { AppError, notFound } from '../http/errors';
import type { SystemCreate } from './schemas';

/**
 * A new version of the industry system, as a draft: its groups, and (optionally) the chains of an
 * earlier version copied — nodes and local firms, not targets or project tags — to be edited.
 */
export async function createSystem(db: Db, ctx: Ctx, input: z.infer<typeof SystemCreate>) {
  await db.transaction(async (tx) => {
    const [exists] = await tx.select().from(industrySystems).where(eq(industrySystems.id, input.id));
    if (exists)
      throw new AppError('ALREADY_EXISTS', `An industry system "${input.id}" exists`, { id: input.id });
    await tx.insert(industrySystems).values({
      id: input.id,
      name: input.name,
      year: input.year,
      description: input.description ?? null,
      status: 'draft',
      createdAt: ctx.now,
    });
    // Groups: those named; copying without naming any copies the earlier system's groups.
    const oldGroups = input.copyFrom
      ? await tx
          .select()
          .from(industryGroups)
          .where(eq(industryGroups.systemId, input.copyFrom))
          .orderBy(industryGroups.sortOrder)
      : [];
    const names = input.groups.length ? input.groups : oldGroups.map((g) => g.name);
    const groups = names.map((name, i) => ({
      id: `${input.id}-g${i + 1}`,
      systemId: input.id,
      name,
      sortOrder: i,
    }));
    if (groups.length) await tx.insert(industryGroups).values(groups);
    /** A copied chain keeps its group when the new system has a group of the same name. */
    const groupFor = (oldId: string | null) => {
      const name = oldGroups.find((g) => g.id === oldId)?.name;
      return groups.find((g) => g.name === name)?.id ?? null;
    };
    let copied = 0;
    if (input.copyFrom) {
      const chains = await tx
        .select()
        .from(industryChains)
        .where(eq(industryChains.systemId, input.copyFrom));
      if (!chains.length) {
        throw new AppError('VALIDATION_FAILED', `Nothing to copy from "${input.copyFrom}"`, {}, [
          {
            path: 'body.copyFrom',
            message: 'unknown system or a system without chains',
            code: 'unknown_system',
          },
        ]);
      }
      const nodes = await tx
        .select()
        .from(chainNodes)
        .where(
          inArray(
            chainNodes.chainId,
            chains.map((c) => c.id),
          ),
        );
      const live = nodes.filter((n) => !n.deletedAt);
      const firms = live.length
        ? await tx
            .select()
            .from(nodeFirms)
            .where(
              inArray(
                nodeFirms.nodeId,
                live.map((n) => n.id),
              ),
            )
        : [];
      const chainId = new Map(chains.map((c) => [c.id, crypto.randomUUID()]));
      const nodeId = new Map(live.map((n) => [n.id, crypto.randomUUID()]));
      await tx.insert(industryChains).values(
        chains.map((c) => ({
          ...c,
          id: chainId.get(c.id) as string,
          systemId: input.id,
          groupId: groupFor(c.groupId),
          version: 1,
          updatedAt: ctx.now,
        })),
      );
      const copies = live.map((n) => ({
        ...n,
        id: nodeId.get(n.id) as string,
        chainId: chainId.get(n.chainId) as string,
        parentId: n.parentId ? (nodeId.get(n.parentId) ?? null) : null,
        version: 1,
        updatedAt: ctx.now,
      }));
      if (copies.length) {
        await tx.insert(chainNodes).values(copies.filter((n) => !n.parentId));
        // Deeper levels after their parents (the self-reference is checked row by row).
        let placed = new Set(copies.filter((n) => !n.parentId).map((n) => n.id));
        let rest = copies.filter((n) => n.parentId);
        while (rest.length) {
          const ready = rest.filter((n) => placed.has(n.parentId as string));
          if (!ready.length) break;
          await tx.insert(chainNodes).values(ready);
          placed = new Set([...placed, ...ready.map((n) => n.id)]);
          rest = rest.filter((n) => !placed.has(n.id));
        }
      }
      if (firms.length) {
        await tx
          .insert(nodeFirms)
          .values(firms.map((f) => ({ ...f, nodeId: nodeId.get(f.nodeId) as string })));
      }
      copied = chains.length;
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'atlas.system_create',
        entityType: 'industry_system',
        entityId: input.id,
        diff: { after: input, copiedChains: copied },
      },
      ctx.now,
    );
  });
}

/**
 * Publishes a system: it is the one in force and the one published before it is retired (kept,
 * read-only). Projects keep the tags they were given under the retired one.
 */
export async function publishSystem(db: Db, ctx: Ctx, id: string) {
  await db.transaction(async (tx) => {
    const [system] = await tx.select().from(industrySystems).where(eq(industrySystems.id, id)).for('update');
    if (!system) throw notFound('industry system');
    if (system.status !== 'draft') {
      throw new AppError('BAD_REQUEST', `The system "${id}" is ${system.status}; only a draft is published`, {
        status: system.status,
      });
    }
    const retired = await tx
      .update(industrySystems)
      .set({ status: 'retired' })
      .where(and(eq(industrySystems.status, 'published'), ne(industrySystems.id, id)))
      .returning({ id: industrySystems.id });
    await tx
      .update(industrySystems)
      .set({ status: 'published', publishedAt: ctx.now })
      .where(eq(industrySystems.id, id));
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'atlas.system_publish',
        entityType: 'industry_system',
        entityId: id,
        diff: { retired: retired.map((r) => r.id) },
      },
      ctx.now,
    );
  });
}
