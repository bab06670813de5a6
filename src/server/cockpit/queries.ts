import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { monthlyReports, projectDeliverySummary } from '../db/schema/delivery';
import { evaluationResults } from '../db/schema/evaluation';
import { rankingGroups } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { supervisionItems, supervisionTargets } from '../db/schema/supervision';
import { projectFilterSql } from '../delivery/overdue';
import { cohortSql, type CohortSpec } from '../delivery/rates-sql';
import type { ResultPayload } from '../evaluation/schemas';
import { colourSql, itemsVisibleTo } from '../supervision/repo';
import { statCondition } from '../supervision/stats';

/**
 * The cockpit's aggregates, each one statement. The series are grouped by the grouping sets
 * (region), (region, month), (month) and (): one scan answers the map (per region), the trend of
 * the city or of one county (per month) and the totals. Money is summed in SQL as numeric text.
 */
type Grouping = { g_region: number; g_month: number; region_id: string | null; month: string | null };

export type SigningRow = Grouping & { n: number; amount: string; contracted: string };
export type FundsRow = Grouping & { arrived: string; usd: string };
export type StartsRow = Grouping & { n: number };

const groupingSets = sql`group by grouping sets ((x.region_id), (x.region_id, x.month), (x.month), ())`;
const groupingColumns = sql`grouping(x.region_id)::int as g_region, grouping(x.month)::int as g_month,
  x.region_id, x.month`;

/** Projects signed in the year: the rates' cohort of the year (the same projects as /rates' "signed"). */
export function signingSeries(db: Executor, spec: CohortSpec) {
  return rowsOf<SigningRow>(
    db,
    sql`with c as (${cohortSql(spec)})
      select ${groupingColumns}, count(*)::int as n,
        coalesce(sum(x.total), 0)::numeric(20,2)::text as amount,
        coalesce(sum(x.contracted), 0)::numeric(20,2)::text as contracted
      from (select c.region_id, to_char(c.signed_on, 'YYYY-MM') as month, ${projects.totalInvestment} as total,
          c.contracted from c join ${projects} on ${projects.id} = c.id) x
      ${groupingSets}`,
  );
}

/** Funds arrived (到位资金) reported for the months of the year, on the signed projects in scope (as /delivery). */
export function fundsSeries(db: Executor, ctx: Ctx, year: number) {
  return rowsOf<FundsRow>(
    db,
    sql`select ${groupingColumns},
        coalesce(sum(x.domestic), 0)::numeric(20,2)::text as arrived,
        coalesce(sum(x.usd), 0)::numeric(20,2)::text as usd
      from (select ${projects.regionId} as region_id, to_char(${monthlyReports.month}, 'YYYY-MM') as month,
          ${monthlyReports.fundsOutOfProvince} + ${monthlyReports.fundsInProvince} + ${monthlyReports.fundsLocal} as domestic,
          ${monthlyReports.fundsForeignUsd} as usd
        from ${monthlyReports} join ${projects} on ${projects.id} = ${monthlyReports.projectId}
        where ${projectFilterSql(ctx, {})} and ${projects.signedOn} is not null
          and ${monthlyReports.month} between ${`${year}-01-01`} and ${`${year}-12-01`}) x
      ${groupingSets}`,
  );
}

/** Projects that started (开工, or reached a later milestone first) in the year. */
export function startSeries(db: Executor, ctx: Ctx, year: number) {
  const d = projectDeliverySummary;
  return rowsOf<StartsRow>(
    db,
    sql`select ${groupingColumns}, count(*)::int as n
      from (select ${projects.regionId} as region_id, to_char(${d.startedOn}, 'YYYY-MM') as month
        from ${projects} join ${d} on ${d.projectId} = ${projects.id}
        where ${projectFilterSql(ctx, {})} and ${projects.signedOn} is not null
          and ${d.startedOn} between ${`${year}-01-01`} and ${`${year}-12-31`}) x
      ${groupingSets}`,
  );
}

export type SupervisionRow = {
  g_region: number;
  region_id: string | null;
  open: number;
  red: number;
  overdue: number;
};

/**
 * Open items, the red ones among them (an open or late-done target is red: the board's `colour=red`)
 * and the overdue ones (the statistics' `overdue`), per region of the matter and in total, among
 * the items the caller sees.
 */
export function supervisionCounts(db: Executor, ctx: Ctx) {
  const I = supervisionItems;
  const T = supervisionTargets;
  const open = statCondition('open', ctx.now);
  const red: SQL = sql`exists (select 1 from ${T} where ${T.itemId} = ${I.id}
    and (${T.doneAt} is null or ${T.doneAt} >= ${T.breachAt}) and ${colourSql(ctx.now)} = 'red')`;
  return rowsOf<SupervisionRow>(
    db,
    sql`select grouping(${I.regionId})::int as g_region, ${I.regionId} as region_id,
        count(*) filter (where ${open})::int as open,
        count(*) filter (where ${open} and ${red})::int as red,
        count(*) filter (where ${statCondition('overdue', ctx.now)})::int as overdue
      from ${I} where ${itemsVisibleTo(ctx.principal)}
      group by grouping sets ((${I.regionId}), ())`,
  );
}

/** The latest published ranking of each group of regions (counties, zones), with its units' lines. */
export async function latestRankings(db: Executor) {
  const rows = await db
    .selectDistinctOn([evaluationResults.groupId], {
      id: evaluationResults.id,
      groupId: evaluationResults.groupId,
      groupName: rankingGroups.name,
      period: evaluationResults.period,
      version: evaluationResults.version,
      publishedAt: evaluationResults.publishedAt,
      payload: evaluationResults.payload,
    })
    .from(evaluationResults)
    .innerJoin(rankingGroups, eq(rankingGroups.id, evaluationResults.groupId))
    .where(and(eq(evaluationResults.status, 'published'), inArray(rankingGroups.kind, ['counties', 'zones'])))
    .orderBy(evaluationResults.groupId, desc(evaluationResults.publishedAt));
  return rows.map((r) => ({ ...r, payload: r.payload as ResultPayload }));
}
