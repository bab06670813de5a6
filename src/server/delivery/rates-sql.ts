import { sql, type SQL } from 'drizzle-orm';
import type { CountingRules } from '../../domain/duplicates/counting';
import { atOrBeyond, type Milestone } from '../../domain/delivery/milestones';
import { COUNT_RATES, type ProjectSet, type RateDefinitions } from '../../domain/delivery/rates';
import type { Scope } from '../auth/principal';
import { inScope } from '../auth/scope';
import { monthlyReports, projectMilestones } from '../db/schema/delivery';
import { projects } from '../db/schema/projects';
import { excludedBy } from '../signing/report-queries';
import type { SigningType } from '../../domain/lifecycle/stages';
import type { IndustryCategory } from '../../domain/projects/fields';
import { pgArray } from '../db/arrays';

export type CohortSpec = {
  from: string;
  to: string;
  asOf: string;
  regionIds: readonly string[] | null;
  industryCategory: IndustryCategory | null;
  signingType: SigningType | null;
  scope: Scope;
  defs: RateDefinitions;
  rules: CountingRules;
};

const REACHED: Record<Milestone, string> = {
  registered: 'registered_on',
  land_secured: 'land_secured_on',
  started: 'started_on',
  completed: 'completed_on',
  producing: 'producing_on',
  at_capacity: 'at_capacity_on',
};

const reachedColumn = (m: Milestone) =>
  sql`min(${projectMilestones.actualOn}) filter (where ${projectMilestones.milestone} in (${sql.join(
    atOrBeyond(m).map((x) => sql`${x}`),
    sql`, `,
  )})) as ${sql.identifier(REACHED[m])}`;

/**
 * One row per cohort project: the day each milestone was reached (itself or a later one) by the
 * as-of date, funds arrived up to the as-of month (US$ converted per report, rounded half up, as
 * `arrivedFen` does), and the contracted amount. The same rules as `src/domain/delivery/rates.ts`.
 */
export function cohortSql(s: CohortSpec): SQL {
  const asOfMonth = `${s.asOf.slice(0, 7)}-01`;
  const to = s.to < s.asOf ? s.to : s.asOf;
  const regionFilter = (col: SQL) =>
    s.regionIds ? sql`and ${col} = any(${pgArray(s.regionIds)}::text[])` : sql``;
  const foreign = s.defs.funding.includeForeign
    ? sql` + round(${monthlyReports.fundsForeignUsd} * ${s.defs.funding.usdToCny}::numeric, 2)`
    : sql``;
  return sql`
    select ${projects.id} as id, ${projects.regionId} as region_id, ${projects.signedOn} as signed_on,
      ${projects.contractedInvestment} as contracted,
      m.registered_on, m.land_secured_on, m.started_on, m.completed_on, m.producing_on, m.at_capacity_on,
      coalesce(r.arrived, 0) as arrived
    from ${projects}
    left join (
      select ${projectMilestones.projectId} as project_id, ${sql.join(
        (Object.keys(REACHED) as Milestone[]).map(reachedColumn),
        sql`, `,
      )}
      from ${projectMilestones}
      where ${projectMilestones.actualOn} <= ${s.asOf}
      group by ${projectMilestones.projectId}
    ) m on m.project_id = ${projects.id}
    left join (
      select ${monthlyReports.projectId} as project_id,
        sum(${monthlyReports.fundsOutOfProvince} + ${monthlyReports.fundsInProvince} + ${monthlyReports.fundsLocal}${foreign}) as arrived
      from ${monthlyReports}
      where ${monthlyReports.month} <= ${asOfMonth} ${regionFilter(sql`${monthlyReports.regionId}`)}
        and ${inScope(monthlyReports.regionId, s.scope)}
      group by ${monthlyReports.projectId}
    ) r on r.project_id = ${projects.id}
    where ${projects.deletedAt} is null and ${projects.signedOn} between ${s.from} and ${to}
      ${regionFilter(sql`${projects.regionId}`)}
      and ${inScope(projects.regionId, s.scope)}
      ${s.industryCategory ? sql`and ${projects.industryCategory} = ${s.industryCategory}` : sql``}
      ${s.signingType ? sql`and ${projects.signingType} = ${s.signingType}` : sql``}
      ${s.defs.applyCountingRules ? sql`and not (${excludedBy(s.rules)})` : sql``}`;
}

/** A set of the rate vocabulary as a condition on a cohort row `c`. */
export function setSql(set: ProjectSet, defs: RateDefinitions): SQL {
  switch (set) {
    case 'signed':
      return sql`true`;
    case 'funds_arrived':
      return sql`c.arrived > 0`;
    case 'performing':
      return sql`(${sql.join(
        defs.performing.map((x) => setSql(x, defs)),
        sql` or `,
      )})`;
    default:
      return sql`c.${sql.identifier(REACHED[set])} is not null`;
  }
}

/** The condition for one side of a rate (the numerator always within the denominator). */
export function sideSql(
  key: (typeof COUNT_RATES)[number] | 'funding',
  side: 'numerator' | 'denominator',
  defs: RateDefinitions,
) {
  if (key === 'funding')
    return side === 'denominator' ? sql`c.contracted > 0` : sql`c.contracted > 0 and c.arrived > 0`;
  const d = defs.rates[key];
  const den = setSql(d.denominator, defs);
  return side === 'denominator' ? den : sql`${den} and ${setSql(d.numerator, defs)}`;
}

/** Every count and sum behind the six rates, per region, in one statement. */
export function ratesByRegionSql(s: CohortSpec): SQL {
  const counts = COUNT_RATES.flatMap((k) => [
    sql`count(*) filter (where ${sideSql(k, 'denominator', s.defs)})::int as ${sql.identifier(`${k}_d`)}`,
    sql`count(*) filter (where ${sideSql(k, 'numerator', s.defs)})::int as ${sql.identifier(`${k}_n`)}`,
  ]);
  return sql`
    with c as (${cohortSql(s)})
    select c.region_id, ${sql.join(counts, sql`, `)},
      count(*) filter (where ${sideSql('funding', 'denominator', s.defs)})::int as funding_d,
      count(*) filter (where ${sideSql('funding', 'numerator', s.defs)})::int as funding_n,
      coalesce(sum(c.arrived) filter (where c.contracted > 0), 0)::numeric(20,2)::text as funding_na,
      coalesce(sum(c.contracted) filter (where c.contracted > 0), 0)::numeric(20,2)::text as funding_da
    from c group by c.region_id`;
}
