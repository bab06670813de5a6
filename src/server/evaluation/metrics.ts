import { eq, sql, type SQL } from 'drizzle-orm';
import { siteScore, unitScore } from '../../domain/evaluation/inspection';
import { parsePeriod } from '../../domain/evaluation/period';
import type { MetricKey } from '../../domain/evaluation/method';
import { decimal, div, r, type Rational } from '../../domain/evaluation/rational';
import type { MetricValue } from '../../domain/evaluation/score';
import type { Db, Executor } from '../db/client';
import { systemCtx } from '../auth/principal';
import { ratesByRegion } from '../delivery/rates';
import { yuanToFen } from '../../domain/money/money';
import type { RateKey } from '../../domain/delivery/rates';
import { rowsOf } from '../db/rows';
import { inspections, inspectionScores as inspectionScores, inspectionSites } from '../db/schema/inspections';
import { supervisionItems } from '../db/schema/supervision';
import { resolveTargetJoin, statCondition } from '../supervision/stats';

/** How much of the records behind a figure is kept in a frozen result (the count is always exact). */
export const EVIDENCE_LIMIT = 200;

export type Window = { from: string; to: string };
export type UnitKind = 'region' | 'department';
type Row = { unit_id: string; num: string; den: string | null; ids: string[] | null };

/** A signed project counted once: not deleted, not merged into another claim. */
const live = sql`p.deleted_at is null and p.merged_into_id is null`;
const signedIn = (w: Window) => sql`${live} and p.signed_on between ${w.from}::date and ${w.to}::date`;
const ids = (col: SQL, order: SQL) => sql`(array_agg(${col} order by ${order}))[1:${EVIDENCE_LIMIT}]`;

/** Signed-project figures: one statement per metric, grouped by county. */
function projectSum(w: Window, value: SQL, where: SQL = sql`true`) {
  return sql`select p.region_id as unit_id, coalesce(sum(${value}), 0)::text as num, null as den,
      ${ids(sql`p.id`, sql`p.signed_on, p.code`)} as ids
    from projects p where ${signedIn(w)} and ${where} group by p.region_id`;
}

/** Funds reported in the window's months (月报), by county. */
function fundsSum(w: Window, value: SQL) {
  return sql`select m.region_id as unit_id, coalesce(sum(${value}), 0)::text as num, null as den,
      ${ids(sql`m.id`, sql`m.month`)} as ids
    from monthly_reports m join projects p on p.id = m.project_id
    where ${live} and m.month between date_trunc('month', ${w.from}::date)::date and ${w.to}::date
    group by m.region_id`;
}

function milestoneCount(w: Window, milestone: string) {
  return sql`select p.region_id as unit_id, count(*)::text as num, null as den, ${ids(sql`p.id`, sql`pm.actual_on`)} as ids
    from project_milestones pm join projects p on p.id = pm.project_id
    where ${live} and pm.milestone = ${milestone} and pm.actual_on between ${w.from}::date and ${w.to}::date
    group by p.region_id`;
}

