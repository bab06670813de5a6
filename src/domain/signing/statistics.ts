import { ORIGIN_REGIONS, type OriginRegion } from '../investors/fields';
import type { SigningType } from '../lifecycle/stages';
import { fenToYuan, YI_FEN, yuanToFen } from '../money/money';
import type { IndustryCategory } from '../projects/fields';

/** Size bands used everywhere: 亿元以上, ≥5亿, ≥10亿, ≥30亿, ≥50亿 (cumulative: a 60亿 project is in all five). */
export const SIZE_BANDS_YI = [1, 5, 10, 30, 50] as const;

export type SignedProject = {
  totalInvestment: string;
  contractedInvestment: string | null;
  industryCategory: IndustryCategory;
  strategicEmerging: boolean;
  originRegion: OriginRegion | null;
  foreign: boolean;
  signingType: SigningType | null;
};

export type Bucket = { count: number; totalInvestment: string; contractedInvestment: string };

export type SigningStatistics = {
  all: Bucket;
  bySizeBand: { minYi: number; bucket: Bucket }[];
  byOrigin: Record<OriginRegion | 'unknown', Bucket>;
  byIndustry: Record<IndustryCategory, Bucket> & { strategicEmerging: Bucket };
  domestic: Bucket;
  foreign: Bucket;
  bySigningType: Record<SigningType | 'unknown', Bucket>;
};

/**
 * Projects that share every property the statistics break down by, summed: what a database
 * GROUP BY returns. `bandMinYi` is the highest size band the projects reach (0 below 1亿).
 */
export type SignedGroup = Omit<SignedProject, 'totalInvestment' | 'contractedInvestment'> & {
  bandMinYi: 0 | (typeof SIZE_BANDS_YI)[number];
  count: number;
  totalInvestment: string;
  contractedInvestment: string;
};

/** The size band a total reaches: 50, 30, 10, 5, 1, or 0 below 1亿. */
export function bandOf(totalYuan: string): SignedGroup['bandMinYi'] {
  const fen = yuanToFen(totalYuan);
  for (const minYi of [...SIZE_BANDS_YI].reverse()) if (fen >= BigInt(minYi) * YI_FEN) return minYi;
  return 0;
}

type Acc = { count: number; total: bigint; contracted: bigint };
const acc = (): Acc => ({ count: 0, total: 0n, contracted: 0n });
const add = (a: Acc, total: bigint, contracted: bigint, count = 1) => {
  a.count += count;
  a.total += total;
  a.contracted += contracted;
};
const out = (a: Acc): Bucket => ({
  count: a.count,
  totalInvestment: fenToYuan(a.total),
  contractedInvestment: fenToYuan(a.contracted),
});
const record = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, acc()])) as Record<K, Acc>;
const mapRecord = <K extends string>(r: Record<K, Acc>) =>
  Object.fromEntries(Object.entries<Acc>(r).map(([k, v]) => [k, out(v)])) as Record<K, Bucket>;

/** Exact statistics of a set of signed projects (sums in 分, never floats). */
export function signingStatistics(projects: readonly SignedProject[]): SigningStatistics {
  return signingStatisticsFromGroups(
    projects.map((p) => ({
      ...p,
      bandMinYi: bandOf(p.totalInvestment),
      count: 1,
      contractedInvestment: p.contractedInvestment ?? '0',
    })),
  );
}

/** The same statistics from grouped rows (a database aggregate), still exact. */
export function signingStatisticsFromGroups(groups: readonly SignedGroup[]): SigningStatistics {
  const all = acc();
  const bands = SIZE_BANDS_YI.map(() => acc());
  const byOrigin = record([...ORIGIN_REGIONS, 'unknown'] as const);
  const byIndustry = record([
    'industrial',
    'services',
    'agriculture',
    'infrastructure',
    'social',
    'strategicEmerging',
  ] as const);
  const domestic = acc();
  const foreign = acc();
  const bySigningType = record(['framework', 'formal', 'unknown'] as const);
  for (const g of groups) {
    const total = yuanToFen(g.totalInvestment);
    const contracted = yuanToFen(g.contractedInvestment);
    const n = g.count;
    add(all, total, contracted, n);
    SIZE_BANDS_YI.forEach((minYi, i) => {
      const band = bands[i];
      if (band && g.bandMinYi >= minYi) add(band, total, contracted, n);
    });
    add(byOrigin[g.originRegion ?? 'unknown'], total, contracted, n);
    add(byIndustry[g.industryCategory], total, contracted, n);
    if (g.industryCategory === 'industrial' && g.strategicEmerging) {
      add(byIndustry.strategicEmerging, total, contracted, n);
    }
    add(g.foreign ? foreign : domestic, total, contracted, n);
    add(bySigningType[g.signingType ?? 'unknown'], total, contracted, n);
  }
  return {
    all: out(all),
    bySizeBand: SIZE_BANDS_YI.map((minYi, i) => ({ minYi, bucket: out(bands[i] ?? acc()) })),
    byOrigin: mapRecord(byOrigin),
    byIndustry: mapRecord(byIndustry),
    domestic: out(domestic),
    foreign: out(foreign),
    bySigningType: mapRecord(bySigningType),
  };
}
