import { asc, eq } from 'drizzle-orm';
import { GAP_KINDS, type GapKind } from '../../domain/atlas/fields';
import { monthsBetween } from '../../domain/delivery/report-month';
import { shanghaiDate } from '../../domain/time';
import { listChains } from '../atlas/read';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { regions } from '../db/schema/org';
import { ratesByRegion, resolveCohort } from '../delivery/rates';
import { AppError } from '../http/errors';
import {
  fundsSeries,
  latestRankings,
  signingSeries,
  startSeries,
  supervisionCounts,
  type FundsRow,
  type SigningRow,
  type StartsRow,
} from './queries';
import type { CockpitQuery, CockpitResponse } from './schemas';

function refuse(code: 'VALIDATION_FAILED' | 'FORBIDDEN', path: string, message: string): never {
  throw new AppError(code, message, { path }, [
    { path, message, code: code === 'FORBIDDEN' ? 'region_out_of_scope' : 'invalid' },
  ]);
}

/**
 * The region looked at. A county officer always looks at their own county: the parameter may
 * only repeat it. The city's roles look at the whole city or at one county-level region.
 */
async function regionOf(db: Db, ctx: Ctx, asked: string | undefined) {
  if (ctx.scope.kind === 'regions') {
    const own = ctx.scope.regionIds[0] ?? null;
    if (asked && asked !== own)
      refuse('FORBIDDEN', 'querystring.region', `Region ${asked} is outside your scope`);
    if (!own) return null;
    const [r] = await db.select().from(regions).where(eq(regions.id, own));
    return r ?? null;
  }
  if (!asked) return null;
  const [r] = await db.select().from(regions).where(eq(regions.id, asked));
  if (!r) refuse('VALIDATION_FAILED', 'querystring.region', `unknown region "${asked}"`);
  return r.kind === 'city' ? null : r;
}

type Grouped = { g_region: number; g_month: number; region_id: string | null; month: string | null };

/** The rows of a grouping-sets series: per region, per month of the selection, and its total. */
function split<T extends Grouped>(rows: readonly T[], regionId: string | null) {
  const perRegion = new Map(
    rows.filter((r) => r.g_region === 0 && r.g_month === 1).map((r) => [r.region_id, r]),
  );
  const monthly = new Map(
    rows
      .filter(
        (r) =>
          r.g_month === 0 && (regionId ? r.g_region === 0 && r.region_id === regionId : r.g_region === 1),
      )
      .map((r) => [r.month, r]),
  );
  const total = regionId ? perRegion.get(regionId) : rows.find((r) => r.g_region === 1 && r.g_month === 1);
  return { perRegion, monthly, total };
}

const rateOf = (rates: readonly { key: string; percent: string | null }[] | undefined, key: string) =>
  rates?.find((r) => r.key === key)?.percent ?? null;

