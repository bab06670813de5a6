import { asc, eq, sql, type SQL } from 'drizzle-orm';
import {
  COUNT_RATES,
  RATE_KEYS,
  type RateDefinitions,
  type RateKey,
  parseCohort,
  percentOf,
} from '../../domain/delivery/rates';
import { fenToYuan, yuanToFen } from '../../domain/money/money';
import type { SigningType, Stage } from '../../domain/lifecycle/stages';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { rankingGroupMembers, regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { AppError } from '../http/errors';
import { getSetting } from '../settings/service';
import { type CohortSpec, cohortSql, ratesByRegionSql, sideSql } from './rates-sql';
import type { CohortQuery } from './schemas';

function bad(path: string, message: string): never {
  throw new AppError('VALIDATION_FAILED', message, { path }, [{ path, message, code: 'invalid_cohort' }]);
}

/** Turns the query into a cohort: period (named or from/to), as-of date, regions of a group or one region. */
export async function resolveCohort(db: Executor, ctx: Ctx, q: CohortQuery) {
  const today = shanghaiDate(ctx.now);
  const asOf = q.asOf ?? today;
  if (asOf > today) bad('querystring.asOf', `asOf ${asOf} is after today (${today})`);
  let period = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
  if (q.cohort) {
    const named = parseCohort(q.cohort);
    if (!named)
      bad('querystring.cohort', `"${q.cohort}" is not a period like 2026, 2026-H1, 2026-Q3, 2026-07 or all`);
    period = named;
  }
  if (q.signedFrom || q.signedTo)
    period = { from: q.signedFrom ?? '0001-01-01', to: q.signedTo ?? '9999-12-31' };
  if (period.from > period.to)
    bad('querystring.signedTo', `signedTo ${period.to} is before signedFrom ${period.from}`);
  if (q.region && q.group) bad('querystring.group', 'give a region or a ranking group, not both');
  let regionIds: string[] | null = null;
  if (q.region) {
    const [r] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, q.region));
    if (!r) bad('querystring.region', `unknown region "${q.region}"`);
    regionIds = [q.region];
  } else if (q.group) {
    const members = await db
      .select({ id: rankingGroupMembers.memberId })
      .from(rankingGroupMembers)
      .where(eq(rankingGroupMembers.groupId, q.group));
    if (!members.length) bad('querystring.group', `unknown ranking group "${q.group}"`);
    regionIds = members.map((m) => m.id);
  }
  const [defs, rules] = await Promise.all([
    getSetting(db, 'rates.definitions'),
    getSetting(db, 'counting.rules'),
  ]);
  const spec: CohortSpec = {
    ...period,
    asOf,
    regionIds,
    industryCategory: q.industryCategory ?? null,
    signingType: q.signingType ?? null,
    scope: ctx.scope,
    defs,
    rules,
  };
  const view = {
    signedFrom: period.from,
    signedTo: period.to,
    asOf,
    region: q.region ?? null,
    group: q.group ?? null,
    industryCategory: q.industryCategory ?? null,
    signingType: q.signingType ?? null,
  };
  return { spec, view };
}

type Counts = Record<string, number | string>;

/** Runs the one aggregation statement with room to hash 100,000 projects in memory. */
async function aggregate<T>(db: Db, q: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    return rowsOf<T>(tx, q);
  });
}

function definitionOf(key: RateKey, defs: RateDefinitions) {
  const common = {
    performing: defs.performing,
    includeForeign: defs.funding.includeForeign,
    usdToCny: defs.funding.usdToCny,
    applyCountingRules: defs.applyCountingRules,
  };
  return key === 'funding'
    ? {
        ...common,
        numerator: 'funds_arrived' as const,
        denominator: 'contracted' as const,
        unit: 'yuan' as const,
      }
    : { ...common, ...defs.rates[key], unit: 'projects' as const };
}

/** The six rates from the counts of one or more regions (summed exactly). */
function ratesFrom(rows: readonly Counts[], defs: RateDefinitions) {
  const n = (k: string) => rows.reduce((a, r) => a + Number(r[k] ?? 0), 0);
  const fen = (k: string) => rows.reduce((a, r) => a + yuanToFen(String(r[k] ?? '0')), 0n);
  return RATE_KEYS.map((key) => {
    const numeratorCount = n(`${key}_n`);
    const denominatorCount = n(`${key}_d`);
    const amounts = key === 'funding' ? { num: fen('funding_na'), den: fen('funding_da') } : null;
    return {
      key,
      numeratorCount,
      denominatorCount,
      numeratorAmount: amounts ? fenToYuan(amounts.num) : null,
      denominatorAmount: amounts ? fenToYuan(amounts.den) : null,
      percent: amounts
        ? percentOf(amounts.num, amounts.den)
        : percentOf(BigInt(numeratorCount), BigInt(denominatorCount)),
      definition: definitionOf(key, defs),
    };
  });
}

