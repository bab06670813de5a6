import { and, asc, eq, isNull } from 'drizzle-orm';
import { normaliseYuan } from '../../domain/money/money';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor, Tx } from '../db/client';
import { evaluationAwards, evaluationResults } from '../db/schema/evaluation';
import { rankingGroupMembers } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import type { ResultPayload } from './schemas';

export type AwardKind = 'reward' | 'penalty';
export type AwardInput = {
  year: number;
  groupId: string;
  unitId: string;
  kind: AwardKind;
  title: string;
  amount?: string | null;
  basisResultId?: string | null;
  documentNo?: string | null;
  decidedOn: string;
  note?: string | null;
};
/** 按结果登记: every commended unit of a published result gets `reward`, every pledge unit `penalty`. */
export type AwardsFromResult = {
  resultId: string;
  reward: { title: string; amount?: string | null } | null;
  penalty: { title: string; amount?: string | null } | null;
  documentNo?: string | null;
  decidedOn: string;
};

const bad = (path: string, message: string, code: string) =>
  new AppError('VALIDATION_FAILED', `${path}: ${message}`, {}, [{ path, message, code }]);

type Row = typeof evaluationAwards.$inferSelect;
export const awardView = (a: Row) => ({
  id: a.id,
  year: a.year,
  groupId: a.groupId,
  unitId: a.unitId,
  kind: a.kind,
  title: a.title,
  amount: a.amount,
  basisResultId: a.basisResultId,
  basisRank: a.basisRank,
  basisOutcome: a.basisOutcome,
  documentNo: a.documentNo,
  decidedOn: a.decidedOn,
  note: a.note,
  createdAt: a.createdAt.toISOString(),
  revokedAt: a.revokedAt?.toISOString() ?? null,
  revokeReason: a.revokeReason,
});

/** The year's awards of a group, in force first, each unit's in the order they were decided. */
export async function listAwards(db: Executor, year: number, groupId: string) {
  const rows = await db
    .select()
    .from(evaluationAwards)
    .where(and(eq(evaluationAwards.year, year), eq(evaluationAwards.groupId, groupId)))
    .orderBy(asc(evaluationAwards.decidedOn), asc(evaluationAwards.createdAt));
  return rows.map(awardView);
}

/** A published (not superseded) result of the group for the year, or a named refusal. */
async function basisOf(tx: Executor, resultId: string, year: number, groupId: string, path: string) {
  const [result] = await tx.select().from(evaluationResults).where(eq(evaluationResults.id, resultId));
  if (!result) throw bad(path, 'no such result', 'unknown_result');
  if (result.status !== 'published')
    throw bad(path, `the result is ${result.status}, not published`, 'not_published');
  if (result.groupId !== groupId)
    throw bad(path, `the result ranks ${result.groupId}, not ${groupId}`, 'other_group');
  if (!result.period.startsWith(String(year)))
    throw bad(path, `the result is for ${result.period}, not ${year}`, 'other_year');
  return { result, payload: result.payload as ResultPayload };
}

