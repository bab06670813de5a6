import { sql, type SQL } from 'drizzle-orm';
import type { CountingRules } from '../../domain/duplicates/counting';
import { MILESTONES } from '../../domain/delivery/milestones';
import { COUNT_RATES, type ProjectSet, type RateDefinitions } from '../../domain/delivery/rates';
import type { Scope } from '../auth/principal';
import { inScope } from '../auth/scope';
import { monthlyReports, projectDeliverySummary } from '../db/schema/delivery';
import { reachedColumn } from './summary';
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

/**
 * One row per cohort project: the day each milestone was reached (itself or a later one) if by the
 * as-of date, funds arrived up to the as-of month, and the contracted amount — read from the
 * delivery summary; only a project with reports after the as-of month has its reports summed. The
 * same rules as `src/domain/delivery/rates.ts` (US$ converted once per project, half up).
 */
export function cohortSql(s: CohortSpec): SQL {
  const asOfMonth = `${s.asOf.slice(0, 7)}-01`;
  const to = s.to < s.asOf ? s.to : s.asOf;
  const rate = s.defs.funding.usdToCny;
  const convert = (usd: SQL) =>
    s.defs.funding.includeForeign ? sql` + round(${usd} * ${rate}::numeric, 2)` : sql``;
  const reached = MILESTONES.map(
    (m) =>
      sql`case when d.${sql.identifier(reachedColumn(m))} <= ${s.asOf} then d.${sql.identifier(reachedColumn(m))} end as ${sql.identifier(reachedColumn(m))}`,
  );
  return sql`
    select ${projects.id} as id, ${projects.regionId} as region_id, ${projects.signedOn} as signed_on,
      ${projects.contractedInvestment} as contracted, ${sql.join(reached, sql`, `)},
      coalesce(d.first_funds_month <= ${asOfMonth}, false) as funded,
      case
        when d.last_report_month is null then 0
        when d.last_report_month <= ${asOfMonth} then d.funds_domestic${convert(sql`d.funds_foreign_usd`)}
        else (select coalesce(sum(${monthlyReports.fundsOutOfProvince} + ${monthlyReports.fundsInProvince} + ${monthlyReports.fundsLocal}), 0)${convert(
          sql`coalesce(sum(${monthlyReports.fundsForeignUsd}), 0)`,
        )}
          from ${monthlyReports} where ${monthlyReports.projectId} = ${projects.id} and ${monthlyReports.month} <= ${asOfMonth})
      end as arrived
    from ${projects}
    left join ${projectDeliverySummary} d on d.project_id = ${projects.id}
    where ${projects.deletedAt} is null and ${projects.signedOn} between ${s.from} and ${to}
      ${s.regionIds ? sql`and ${projects.regionId} = any(${pgArray(s.regionIds)}::text[])` : sql``}
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
      return sql`c.funded`;
    case 'performing':
      return sql`(${sql.join(
        defs.performing.map((x) => setSql(x, defs)),
        sql` or `,
      )})`;
    default:
      return sql`c.${sql.identifier(reachedColumn(set))} is not null`;
  }
}

/** The condition for one side of a rate (the numerator always within the denominator). */
export function sideSql(
  key: (typeof COUNT_RATES)[number] | 'funding',
  side: 'numerator' | 'denominator',
  defs: RateDefinitions,
) {
  if (key === 'funding')
    return side === 'denominator' ? sql`c.contracted > 0` : sql`c.contracted > 0 and c.funded`;
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