export async function ratesFor(db: Db, ctx: Ctx, q: CohortQuery) {
  const { spec, view } = await resolveCohort(db, ctx, q);
  const rows = await aggregate<Counts>(db, ratesByRegionSql(spec));
  return { cohort: view, rates: ratesFrom(rows, spec.defs) };
}

/** Every region's rates for the cohort (the regions in scope, including those with no projects). */
export async function ratesByRegion(db: Db, ctx: Ctx, q: CohortQuery) {
  const { spec, view } = await resolveCohort(db, ctx, q);
  const [rows, allRegions, groups] = await Promise.all([
    aggregate<Counts & { region_id: string }>(db, ratesByRegionSql(spec)),
    db
      .select({ id: regions.id, name: regions.name, kind: regions.kind })
      .from(regions)
      .orderBy(asc(regions.sortOrder)),
    db.select().from(rankingGroupMembers),
  ]);
  const byRegion = new Map(rows.map((r) => [r.region_id, r]));
  const visible = allRegions.filter(
    (r) =>
      r.kind !== 'city' &&
      (ctx.scope.kind === 'all' || ctx.scope.regionIds.includes(r.id)) &&
      (!spec.regionIds || spec.regionIds.includes(r.id)),
  );
  return {
    cohort: view,
    rows: visible.map((r) => {
      const row = byRegion.get(r.id);
      return {
        regionId: r.id,
        regionName: r.name,
        groupIds: groups.filter((g) => g.memberId === r.id).map((g) => g.groupId),
        rates: ratesFrom(row ? [row] : [], spec.defs),
      };
    }),
    total: ratesFrom(rows, spec.defs),
  };
}

type DrillRow = {
  id: string;
  code: string;
  name: string;
  region_id: string;
  region_name: string;
  stage: Stage;
  signed_on: string;
  signing_type: SigningType | null;
  registered_on: string | null;
  started_on: string | null;
  producing_on: string | null;
  at_capacity_on: string | null;
  arrived: string;
  contracted: string | null;
  total: number;
};

const dateText = (d: unknown) =>
  d === null || d === undefined ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d);

/** The projects behind one side of one rate: the drill-down from a figure to its records. */
export async function drillRate(
  db: Db,
  ctx: Ctx,
  q: CohortQuery & { rate: RateKey; side: 'numerator' | 'denominator'; page: number; pageSize: number },
) {
  const { spec, view } = await resolveCohort(db, ctx, q);
  const rate =
    (COUNT_RATES as readonly string[]).includes(q.rate) || q.rate === 'funding' ? q.rate : 'performance';
  const rows = await rowsOf<DrillRow>(
    db,
    sql`with c as (${cohortSql(spec)})
      select c.id, ${projects.code} as code, ${projects.name} as name, c.region_id, ${regions.name} as region_name,
        ${projects.stage} as stage, c.signed_on, ${projects.signingType} as signing_type,
        c.registered_on, c.started_on, c.producing_on, c.at_capacity_on,
        c.arrived::numeric(20,2)::text as arrived, c.contracted::text as contracted, count(*) over ()::int as total
      from c join ${projects} on ${projects.id} = c.id join ${regions} on ${regions.id} = c.region_id
      where ${sideSql(rate, q.side, spec.defs)}
      order by c.signed_on desc, ${projects.code}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  return {
    cohort: view,
    page: q.page,
    pageSize: q.pageSize,
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      regionId: r.region_id,
      regionName: r.region_name,
      stage: r.stage,
      signedOn: dateText(r.signed_on) ?? '',
      signingType: r.signing_type,
      registeredOn: dateText(r.registered_on),
      startedOn: dateText(r.started_on),
      producingOn: dateText(r.producing_on),
      atCapacityOn: dateText(r.at_capacity_on),
      fundsArrived: r.arrived,
      contractedInvestment: r.contracted,
    })),
  };
}