async function insertAward(
  tx: Tx,
  ctx: Ctx,
  input: AwardInput,
  basis: { rank: number; outcome: string | null } | null,
) {
  const [row] = await tx
    .insert(evaluationAwards)
    .values({
      year: input.year,
      groupId: input.groupId,
      unitId: input.unitId,
      kind: input.kind,
      title: input.title,
      amount: input.amount ? normaliseYuan(input.amount) : null,
      basisResultId: input.basisResultId ?? null,
      basisRank: basis?.rank ?? null,
      basisOutcome: basis?.outcome ?? null,
      documentNo: input.documentNo ?? null,
      decidedOn: input.decidedOn,
      note: input.note ?? null,
      createdBy: ctx.principal.id,
      createdAt: ctx.now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await appendAudit(
    tx,
    ctx.actor,
    {
      action: 'evaluation.award',
      entityType: 'evaluation_award',
      entityId: row.id,
      diff: {
        year: row.year,
        groupId: row.groupId,
        unitId: row.unitId,
        kind: row.kind,
        title: row.title,
        amount: row.amount,
      },
    },
    ctx.now,
  );
  return awardView(row);
}

/** Records one reward or penalty: the unit must be of the group; a basis must be its published result. */
export async function createAward(db: Db, ctx: Ctx, input: AwardInput) {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select()
      .from(rankingGroupMembers)
      .where(
        and(eq(rankingGroupMembers.groupId, input.groupId), eq(rankingGroupMembers.memberId, input.unitId)),
      );
    if (!member)
      throw bad('body.unitId', `${input.unitId} is not a unit of ${input.groupId}`, 'not_in_group');
    let basis: { rank: number; outcome: string | null } | null = null;
    if (input.basisResultId) {
      const { payload } = await basisOf(
        tx,
        input.basisResultId,
        input.year,
        input.groupId,
        'body.basisResultId',
      );
      const line = payload.units.find((u) => u.unitId === input.unitId);
      if (!line)
        throw bad('body.basisResultId', `${input.unitId} is not ranked in that result`, 'not_ranked');
      basis = { rank: line.rank, outcome: line.outcome };
    }
    return insertAward(tx, ctx, input, basis);
  });
}

/**
 * Records the awards a published result's outcomes call for, in one transaction: a reward for each
 * commended unit, a penalty for each pledge unit. A unit that already holds an award of that kind
 * for the year and group (not revoked) is skipped and listed, so running it twice records nothing new.
 */
export async function awardsFromResult(db: Db, ctx: Ctx, input: AwardsFromResult) {
  if (!input.reward && !input.penalty)
    throw bad('body.reward', 'name a reward, a penalty or both', 'required');
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(evaluationResults).where(eq(evaluationResults.id, input.resultId));
    if (!head) throw notFound('result');
    const year = Number(head.period.slice(0, 4));
    const { payload } = await basisOf(tx, input.resultId, year, head.groupId, 'body.resultId');
    const held = await tx
      .select({ unitId: evaluationAwards.unitId, kind: evaluationAwards.kind })
      .from(evaluationAwards)
      .where(
        and(
          eq(evaluationAwards.year, year),
          eq(evaluationAwards.groupId, head.groupId),
          isNull(evaluationAwards.revokedAt),
        ),
      );
    const created = [];
    const skipped: { unitId: string; kind: AwardKind }[] = [];
    for (const line of payload.units) {
      const kind: AwardKind | null =
        line.outcome === 'commended' ? 'reward' : line.outcome === 'pledge' ? 'penalty' : null;
      const what = kind === 'reward' ? input.reward : kind === 'penalty' ? input.penalty : null;
      if (!kind || !what) continue;
      if (held.some((h) => h.unitId === line.unitId && h.kind === kind)) {
        skipped.push({ unitId: line.unitId, kind });
        continue;
      }
      created.push(
        await insertAward(
          tx,
          ctx,
          {
            year,
            groupId: head.groupId,
            unitId: line.unitId,
            kind,
            title: what.title,
            amount: what.amount ?? null,
            basisResultId: head.id,
            documentNo: input.documentNo ?? null,
            decidedOn: input.decidedOn,
          },
          { rank: line.rank, outcome: line.outcome },
        ),
      );
    }
    return { created, skipped };
  });
}

/** Revokes an award (it stays on record with who, when and why). */
export async function revokeAward(db: Db, ctx: Ctx, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(evaluationAwards).where(eq(evaluationAwards.id, id)).for('update');
    if (!row) throw notFound('award');
    if (row.revokedAt) throw new AppError('AWARD_REVOKED', 'The award is already revoked');
    const [after] = await tx
      .update(evaluationAwards)
      .set({ revokedAt: ctx.now, revokedBy: ctx.principal.id, revokeReason: reason })
      .where(eq(evaluationAwards.id, id))
      .returning();
    await appendAudit(
      tx,
      ctx.actor,
      { action: 'evaluation.award.revoke', entityType: 'evaluation_award', entityId: id, diff: { reason } },
      ctx.now,
    );
    return awardView(after as Row);
  });
}
