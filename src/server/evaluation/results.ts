import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { METRICS, type MetricKey } from '../../domain/evaluation/method';
import { parsePeriod } from '../../domain/evaluation/period';
import { decimal, hundredthsText, r, toHundredths, type Rational } from '../../domain/evaluation/rational';
import { scoreUnits, type UnitInput } from '../../domain/evaluation/score';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { pgArray } from '../db/arrays';
import type { Db, Executor } from '../db/client';
import {
  evaluationEvidence,
  evaluationMethods,
  evaluationResults,
  evaluationTargets,
} from '../db/schema/evaluation';
import { departments, rankingGroupMembers, rankingGroups, regions } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import { metricValues } from './metrics';
import { methodInForce } from './methods';
import type { ResultPayload, ResultView } from './schemas';
import { visibleResult } from './visibility';

/** A rational as text with up to 4 decimals (exact value kept beside it). */
const show = (x: Rational) => {
  const scaled = toHundredths({ num: x.num * 100n, den: x.den });
  const neg = scaled < 0n;
  const a = neg ? -scaled : scaled;
  return (
    `${neg ? '-' : ''}${a / 10000n}.${(a % 10000n).toString().padStart(4, '0')}`.replace(/\.?0+$/, '') || '0'
  );
};
const exact = (x: Rational) => (x.den === 1n ? `${x.num}` : `${x.num}/${x.den}`);

const toView = (row: typeof evaluationResults.$inferSelect): ResultView => ({
  id: row.id,
  period: row.period,
  groupId: row.groupId,
  version: row.version,
  status: row.status,
  reason: row.reason,
  computedAt: row.computedAt.toISOString(),
  publishedAt: row.publishedAt?.toISOString() ?? null,
  payload: row.payload as ResultPayload,
});

export async function groupUnits(db: Executor, groupId: string) {
  const [group] = await db.select().from(rankingGroups).where(eq(rankingGroups.id, groupId));
  if (!group) throw notFound('ranking group');
  const members = await db.select().from(rankingGroupMembers).where(eq(rankingGroupMembers.groupId, groupId));
  const ids = members.map((m) => m.memberId);
  const kind = group.kind === 'departments' ? ('department' as const) : ('region' as const);
  const names =
    kind === 'department'
      ? await db
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, ids.length ? ids : ['']))
      : await db
          .select({ id: regions.id, name: regions.name })
          .from(regions)
          .where(inArray(regions.id, ids.length ? ids : ['']));
  return { kind, units: ids.map((id) => ({ id, name: names.find((n) => n.id === id)?.name ?? id })) };
}

/**
 * Computes a group's ranking for a period as a draft (replacing an earlier draft): the method in
 * force (or the one named), the metrics from the records as of today, last year's window for
 * growth, the year's targets, the previous period's published ranks. Nothing is published.
 */
