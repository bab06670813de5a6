import { sql, type SQL } from 'drizzle-orm';
import type { Exclusions, MetricKey } from '../../domain/evaluation/method';
import { pgArray } from '../db/arrays';
import { supervisionItems } from '../db/schema/supervision';
import { resolveTargetJoin, statCondition } from '../supervision/stats';

/** How much of the records behind a figure is kept in a frozen result (the count is always exact). */
export const EVIDENCE_LIMIT = 200;

export type Window = { from: string; to: string };
export type UnitKind = 'region' | 'department';

/**
 * The records a family of metrics reads, scanned once for all of its metrics: the unit column,
 * the `from … where …` of the window, and how evidence is ordered and named.
 */
type Source = { unit: SQL; from: SQL; id: SQL; order: SQL };
/** A metric within its family: the sum of `value` over the rows where `where` holds (÷ `den`). */
type Measure = { value: SQL; where: SQL; den?: SQL };

/**
 * A signed project counted once (not deleted, not merged into another claim) and not left out by
 * the method's exclusion rules.
 */
function counted(ex: Exclusions | undefined): SQL {
  const conds = [sql`p.deleted_at is null and p.merged_into_id is null`];
  if (ex?.minInvestment) conds.push(sql`p.total_investment >= ${ex.minInvestment}::numeric`);
  if (ex?.signingTypes?.length)
    conds.push(sql`p.signing_type::text = any(${pgArray(ex.signingTypes)}::text[])`);
  if (ex?.industryCategories?.length)
    conds.push(sql`p.industry_category::text <> all(${pgArray(ex.industryCategories)}::text[])`);
  return sql.join(conds, sql` and `);
}
const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The end of the as-of day in Shanghai. */
const endOf = (asOf: string) => new Date(`${asOf}T16:00:00.000Z`);

const PROJECTS: Partial<Record<MetricKey, Measure>> = {
  signed_count: { value: sql`1`, where: sql`true` },
  signed_amount: { value: sql`p.total_investment`, where: sql`true` },
  contracted_out_of_province: { value: sql`coalesce(p.funds_out_of_province, 0)`, where: sql`true` },
  contracted_foreign_usd: { value: sql`coalesce(p.funds_foreign_usd, 0)`, where: sql`true` },
  signed_large_count: { value: sql`1`, where: sql`p.total_investment >= 1000000000` },
  projects_over_10yi: { value: sql`1`, where: sql`p.total_investment >= 1000000000` },
  projects_over_50yi: { value: sql`1`, where: sql`p.total_investment >= 5000000000` },
  projects_over_1yi: { value: sql`1`, where: sql`p.total_investment >= 100000000` },
  projects_over_5yi: { value: sql`1`, where: sql`p.total_investment >= 500000000` },
  projects_over_30yi: { value: sql`1`, where: sql`p.total_investment >= 3000000000` },
  signed_count_industrial: { value: sql`1`, where: sql`p.industry_category = 'industrial'` },
  signed_amount_industrial: {
    value: sql`p.total_investment`,
    where: sql`p.industry_category = 'industrial'`,
  },
  signed_count_services: { value: sql`1`, where: sql`p.industry_category = 'services'` },
  signed_amount_services: { value: sql`p.total_investment`, where: sql`p.industry_category = 'services'` },
  signed_count_agriculture: { value: sql`1`, where: sql`p.industry_category = 'agriculture'` },
  signed_amount_agriculture: {
    value: sql`p.total_investment`,
    where: sql`p.industry_category = 'agriculture'`,
  },
  signed_count_infrastructure: { value: sql`1`, where: sql`p.industry_category = 'infrastructure'` },
  signed_amount_infrastructure: {
    value: sql`p.total_investment`,
    where: sql`p.industry_category = 'infrastructure'`,
  },
  signed_count_social: { value: sql`1`, where: sql`p.industry_category = 'social'` },
  signed_amount_social: { value: sql`p.total_investment`, where: sql`p.industry_category = 'social'` },
  fortune500_projects: {
    value: sql`1`,
    where: sql`exists (select 1 from investors i where i.id = p.investor_id and i.fortune500)`,
  },
};

const FUNDS: Partial<Record<MetricKey, Measure>> = {
  funds_arrived: {
    value: sql`m.funds_out_of_province + m.funds_in_province + m.funds_local`,
    where: sql`true`,
  },
  funds_arrived_out_of_province: { value: sql`m.funds_out_of_province`, where: sql`true` },
  funds_arrived_foreign_usd: { value: sql`m.funds_foreign_usd`, where: sql`true` },
};

const MILESTONES: Partial<Record<MetricKey, Measure>> = {
  new_starts: { value: sql`1`, where: sql`pm.milestone = 'started'` },
  new_producing: { value: sql`1`, where: sql`pm.milestone = 'producing'` },
};

const I = supervisionItems;
const itemMeasures = (now: Date): Partial<Record<MetricKey, Measure>> => ({
  supervision_overdue: { value: sql`1`, where: statCondition('overdue', now) },
  supervision_on_time_rate: {
    value: sql`1`,
    where: statCondition('onTime', now),
    den: sql`count(*) filter (where ${statCondition('resolved', now)})`,
  },
});

/** A family: the metrics it holds and its records over a window. */
type Family = {
  measures: (asOf: string) => Partial<Record<MetricKey, Measure>>;
  source: (w: Window, kind: UnitKind, asOf: string, live: SQL) => Source | null;
};