/** Everything the leaders' cockpit (驾驶舱) shows, for the city or one county, in the caller's scope. */
export async function cockpit(db: Db, ctx: Ctx, q: CockpitQuery): Promise<CockpitResponse> {
  const today = shanghaiDate(ctx.now);
  const thisYear = Number(today.slice(0, 4));
  const year = q.year ?? thisYear;
  if (year > thisYear) refuse('VALIDATION_FAILED', 'querystring.year', `${year} has not begun`);
  const region = await regionOf(db, ctx, q.region);
  const regionId = region?.id ?? null;
  const { spec } = await resolveCohort(db, ctx, { cohort: String(year) });

  const [signed, funds, starts, items, rates, rankings, chains, all] = await Promise.all([
    signingSeries(db, spec),
    fundsSeries(db, ctx, year),
    startSeries(db, ctx, year),
    supervisionCounts(db, ctx),
    ratesByRegion(db, ctx, { cohort: String(year) }),
    latestRankings(db),
    listChains(db, ctx, { regionId: regionId ?? undefined }),
    db.select().from(regions).orderBy(asc(regions.sortOrder)),
  ]);

  const s = split<SigningRow>(signed, regionId);
  const f = split<FundsRow>(funds, regionId);
  const st = split<StartsRow>(starts, regionId);
  const itemsByRegion = new Map(items.filter((r) => r.g_region === 0).map((r) => [r.region_id, r]));
  const itemsTotal = items.find((r) => r.g_region === 1);
  // An officer's items are all those they see (theirs by region or by unit), as on their board;
  // their county's line on the map says the same.
  const itemsSel = regionId && ctx.scope.kind === 'all' ? itemsByRegion.get(regionId) : itemsTotal;
  const itemsOf = (id: string) => (ctx.scope.kind === 'all' ? itemsByRegion.get(id) : itemsTotal);
  const ratesRow = new Map(rates.rows.map((r) => [r.regionId, r.rates]));

  const lastMonth = year === thisYear ? today.slice(0, 7) : `${year}-12`;
  const inScope = (id: string) => ctx.scope.kind === 'all' || ctx.scope.regionIds.includes(id);
  const gaps = Object.fromEntries(GAP_KINDS.map((k) => [k, 0])) as Record<GapKind, number>;
  for (const c of chains.items) for (const k of GAP_KINDS) gaps[k] += c.gaps[k] ?? 0;
  const sum = (pick: (c: (typeof chains.items)[number]) => number) =>
    chains.items.reduce((a, c) => a + pick(c), 0);

  return {
    year,
    today,
    region: region ? { id: region.id, name: region.name, kind: region.kind } : null,
    signings: {
      count: s.total?.n ?? 0,
      totalInvestment: s.total?.amount ?? '0.00',
      contractedInvestment: s.total?.contracted ?? '0.00',
    },
    funds: { arrived: f.total?.arrived ?? '0.00', arrivedForeignUsd: f.total?.usd ?? '0.00' },
    starts: { count: st.total?.n ?? 0 },
    rates: (regionId ? ratesRow.get(regionId) : undefined) ?? rates.total,
    supervision: {
      open: itemsSel?.open ?? 0,
      red: itemsSel?.red ?? 0,
      overdue: itemsSel?.overdue ?? 0,
    },
    byMonth: monthsBetween(`${year}-01`, lastMonth).map((month) => ({
      month,
      signedCount: s.monthly.get(month)?.n ?? 0,
      signedAmount: s.monthly.get(month)?.amount ?? '0.00',
      fundsArrived: f.monthly.get(month)?.arrived ?? '0.00',
      starts: st.monthly.get(month)?.n ?? 0,
    })),
    regions: all
      .filter((r) => r.kind !== 'city' && inScope(r.id))
      .map((r) => ({
        regionId: r.id,
        regionName: r.name,
        kind: r.kind,
        signedCount: s.perRegion.get(r.id)?.n ?? 0,
        signedAmount: s.perRegion.get(r.id)?.amount ?? '0.00',
        fundsArrived: f.perRegion.get(r.id)?.arrived ?? '0.00',
        starts: st.perRegion.get(r.id)?.n ?? 0,
        startRate: rateOf(ratesRow.get(r.id), 'start'),
        performanceRate: rateOf(ratesRow.get(r.id), 'performance'),
        openItems: itemsOf(r.id)?.open ?? 0,
        redItems: itemsOf(r.id)?.red ?? 0,
      })),
    rankings: rankings
      .filter((g) => !regionId || g.payload.units.some((u) => u.unitId === regionId))
      .map((g) => ({
        resultId: g.id,
        groupId: g.groupId,
        groupName: g.groupName,
        period: g.period,
        version: g.version,
        publishedAt: g.publishedAt?.toISOString() ?? null,
        unitCount: g.payload.units.length,
        units: g.payload.units
          .filter((u) => ctx.scope.kind === 'all' || inScope(u.unitId))
          .map((u) => ({
            unitId: u.unitId,
            unitName: u.unitName,
            total: u.total,
            rank: u.rank,
            rankChange: u.rankChange,
            outcome: u.outcome,
          }))
          .sort((a, b) => a.rank - b.rank),
      })),
    chains: {
      chains: chains.items.length,
      nodes: sum((c) => c.nodes),
      covered: sum((c) => c.covered),
      gaps,
      closedThisYear: sum((c) => c.closedThisYear),
      items: chains.items.map((c) => ({
        id: c.id,
        name: c.name,
        groupName: c.groupName,
        nodes: c.nodes,
        covered: c.covered,
        openGaps: (c.gaps.fill ?? 0) + (c.gaps.extend ?? 0),
        signedProjects: c.signedProjects,
      })),
    },
  };
}
