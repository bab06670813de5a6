import { and, asc, count, eq, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import type { CountingRule, CountingRules } from '../../domain/duplicates/counting';
import { SIZE_BANDS_YI, type SignedGroup } from '../../domain/signing/statistics';
import type { Scope } from '../auth/principal';
import { inScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { duplicateCandidates } from '../db/schema/duplicates';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';

const openDuplicate = sql`exists (select 1 from ${duplicateCandidates} where ${duplicateCandidates.projectId} = ${projects.id} and ${duplicateCandidates.status} = 'open')`;

/** The SQL of each counting rule: it must say exactly what `exclusionsOf` says (tested through the API). */
const RULE_SQL: Record<CountingRule, SQL> = {
  undecided_duplicate: openDuplicate,
  merged_duplicate: sql`${projects.mergedIntoId} is not null`,
  local_investor: sql`${projects.originRegion} = 'local'`,
  real_estate: sql`${projects.realEstate}`,
  fiscal_infrastructure: sql`(${projects.fiscallyFunded} and ${projects.industryCategory} = 'infrastructure')`,
  under_1yi: sql`${projects.totalInvestment} < 100000000`,
};

export function excludedBy(rules: CountingRules): SQL {
  const active = (Object.keys(RULE_SQL) as CountingRule[]).filter((r) => rules[r]);
  // coalesce: a NULL (say, an unknown origin) must not make the whole condition NULL.
  return active.length
    ? (or(...active.map((r) => sql`coalesce(${RULE_SQL[r]}, false)`)) ?? sql`false`)
    : sql`false`;
}

const band = sql<number>`case ${sql.join(
  [...SIZE_BANDS_YI]
    .reverse()
    .map(
      (y) =>
        sql`when ${projects.totalInvestment} >= ${sql.raw(String(y * 100_000_000))} then ${sql.raw(String(y))}`,
    ),
  sql` `,
)} else 0 end`;

/** Aggregates of an event's signed projects, computed in the database (one row per combination). */
export function reportQueries(db: Executor, scope: Scope, eventId: string, rules: CountingRules) {
  const signedAt = and(
    eq(projects.signingEventId, eventId),
    isNull(projects.deletedAt),
    inScope(projects.regionId, scope),
  );
  const counted = and(signedAt, not(excludedBy(rules)));
  const money = (col: SQL | typeof projects.totalInvestment) =>
    sql<string>`coalesce(sum(${col}), 0)::numeric(20,2)::text`;
  return {
    /** One scan: every combination of the breakdown properties, with whether the counting rules exclude it. */
    async groups(): Promise<{ counted: SignedGroup[]; all: SignedGroup[] }> {
      const rows = await db
        .select({
          excluded: sql<boolean>`${excludedBy(rules)}`,
          bandMinYi: band,
          originRegion: projects.originRegion,
          industryCategory: projects.industryCategory,
          strategicEmerging: projects.strategicEmerging,
          foreign: projects.foreignCapital,
          signingType: projects.signingType,
          count: count(),
          totalInvestment: money(projects.totalInvestment),
          contractedInvestment: money(sql`${projects.contractedInvestment}`),
        })
        .from(projects)
        .where(signedAt)
        .groupBy(sql`1, 2, 3, 4, 5, 6, 7`);
      const all = rows.map(({ excluded: _e, ...r }) => ({
        ...r,
        bandMinYi: Number(r.bandMinYi) as SignedGroup['bandMinYi'],
      }));
      return { all, counted: all.filter((_g, i) => !rows[i]?.excluded) };
    },
    async byRegion() {
      const [totals, names] = await Promise.all([
        db
          .select({
            regionId: projects.regionId,
            count: count(),
            totalInvestment: money(projects.totalInvestment),
          })
          .from(projects)
          .where(counted)
          .groupBy(projects.regionId),
        db.select({ id: regions.id, name: regions.name, sortOrder: regions.sortOrder }).from(regions),
      ]);
      const byId = new Map(names.map((r) => [r.id, r]));
      return totals
        .map((t) => ({
          ...t,
          regionName: byId.get(t.regionId)?.name ?? t.regionId,
          order: byId.get(t.regionId)?.sortOrder ?? 0,
        }))
        .sort((a, b) => a.order - b.order)
        .map(({ order: _o, ...t }) => t);
    },
    async projects(which: 'counted' | 'excluded', limit: number) {
      return db
        .select({ p: projects, regionName: regions.name, openDuplicate: sql<boolean>`${openDuplicate}` })
        .from(projects)
        .innerJoin(regions, eq(regions.id, projects.regionId))
        .where(which === 'counted' ? counted : and(signedAt, excludedBy(rules)))
        .orderBy(asc(projects.code))
        .limit(limit);
    },
    async excludedCount() {
      const [r] = await db
        .select({ n: count() })
        .from(projects)
        .where(and(signedAt, excludedBy(rules)));
      return r?.n ?? 0;
    },
  };
}