export async function computeResult(
  db: Db,
  ctx: Ctx,
  input: { period: string; groupId: string; methodId?: string },
) {
  const period = parsePeriod(input.period);
  if (!period) {
    throw new AppError(
      'PERIOD_INVALID',
      `"${input.period}" is not a period (2021, 2021H1, 2021Q3, 2021-07)`,
      {},
      [{ path: 'body.period', message: 'not a period', code: 'period_invalid' }],
    );
  }
  const method = input.methodId
    ? (await db.select().from(evaluationMethods).where(eq(evaluationMethods.id, input.methodId)))[0]
    : await methodInForce(db, input.groupId, period.to);
  if (!method || !method.groupIds.includes(input.groupId)) {
    throw new AppError('NO_METHOD', `No published method covers group ${input.groupId} in ${period.name}`, {
      period: period.name,
    });
  }
  const body = method.body;
  const group = await groupUnits(db, input.groupId);
  const { kind } = group;
  // Units the method leaves out are listed in the result, not ranked.
  const leftOut = new Set(body.exclusions?.units ?? []);
  const units = group.units.filter((u) => !leftOut.has(u.id));
  const excludedUnits = group.units
    .filter((u) => leftOut.has(u.id))
    .map((u) => ({ unitId: u.id, unitName: u.name }));
  if (!units.length) throw new AppError('VALIDATION_FAILED', `Group ${input.groupId} has no units to rank`);
  const keys = [...body.indicators.map((i) => i.metric), ...body.rules.map((x) => x.metric)] as MetricKey[];
  const growthKeys = body.indicators.filter((i) => i.basis === 'growth').map((i) => i.metric as MetricKey);
  const asOf = shanghaiDate(ctx.now);
  const values = await metricValues(
    db,
    keys,
    kind,
    period,
    growthKeys.length ? { window: period.lastYear, keys: growthKeys } : null,
    asOf,
    body.exclusions,
  );
  const targets = await db
    .select()
    .from(evaluationTargets)
    .where(and(eq(evaluationTargets.methodId, method.id), eq(evaluationTargets.year, period.year)));
  const inputs: UnitInput[] = units.map((u) => ({
    unitId: u.id,
    metrics: Object.fromEntries(
      [...values].map(([key, byUnit]) => [
        key,
        byUnit.get(u.id) ?? {
          value: r(0),
          lastYear: growthKeys.includes(key) ? r(0) : null,
          evidence: [],
          // No records at all: a count is 0; a rate has no base to be computed on.
          ...(METRICS[key] === 'rate' ? { noBase: true } : {}),
        },
      ]),
    ),
    targets: Object.fromEntries(
      targets.filter((t) => t.unitId === u.id).map((t) => [t.indicatorKey, decimal(t.value)]),
    ),
  }));
  const [previous] = await db
    .select()
    .from(evaluationResults)
    .where(
      and(
        eq(evaluationResults.period, period.previous),
        eq(evaluationResults.groupId, input.groupId),
        eq(evaluationResults.status, 'published'),
      ),
    );
  const previousRanks = new Map(
    ((previous?.payload as ResultPayload | undefined)?.units ?? []).map((u) => [u.unitId, u.rank]),
  );
  const scored = scoreUnits(body, inputs, { elapsedShare: period.elapsedShare, previousRanks });
  const payload: ResultPayload = {
    method: {
      id: method.id,
      family: method.family,
      version: method.version,
      name: body.name,
      totalPoints: body.totalPoints,
    },
    period: period.name,
    from: period.from,
    to: period.to,
    elapsedShare: `${period.elapsedShare.num}/${period.elapsedShare.den}`,
    asOf,
    previousPeriod: period.previous,
    excludedUnits,
    units: scored
      .map((s) => ({
        unitId: s.unitId,
        unitName: units.find((u) => u.id === s.unitId)?.name ?? s.unitId,
        total: s.total,
        rank: s.rank,
        rankChange: s.rankChange,
        outcome: s.outcome,
        indicators: s.indicators.map((line, i) => {
          const ind = body.indicators[i];
          const mv = values.get((ind?.metric ?? '') as MetricKey)?.get(s.unitId);
          return {
            key: line.key,
            name: ind?.name ?? line.key,
            metric: ind?.metric ?? '',
            basis: ind?.basis ?? 'level',
            raw: show(line.raw),
            rawExact: exact(line.raw),
            lastYear: ind?.basis === 'growth' && mv?.lastYear ? show(mv.lastYear) : null,
            target: line.target ? show(line.target) : null,
            share: show(line.share),
            points: line.points,
            maxPoints: hundredthsText(toHundredths(decimal(ind?.points ?? '0'))),
            fallback: line.fallback,
            evidenceCount: line.evidence.length,
          };
        }),
        rules: s.rules.map(({ evidence, ...line }, i) => ({
          ...line,
          name: body.rules[i]?.name ?? line.key,
          each: body.rules[i]?.each ?? '0',
          cap: body.rules[i]?.cap ?? null,
          evidenceCount: evidence.length,
        })),
      }))
      .sort((a, b) => a.rank - b.rank || a.unitName.localeCompare(b.unitName, 'zh')),
  };
  const evidence = scored.flatMap((s) =>
    [
      ...s.indicators.map((line) => ({ figure: `i:${line.key}`, ids: line.evidence })),
      ...s.rules.map((line) => ({ figure: `r:${line.key}`, ids: line.evidence })),
    ]
      .filter((f) => f.ids.length)
      .map((f) => ({ unitId: s.unitId, figure: f.figure, recordIds: [...f.ids] })),
  );
  const saved = await db.transaction(async (tx) => {
    await tx
      .delete(evaluationResults)
      .where(
        and(
          eq(evaluationResults.period, period.name),
          eq(evaluationResults.groupId, input.groupId),
          eq(evaluationResults.status, 'draft'),
        ),
      );
    const [row] = await tx
      .insert(evaluationResults)
      .values({
        methodId: method.id,
        period: period.name,
        groupId: input.groupId,
        payload,
        computedAt: ctx.now,
        computedBy: ctx.principal.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    if (evidence.length) {
      // One statement from three arrays (the ORM's row builder is slow at this size): each
      // figure's ids travel as one array literal and are read back into text[].
      await tx.execute(sql`insert into ${evaluationEvidence} (result_id, unit_id, figure, record_ids)
        select ${row.id}::uuid, u, f, ids::text[]
        from unnest(${pgArray(evidence.map((e) => e.unitId))}::text[], ${pgArray(evidence.map((e) => e.figure))}::text[],
          ${pgArray(evidence.map((e) => pgArray(e.recordIds)))}::text[]) as t(u, f, ids)`);
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'evaluation.compute',
        entityType: 'evaluation_result',
        entityId: row.id,
        diff: { period: period.name, groupId: input.groupId, methodId: method.id },
      },
      ctx.now,
    );
    return row;
  });
  return toView(saved);
}

export async function getResult(db: Executor, id: string) {
  const [row] = await db.select().from(evaluationResults).where(eq(evaluationResults.id, id));
  if (!row) throw notFound('result');
  return toView(row);
}

/**
 * Publishes a draft: it is frozen from then on. When the period and group already have a
 * published result, this is a correction: a reason is required and the earlier one is superseded.
 */
export async function publishResult(db: Db, ctx: Ctx, id: string, reason: string | null) {
  await db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(evaluationResults)
      .where(eq(evaluationResults.id, id))
      .for('update');
    if (!draft) throw notFound('result');
    if (draft.status !== 'draft')
      throw new AppError('BAD_REQUEST', `The result is ${draft.status}, not a draft`);
    const [current] = await tx
      .select()
      .from(evaluationResults)
      .where(
        and(
          eq(evaluationResults.period, draft.period),
          eq(evaluationResults.groupId, draft.groupId),
          eq(evaluationResults.status, 'published'),
        ),
      )
      .orderBy(desc(evaluationResults.version))
      .for('update');
    if (current && !reason) {
      throw new AppError(
        'CORRECTION_REASON_REQUIRED',
        `${draft.period} is already published (version ${current.version}); a correction needs a reason`,
        {},
        [{ path: 'body.reason', message: 'required for a correction', code: 'reason_required' }],
      );
    }
    if (current)
      await tx
        .update(evaluationResults)
        .set({ status: 'superseded' })
        .where(eq(evaluationResults.id, current.id));
    await tx
      .update(evaluationResults)
      .set({
        status: 'published',
        publishedAt: ctx.now,
        version: (current?.version ?? 0) + 1,
        reason: reason ?? null,
      })
      .where(eq(evaluationResults.id, id));
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: current ? 'evaluation.correct' : 'evaluation.publish',
        entityType: 'evaluation_result',
        entityId: id,
        diff: { period: draft.period, groupId: draft.groupId, supersedes: current?.id ?? null, reason },
      },
      ctx.now,
    );
  });
  return getResult(db, id);
}

/**
 * The ranking of a group for a period: the published one for everyone; the draft for the city
 * (a ranked unit sees its own line of a draft only when the city allows: `visibleResult`).
 */
export async function findResult(
  db: Executor,
  ctx: Ctx,
  q: { period: string; group: string; status: 'published' | 'draft' },
) {
  const [row] = await db
    .select()
    .from(evaluationResults)
    .where(
      and(
        eq(evaluationResults.period, q.period),
        eq(evaluationResults.groupId, q.group),
        eq(evaluationResults.status, q.status),
      ),
    )
    .orderBy(desc(evaluationResults.version))
    .limit(1);
  if (!row) throw notFound(`${q.status} result for ${q.period}`);
  return visibleResult(db, ctx, toView(row));
}
