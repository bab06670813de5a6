import { type Milestone, atOrBeyond } from './milestones';
import { monthOf } from './report-month';

/**
 * The delivery rates of a cohort (DESIGN §3). What counts as "performing" and which set divides
 * which are configuration; the defaults are DESIGN's. Everything is exact: counts, 分 and
 * percentages with two decimals rounded half up from integers.
 */
export const PROJECT_SETS = [
  'signed',
  'registered',
  'land_secured',
  'started',
  'completed',
  'producing',
  'at_capacity',
  'funds_arrived',
  'performing',
] as const;
export type ProjectSet = (typeof PROJECT_SETS)[number];

/** What may make a project "performing" (履约): any of these. */
export const PERFORMING_SIGNS = ['registered', 'land_secured', 'started', 'funds_arrived'] as const;
export type PerformingSign = (typeof PERFORMING_SIGNS)[number];

export const COUNT_RATES = ['performance', 'landing', 'start', 'production', 'capacity'] as const;
export type CountRate = (typeof COUNT_RATES)[number];
export const RATE_KEYS = [...COUNT_RATES, 'funding'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type RateDefinitions = {
  performing: PerformingSign[];
  rates: Record<CountRate, { numerator: ProjectSet; denominator: ProjectSet }>;
  funding: { includeForeign: boolean; usdToCny: string };
  /** Leave out what the counting rules (不予认定) exclude from headline figures. */
  applyCountingRules: boolean;
};

export const DEFAULT_RATE_DEFINITIONS: RateDefinitions = {
  performing: ['registered', 'funds_arrived', 'started'],
  rates: {
    performance: { numerator: 'performing', denominator: 'signed' },
    landing: { numerator: 'registered', denominator: 'signed' },
    start: { numerator: 'started', denominator: 'performing' },
    production: { numerator: 'producing', denominator: 'started' },
    capacity: { numerator: 'at_capacity', denominator: 'producing' },
  },
  funding: { includeForeign: true, usdToCny: '7.1000' },
  applyCountingRules: true,
};

export const USD_RATE_PATTERN = /^\d{1,3}(\.\d{1,4})?$/;

/** US$ cents → 分 at a rate given as a decimal string (≤ 4 decimals), rounded half up. */
export function usdCentsToFen(cents: bigint, usdToCny: string): bigint {
  if (!USD_RATE_PATTERN.test(usdToCny)) throw new RangeError(`not an exchange rate: ${usdToCny}`);
  const [int = '0', frac = ''] = usdToCny.split('.');
  const scaled = BigInt(int) * 10_000n + BigInt((frac + '0000').slice(0, 4));
  return (cents * scaled * 2n + 10_000n) / 20_000n;
}

/** num ÷ den as a percentage with two decimals, rounded half up; null when the denominator is 0. */
export function percentOf(num: bigint, den: bigint): string | null {
  if (den <= 0n) return null;
  const bp = (num * 10_000n * 2n + den) / (den * 2n);
  return `${bp / 100n}.${(bp % 100n).toString().padStart(2, '0')}`;
}

export type CohortReport = { month: string; domesticFen: bigint; foreignUsdCents: bigint };

export type CohortProject = {
  id: string;
  signedOn: string;
  /** Actual dates of the milestones reached (from the lifecycle). */
  reached: Partial<Record<Milestone, string>>;
  reports: readonly CohortReport[];
  contractedFen: bigint | null;
  /** Left out of headline figures by a counting rule. */
  excluded: boolean;
};

/**
 * Funds arrived up to and including the month of `asOf`: the RMB reported, plus the US$ reported
 * converted once (their sum at the configured rate, rounded half up to the 分).
 */
export function arrivedFen(p: Pick<CohortProject, 'reports'>, asOf: string, defs: RateDefinitions): bigint {
  const last = monthOf(asOf);
  let fen = 0n;
  let cents = 0n;
  for (const r of p.reports) {
    if (r.month > last) continue;
    fen += r.domesticFen;
    cents += r.foreignUsdCents;
  }
  return defs.funding.includeForeign ? fen + usdCentsToFen(cents, defs.funding.usdToCny) : fen;
}

/** Any funds (RMB or US$) reported for a month up to the month of `asOf`. */
export function fundedBy(p: Pick<CohortProject, 'reports'>, asOf: string): boolean {
  const last = monthOf(asOf);
  return p.reports.some((r) => r.month <= last && (r.domesticFen > 0n || r.foreignUsdCents > 0n));
}

/** The day a milestone was reached (itself or any later one), or null, as of `asOf`. */
export function reachedOn(p: Pick<CohortProject, 'reached'>, m: Milestone, asOf: string): string | null {
  let best: string | null = null;
  for (const x of atOrBeyond(m)) {
    const d = p.reached[x];
    if (d && d <= asOf && (best === null || d < best)) best = d;
  }
  return best;
}

/** Is the project in `set` as of `asOf`? */
export function inSet(p: CohortProject, set: ProjectSet, asOf: string, defs: RateDefinitions): boolean {
  switch (set) {
    case 'signed':
      return p.signedOn <= asOf;
    case 'funds_arrived':
      return fundedBy(p, asOf);
    case 'performing':
      return defs.performing.some((s) => inSet(p, s, asOf, defs));
    default:
      return reachedOn(p, set, asOf) !== null;
  }
}

export type RateResult = {
  key: RateKey;
  numeratorCount: number;
  denominatorCount: number;
  /** For the funding rate: 分 arrived and 分 contracted. */
  numeratorFen: bigint | null;
  denominatorFen: bigint | null;
  percent: string | null;
};

export type CohortFilter = { from: string; to: string };

/** The cohort: projects signed in the period and by `asOf`, less the excluded ones when so defined. */
export function cohortOf(
  projects: readonly CohortProject[],
  period: CohortFilter,
  asOf: string,
  defs: RateDefinitions,
) {
  return projects.filter(
    (p) =>
      p.signedOn >= period.from &&
      p.signedOn <= period.to &&
      p.signedOn <= asOf &&
      !(defs.applyCountingRules && p.excluded),
  );
}

/** The projects behind one side of a rate (the numerator is always within the denominator). */
export function sideOf(
  cohort: readonly CohortProject[],
  key: RateKey,
  side: 'numerator' | 'denominator',
  asOf: string,
  defs: RateDefinitions,
): CohortProject[] {
  if (key === 'funding') {
    const den = cohort.filter((p) => (p.contractedFen ?? 0n) > 0n);
    return side === 'denominator' ? den : den.filter((p) => fundedBy(p, asOf));
  }
  const def = defs.rates[key];
  const den = cohort.filter((p) => inSet(p, def.denominator, asOf, defs));
  return side === 'denominator' ? den : den.filter((p) => inSet(p, def.numerator, asOf, defs));
}

/** All six rates of a cohort as of a date. */
export function computeRates(
  cohort: readonly CohortProject[],
  asOf: string,
  defs: RateDefinitions,
): RateResult[] {
  return RATE_KEYS.map((key) => {
    const den = sideOf(cohort, key, 'denominator', asOf, defs);
    const num = sideOf(cohort, key, 'numerator', asOf, defs);
    if (key !== 'funding') {
      return {
        key,
        numeratorCount: num.length,
        denominatorCount: den.length,
        numeratorFen: null,
        denominatorFen: null,
        percent: percentOf(BigInt(num.length), BigInt(den.length)),
      };
    }
    const numeratorFen = den.reduce((a, p) => a + arrivedFen(p, asOf, defs), 0n);
    const denominatorFen = den.reduce((a, p) => a + (p.contractedFen ?? 0n), 0n);
    return {
      key,
      numeratorCount: num.length,
      denominatorCount: den.length,
      numeratorFen,
      denominatorFen,
      percent: percentOf(numeratorFen, denominatorFen),
    };
  });
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;

function endOfMonth(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const startOfMonth = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;

/** A signing period named like "2026", "2026-H1", "2026-Q3", "2026-07" or "all" → its first and last day. */
export function parseCohort(name: string): CohortFilter | null {
  if (name === 'all') return { from: '0001-01-01', to: '9999-12-31' };
  let m = YEAR.exec(name);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = HALF.exec(name);
  if (m) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return { from: startOfMonth(y, h * 6 - 5), to: endOfMonth(y, h * 6) };
  }
  m = QUARTER.exec(name);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { from: startOfMonth(y, q * 3 - 2), to: endOfMonth(y, q * 3) };
  }
  m = MONTH.exec(name);
  if (m)
    return { from: startOfMonth(Number(m[1]), Number(m[2])), to: endOfMonth(Number(m[1]), Number(m[2])) };
  return null;
}