/** The SQL of a metric over a window, or null when the group's units are not what it measures. */
function metricSql(key: MetricKey, w: Window, kind: UnitKind, asOf: string): SQL | null {
  const I = supervisionItems;
  const now = new Date(`${asOf}T16:00:00.000Z`); // the end of the as-of day in Shanghai
  const items = (
    cond: SQL,
    den: SQL | null,
  ) => sql`select ${I.unitId} as unit_id, count(*) filter (where ${cond})::text as num,
      ${den ? sql`count(*) filter (where ${den})::text` : sql`null`} as den,
      (array_agg(${I.id} order by ${I.createdAt}) filter (where ${cond}))[1:${EVIDENCE_LIMIT}] as ids
    from ${I} ${resolveTargetJoin}
    where ${I.unitKind} = ${kind} and ${I.createdAt} <= ${now.toISOString()}::timestamptz
      and ${I.createdAt} >= ${w.from}::date
    group by ${I.unitId}`;
  if (key === 'supervision_overdue') return items(statCondition('overdue', now), null);
  if (key === 'supervision_on_time_rate')
    return items(statCondition('onTime', now), statCondition('resolved', now));
  if (kind !== 'region') return null;
  switch (key) {
    case 'signed_count':
      return projectSum(w, sql`1`);
    case 'signed_amount':
      return projectSum(w, sql`p.total_investment`);
    case 'contracted_out_of_province':
      return projectSum(w, sql`coalesce(p.funds_out_of_province, 0)`);
    case 'contracted_foreign_usd':
      return projectSum(w, sql`coalesce(p.funds_foreign_usd, 0)`);
    case 'signed_large_count':
    case 'projects_over_10yi':
      return projectSum(w, sql`1`, sql`p.total_investment >= 1000000000`);
    case 'projects_over_50yi':
      return projectSum(w, sql`1`, sql`p.total_investment >= 5000000000`);
    case 'fortune500_projects':
      return projectSum(
        w,
        sql`1`,
        sql`exists (select 1 from investors i where i.id = p.investor_id and i.fortune500)`,
      );
    case 'funds_arrived':
      return fundsSum(w, sql`m.funds_out_of_province + m.funds_in_province + m.funds_local`);
    case 'funds_arrived_out_of_province':
      return fundsSum(w, sql`m.funds_out_of_province`);
    case 'funds_arrived_foreign_usd':
      return fundsSum(w, sql`m.funds_foreign_usd`);
    case 'new_starts':
      return milestoneCount(w, 'started');
    case 'new_producing':
      return milestoneCount(w, 'producing');
    case 'past_start_deadline':
      // Signed projects whose contract start date has passed by the as-of day without a start.
      return sql`select p.region_id as unit_id, count(*)::text as num, null as den, ${ids(sql`p.id`, sql`p.start_by`)} as ids
        from projects p where ${live} and p.signed_on is not null and p.stage <> 'terminated'
          and p.start_by < least(${w.to}::date, ${asOf}::date)
          and not exists (select 1 from project_milestones pm where pm.project_id = p.id and pm.milestone = 'started'
            and pm.actual_on is not null and pm.actual_on <= least(${w.to}::date, ${asOf}::date))
        group by p.region_id`;
    case 'missing_reports':
      // Per signed project: the months of the window after its signing month and before the as-of
      // month, less the 月报 filed in them — the reports counted in one grouped pass (a report is
      // never for a month before the signing, so the window's bounds are the project's).
      return sql`with bounds as (
          select date_trunc('month', ${w.from}::date)::date as lo,
            least(date_trunc('month', ${w.to}::date), date_trunc('month', ${asOf}::date) - interval '1 month')::date as hi
        ), filed as (
          select m.project_id, count(*)::int as n from monthly_reports m, bounds b
          where m.month between b.lo and b.hi group by m.project_id
        ), span as (
          select p.id, p.region_id, greatest(b.lo, date_trunc('month', p.signed_on)::date) as m0, b.hi as m1
          from projects p, bounds b where ${live} and p.signed_on is not null and p.stage <> 'terminated'
        ), counted as (
          select s.id, s.region_id,
            ((extract(year from s.m1) - extract(year from s.m0)) * 12 + extract(month from s.m1) - extract(month from s.m0) + 1)::int
              - coalesce(f.n, 0) as missing
          from span s left join filed f on f.project_id = s.id where s.m1 >= s.m0
        )
        select region_id as unit_id, sum(missing)::text as num, null as den,
          (array_agg(id order by id) filter (where missing > 0))[1:${EVIDENCE_LIMIT}] as ids
        from counted group by region_id`;
    default:
      return null;
  }
}

const toRational = (num: string, den: string | null): Rational =>
  den === null ? decimal(num) : decimal(den).num === 0n ? r(0) : div(decimal(num), decimal(den));

/**
 * The values of the metrics a method uses, per unit, for a window (and the same window last year
 * when growth is asked for). Metrics a group's units are not measured by are absent (the scoring
 * then shows `no_value`). Each metric is one aggregate statement.
 */
export async function metricValues(
  db: Db,
  keys: readonly MetricKey[],
  kind: UnitKind,
  w: Window,
  lastYear: Window | null,
  asOf: string,
): Promise<Map<MetricKey, Map<string, MetricValue>>> {
  const out = new Map<MetricKey, Map<string, MetricValue>>();
  // Every metric's statements at once: on PostgreSQL they run side by side on the pool.
  const computed = await Promise.all(
    [...new Set(keys)].map(async (key) => {
      if (key === 'inspection_score')
        return kind === 'region' ? ([key, await inspectionMetric(db, w)] as const) : null;
      if (key in RATE_OF)
        return kind === 'region' ? ([key, await rateMetric(db, key, w, asOf)] as const) : null;
      const now = metricSql(key, w, kind, asOf);
      if (!now) return null;
      const [rows, before] = await Promise.all([
        rowsOf<Row>(db, now),
        lastYear
          ? rowsOf<Row>(db, metricSql(key, lastYear, kind, asOf) as SQL)
          : Promise.resolve([] as Row[]),
      ]);
      return [key, byUnitOf(rows, before, lastYear !== null)] as const;
    }),
  );
  for (const entry of computed) if (entry) out.set(entry[0], entry[1]);
  return out;
}

