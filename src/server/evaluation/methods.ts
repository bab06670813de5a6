import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { methodProblems, type Method } from '../../domain/evaluation/method';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { evaluationMethods, evaluationTargets } from '../db/schema/evaluation';
import { rankingGroups } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import type { MethodCreate, TargetsPut } from './schemas';

type MethodRow = typeof evaluationMethods.$inferSelect;

export const toMethodView = (m: MethodRow) => ({
  id: m.id,
  family: m.family,
  version: m.version,
  status: m.status,
  validFrom: m.validFrom,
  groupIds: m.groupIds,
  body: m.body,
  publishedAt: m.publishedAt?.toISOString() ?? null,
});

function assertValid(body: Method) {
  const problems = methodProblems(body);
  if (problems.length) {
    throw new AppError(
      'METHOD_INVALID',
      `The method has ${problems.length} problem(s): ${problems.map((p) => p.message).join('; ')}`,
      { problems },
      problems.map((p) => ({ path: `body.body.${p.path}`, message: p.message, code: p.code })),
    );
  }
}

/** A new version of a method (draft): validated — points add up, every indicator has a source. */
export async function createMethod(db: Db, ctx: Ctx, input: z.infer<typeof MethodCreate>) {
  assertValid(input.body as Method);
  return db.transaction(async (tx) => {
    const groups = await tx
      .select({ id: rankingGroups.id })
      .from(rankingGroups)
      .where(inArray(rankingGroups.id, input.groupIds));
    const bad = input.groupIds.findIndex((g) => !groups.some((x) => x.id === g));
    if (bad >= 0) {
      throw new AppError('VALIDATION_FAILED', `Unknown ranking group ${input.groupIds[bad]}`, {}, [
        { path: `body.groupIds.${bad}`, message: 'unknown ranking group', code: 'unknown_group' },
      ]);
    }
    const [last] = await tx
      .select({ version: evaluationMethods.version })
      .from(evaluationMethods)
      .where(eq(evaluationMethods.family, input.family))
      .orderBy(desc(evaluationMethods.version))
      .limit(1);
    const [row] = await tx
      .insert(evaluationMethods)
      .values({
        family: input.family,
        version: (last?.version ?? 0) + 1,
        validFrom: input.validFrom,
        groupIds: input.groupIds,
        body: input.body as Method,
        createdBy: ctx.principal.id,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'evaluation.method_create',
        entityType: 'evaluation_method',
        entityId: row.id,
        diff: { after: toMethodView(row) },
      },
      ctx.now,
    );
    return toMethodView(row);
  });
}

/** Publishes a draft: from then on it never changes (a new version replaces it from its date). */
export async function publishMethod(db: Db, ctx: Ctx, id: string) {
  return db.transaction(async (tx) => {
    const [m] = await tx.select().from(evaluationMethods).where(eq(evaluationMethods.id, id)).for('update');
    if (!m) throw notFound('method');
    if (m.status !== 'draft')
      throw new AppError('METHOD_PUBLISHED', 'A published method never changes; draft a new version');
    assertValid(m.body);
    const [row] = await tx
      .update(evaluationMethods)
      .set({ status: 'published', publishedAt: ctx.now })
      .where(eq(evaluationMethods.id, id))
      .returning();
    if (!row) throw notFound('method');
    await appendAudit(
      tx,
      ctx.actor,
      { action: 'evaluation.method_publish', entityType: 'evaluation_method', entityId: id, diff: {} },
      ctx.now,
    );
    return toMethodView(row);
  });
}

export async function listMethods(db: Executor) {
  const rows = await db
    .select()
    .from(evaluationMethods)
    .orderBy(evaluationMethods.family, desc(evaluationMethods.version));
  return { items: rows.map(toMethodView) };
}

/** The method in force for a group at a date: the latest published version valid from then. */
export async function methodInForce(db: Executor, groupId: string, at: string) {
  const rows = await db
    .select()
    .from(evaluationMethods)
    .where(and(eq(evaluationMethods.status, 'published'), lte(evaluationMethods.validFrom, at)))
    .orderBy(desc(evaluationMethods.validFrom), desc(evaluationMethods.version));
  return rows.find((m) => m.groupIds.includes(groupId)) ?? null;
}

/**
 * Sets a year's targets (replacing that year's): each row names a unit, an indicator of the method
 * that takes targets, and a positive value. Any bad row refuses the lot, naming row and reason.
 */
export async function putTargets(db: Db, ctx: Ctx, methodId: string, input: z.infer<typeof TargetsPut>) {
  await db.transaction(async (tx) => {
    const [m] = await tx.select().from(evaluationMethods).where(eq(evaluationMethods.id, methodId));
    if (!m) throw notFound('method');
    const withTargets = new Set(m.body.indicators.filter((i) => i.target !== 'none').map((i) => i.key));
    const problems: { path: string; message: string; code: string }[] = [];
    input.rows.forEach((row, i) => {
      if (!withTargets.has(row.indicatorKey)) {
        problems.push({
          path: `body.rows.${i}.indicatorKey`,
          message: `"${row.indicatorKey}" is not an indicator with targets`,
          code: 'unknown_indicator',
        });
      }
      if (!/^\d+(\.\d+)?$/.test(row.value) || Number(row.value) <= 0) {
        problems.push({
          path: `body.rows.${i}.value`,
          message: `"${row.value}" is not a target above 0`,
          code: 'target_not_positive',
        });
      }
    });
    if (problems.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${problems.length} target row(s) are wrong`,
        { problems },
        problems,
      );
    }
    await tx
      .delete(evaluationTargets)
      .where(and(eq(evaluationTargets.methodId, methodId), eq(evaluationTargets.year, input.year)));
    if (input.rows.length) {
      await tx
        .insert(evaluationTargets)
        .values(input.rows.map((row) => ({ ...row, methodId, year: input.year })));
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'evaluation.targets',
        entityType: 'evaluation_method',
        entityId: methodId,
        diff: { year: input.year, rows: input.rows.length },
      },
      ctx.now,
    );
  });
}

/** A year's targets of a method version, by unit and indicator. */
export async function listTargets(db: Executor, methodId: string, year: number) {
  const [m] = await db
    .select({ id: evaluationMethods.id })
    .from(evaluationMethods)
    .where(eq(evaluationMethods.id, methodId));
  if (!m) throw notFound('method');
  const rows = await db
    .select({
      unitId: evaluationTargets.unitId,
      indicatorKey: evaluationTargets.indicatorKey,
      value: evaluationTargets.value,
    })
    .from(evaluationTargets)
    .where(and(eq(evaluationTargets.methodId, methodId), eq(evaluationTargets.year, year)))
    .orderBy(asc(evaluationTargets.unitId), asc(evaluationTargets.indicatorKey));
  return { year, rows };
}
