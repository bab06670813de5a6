import { eq } from 'drizzle-orm';
import { siteScore, unitScore } from '../../domain/evaluation/inspection';
import { parsePeriod } from '../../domain/evaluation/period';
import type { Exclusions, MetricKey } from '../../domain/evaluation/method';
import { decimal, div, r, type Rational } from '../../domain/evaluation/rational';
import type { MetricValue } from '../../domain/evaluation/score';
import type { Db, Executor } from '../db/client';
import { systemCtx } from '../auth/principal';
import { ratesByRegion } from '../delivery/rates';
import { yuanToFen } from '../../domain/money/money';
import type { RateKey } from '../../domain/delivery/rates';
import { rowsOf } from '../db/rows';
import { inspections, inspectionScores as inspectionScores, inspectionSites } from '../db/schema/inspections';
import { metricStatements, type UnitKind, type Window } from './metric-sql';

type Row = { unit_id: string; num: string; den: string | null; ids: string[] | null };

const toRational = (num: string, den: string | null): Rational =>
  den === null ? decimal(num) : decimal(den).num === 0n ? r(0) : div(decimal(num), decimal(den));

/** The same window last year, and the metrics measured on it (those scored on growth). */
export type LastYear = { window: Window; keys: readonly MetricKey[] };

/**
 * The values of the metrics a method uses, per unit, for a window (and the same window last year
 * for the metrics scored on growth). Metrics a group's units are not measured by are absent (the
 * scoring then shows `no_value`). Each family of records is read by one aggregate statement for
 * all of its metrics (`metric-sql.ts`); the rates and inspection scores by their own services.
 */
export async function metricValues(
  db: Db,
  keys: readonly MetricKey[],
  kind: UnitKind,
  w: Window,
  growth: LastYear | null,
  asOf: string,
  exclusions?: Exclusions,
): Promise<Map<MetricKey, Map<string, MetricValue>>> {
  const out = new Map<MetricKey, Map<string, MetricValue>>();
  const specials = Promise.all(
    [...new Set(keys)].map(async (key) => {
      if (kind !== 'region') return null;
      if (key === 'inspection_score') return [key, await inspectionMetric(db, w)] as const;
      if (key in RATE_OF) return [key, await rateMetric(db, key, w, asOf)] as const;
      return null;
    }),
  );
  // One statement per family of records (and per metric of its own), this year's and last
  // year's side by side on the pool.
  const read = async (statements: ReturnType<typeof metricStatements>) =>
    (
      await Promise.all(
        statements.map(async (st) => {
          const rows = await rowsOf<Record<string, string | string[] | null>>(db, st.sql);
          return st.keys.map(
            (key, i) =>
              [
                key,
                rows.map((row) => ({
                  unit_id: row.unit_id as string,
                  num: row[`n${i}`] as string,
                  den: row[`d${i}`] as string | null,
                  ids: row[`e${i}`] as string[] | null,
                })),
              ] as const,
          );
        }),
      )
    ).flat();
  const lastYearKeys = growth ? keys.filter((k) => growth.keys.includes(k)) : [];
  const [special, current, before] = await Promise.all([
    specials,
    read(metricStatements(keys, w, kind, asOf, exclusions)),
    growth && lastYearKeys.length
      ? read(metricStatements(lastYearKeys, growth.window, kind, asOf, exclusions))
      : [],
  ]);
  const beforeOf = new Map(before);
  for (const [key, rows] of current) {
    const last = beforeOf.get(key);
    out.set(key, byUnitOf(rows, last ?? [], last !== undefined));
  }
  for (const entry of special) if (entry) out.set(entry[0], entry[1]);
  return out;
}

function byUnitOf(rows: Row[], before: Row[], lastYear: boolean): Map<string, MetricValue> {
  {
    const byUnit = new Map<string, MetricValue>();
    for (const row of rows) {
      const last = before.find((b) => b.unit_id === row.unit_id);
      byUnit.set(row.unit_id, {
        value: toRational(row.num, row.den),
        ...(row.den !== null && decimal(row.den).num === 0n ? { noBase: true } : {}),
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
  for (const u of await inspectionUnitScores(db, latest)) {
    if (u.score) out.set(u.unitId, { value: u.score, lastYear: null, evidence: u.projectIds });
  }
  return out;
}

/**
 * Each county's score in an inspection: the mean of its sites' scores, each site the mean of its
 * judges' totals (extremes dropped as the inspection says); null while no site has a score.
 */
export async function inspectionUnitScores(
  db: Executor,
  inspection: { id: string; dropExtremes: boolean },
): Promise<{ unitId: string; score: Rational | null; projectIds: string[] }[]> {
  const [sites, scores] = await Promise.all([
    db.select().from(inspectionSites).where(eq(inspectionSites.inspectionId, inspection.id)),
    db
      .select({ siteId: inspectionScores.siteId, total: inspectionScores.total })
      .from(inspectionScores)
      .innerJoin(inspectionSites, eq(inspectionSites.id, inspectionScores.siteId))
      .where(eq(inspectionSites.inspectionId, inspection.id)),
  ]);
  return [...new Set(sites.map((s) => s.unitId))].map((unitId) => {
    const own = sites.filter((s) => s.unitId === unitId);
    const score = unitScore(
      own.map(
        (s) =>
          siteScore(
            scores.filter((x) => x.siteId === s.id).map((x) => decimal(x.total)),
            inspection.dropExtremes,
          )?.score ?? null,
      ),
    );
    return { unitId, score, projectIds: own.map((s) => s.projectId) };
  });
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
    out.set(
      row.regionId,
      den === 0n
        ? { value: r(0), lastYear: null, evidence: [], noBase: true }
        : { value: r(num, den), lastYear: null, evidence: [] },
    );
  }
  return out;
}