function byUnitOf(rows: Row[], before: Row[], growth: boolean): Map<string, MetricValue> {
  {
    const lastYear = growth;
    const byUnit = new Map<string, MetricValue>();
    for (const row of rows) {
      const last = before.find((b) => b.unit_id === row.unit_id);
      byUnit.set(row.unit_id, {
        value: toRational(row.num, row.den),
        lastYear: lastYear ? (last ? toRational(last.num, last.den) : r(0)) : null,
        evidence: row.ids ?? [],
      });
    }
    for (const b of before) {
      if (!byUnit.has(b.unit_id))
        byUnit.set(b.unit_id, { value: r(0), lastYear: toRational(b.num, b.den), evidence: [] });
    }
    return byUnit;
  }
}

/**
 * 观摩 scores: the latest closed inspection of the window's year that ended by the window's end;
 * each county's score is the mean of its sites' judge scores (extremes dropped as the inspection says).
 */
async function inspectionMetric(db: Executor, w: Window): Promise<Map<string, MetricValue>> {
  const closed = (await db.select().from(inspections).where(eq(inspections.status, 'closed')))
    .map((i) => ({ i, p: parsePeriod(i.period) }))
    .filter((x) => x.p && x.p.year === Number(w.from.slice(0, 4)) && x.p.to <= w.to)
    .sort((a, b) => (a.p?.to ?? '').localeCompare(b.p?.to ?? ''));
  const latest = closed.at(-1)?.i;
  const out = new Map<string, MetricValue>();
  if (!latest) return out;
  const [sites, scores] = await Promise.all([
    db.select().from(inspectionSites).where(eq(inspectionSites.inspectionId, latest.id)),
    db
      .select({ siteId: inspectionScores.siteId, total: inspectionScores.total })
      .from(inspectionScores)
      .innerJoin(inspectionSites, eq(inspectionSites.id, inspectionScores.siteId))
      .where(eq(inspectionSites.inspectionId, latest.id)),
  ]);
  for (const unitId of new Set(sites.map((s) => s.unitId))) {
    const own = sites.filter((s) => s.unitId === unitId);
    const score = unitScore(
      own.map(
        (s) =>
          siteScore(
            scores.filter((x) => x.siteId === s.id).map((x) => decimal(x.total)),
            latest.dropExtremes,
          )?.score ?? null,
      ),
    );
    if (score) out.set(unitId, { value: score, lastYear: null, evidence: own.map((s) => s.projectId) });
  }
  return out;
}

/** The delivery rates (DESIGN §4) of the projects signed in the window, as defined in the settings. */
const RATE_OF: Partial<Record<MetricKey, RateKey>> = {
  rate_performing: 'performance',
  rate_landing: 'landing',
  rate_start: 'start',
  rate_production: 'production',
  rate_capacity: 'capacity',
  rate_funds: 'funding',
};

/**
 * A rate per county, exactly numerator ÷ denominator (the funding rate in 分), from the rates
 * service itself so the evaluation and the rates page cannot disagree; drill-down is the rates page's.
 */
async function rateMetric(
  db: Db,
  key: MetricKey,
  w: Window,
  asOf: string,
): Promise<Map<string, MetricValue>> {
  const rate = RATE_OF[key] as RateKey;
  const res = await ratesByRegion(db, systemCtx(new Date(`${asOf}T04:00:00Z`)), {
    signedFrom: w.from,
    signedTo: w.to,
    asOf,
  });
  const out = new Map<string, MetricValue>();
  for (const row of res.rows) {
    const x = row.rates.find((q) => q.key === rate);
    if (!x) continue;
    const [num, den] =
      rate === 'funding'
        ? [yuanToFen(x.numeratorAmount ?? '0'), yuanToFen(x.denominatorAmount ?? '0')]
        : [BigInt(x.numeratorCount), BigInt(x.denominatorCount)];
    out.set(row.regionId, { value: den === 0n ? r(0) : r(num, den), lastYear: null, evidence: [] });
  }
  return out;
}