const FAMILIES: Family[] = [
  {
    measures: () => PROJECTS,
    source: (w, kind, _asOf, live) =>
      kind !== 'region'
        ? null
        : {
            unit: sql`p.region_id`,
            from: sql`from projects p where ${live} and p.signed_on between ${w.from}::date and ${w.to}::date`,
            id: sql`p.id`,
            order: sql`p.signed_on, p.code`,
          },
  },
  {
    measures: () => FUNDS,
    source: (w, kind, _asOf, live) =>
      kind !== 'region'
        ? null
        : {
            unit: sql`m.region_id`,
            from: sql`from monthly_reports m join projects p on p.id = m.project_id
              where ${live} and m.month between ${monthOf(w.from)}::date and ${w.to}::date`,
            id: sql`m.id`,
            order: sql`m.month`,
          },
  },
  {
    measures: () => MILESTONES,
    source: (w, kind, _asOf, live) =>
      kind !== 'region'
        ? null
        : {
            unit: sql`p.region_id`,
            from: sql`from project_milestones pm join projects p on p.id = pm.project_id
              where ${live} and pm.milestone in ('started', 'producing')
                and pm.actual_on between ${w.from}::date and ${w.to}::date`,
            id: sql`p.id`,
            order: sql`pm.actual_on`,
          },
  },
  {
    measures: (asOf) => itemMeasures(endOf(asOf)),
    source: (w, kind, asOf) => ({
      unit: sql`${I.unitId}`,
      from: sql`from ${I} ${resolveTargetJoin}
        where ${I.unitKind} = ${kind} and ${I.createdAt} <= ${endOf(asOf).toISOString()}::timestamptz
          and ${I.createdAt} >= ${w.from}::date`,
      id: sql`${I.id}`,
      order: sql`${I.createdAt}`,
    }),
  },
];

/** The metrics with a statement of their own (they are not sums over one family's rows). */
const SINGLES: Partial<Record<MetricKey, (w: Window, asOf: string, live: SQL) => SQL>> = {
  // Signed projects whose contract start date has passed by the as-of day without a start.
  past_start_deadline: (w, asOf, live) => sql`select p.region_id as unit_id, count(*)::text as n0, null as d0,
      (array_agg(p.id order by p.start_by))[1:${EVIDENCE_LIMIT}] as e0
    from projects p where ${live} and p.signed_on is not null and p.stage <> 'terminated'
      and p.start_by < least(${w.to}::date, ${asOf}::date)
      and not exists (select 1 from project_milestones pm where pm.project_id = p.id and pm.milestone = 'started'
        and pm.actual_on is not null and pm.actual_on <= least(${w.to}::date, ${asOf}::date))
    group by p.region_id`,
  // Per signed project: the months of the window after its signing month and before the as-of
  // month, less the 月报 filed in them — the reports counted in one grouped pass (a report is
  // never for a month before the signing, so the window's bounds are the project's).
  missing_reports: (w, asOf, live) => sql`with bounds as (
      select ${monthOf(w.from)}::date as lo,
        least(${monthOf(w.to)}::date, ${monthOf(asOf)}::date - interval '1 month')::date as hi
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
    select region_id as unit_id, sum(missing)::text as n0, null as d0,
      (array_agg(id order by id) filter (where missing > 0))[1:${EVIDENCE_LIMIT}] as e0
    from counted group by region_id`,
};

/** One statement: per unit, `n{i}`, `d{i}` and the evidence `e{i}` of each measure. */
function familyStatement(source: Source, measures: Measure[]): SQL {
  const columns = measures.map(
    (m, i) => sql`coalesce(sum(${m.value}) filter (where ${m.where}), 0)::text as ${sql.raw(`n${i}`)},
      ${m.den ? sql`(${m.den})::text` : sql`null`} as ${sql.raw(`d${i}`)},
      (array_agg(${source.id} order by ${source.order}) filter (where ${m.where}))[1:${EVIDENCE_LIMIT}] as ${sql.raw(`e${i}`)}`,
  );
  return sql`select ${source.unit} as unit_id, ${sql.join(columns, sql`, `)} ${source.from} group by ${source.unit}`;
}

/**
 * The statements that measure `keys` over a window for a kind of unit: one per family of records
 * (each scanned once for all its metrics), one per metric of its own. Each statement comes with
 * the metrics its columns `n{i}`/`d{i}`/`e{i}` hold, in order. Metrics not measured on this kind
 * of unit (and those computed elsewhere: rates, inspections) are left out.
 */
export function metricStatements(
  keys: readonly MetricKey[],
  w: Window,
  kind: UnitKind,
  asOf: string,
  exclusions?: Exclusions,
): { keys: MetricKey[]; sql: SQL }[] {
  const wanted = new Set(keys);
  const live = counted(exclusions);
  const out: { keys: MetricKey[]; sql: SQL }[] = [];
  for (const family of FAMILIES) {
    const measures = family.measures(asOf);
    const mine = [...wanted].filter((k) => measures[k]);
    const source = mine.length ? family.source(w, kind, asOf, live) : null;
    if (!source) continue;
    out.push({
      keys: mine,
      sql: familyStatement(
        source,
        mine.map((k) => measures[k] as Measure),
      ),
    });
  }
  if (kind === 'region') {
    for (const key of wanted) {
      const single = SINGLES[key];
      if (single) out.push({ keys: [key], sql: single(w, asOf, live) });
    }
  }
  return out;
}
