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

type Acc = { count: number; total: bigint; contracted: bigint };
const acc = (): Acc => ({ count: 0, total: 0n, contracted: 0n });
const add = (a: Acc, total: bigint, contracted: bigint) => {
  a.count++;
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
  for (const p of projects) {
    const total = yuanToFen(p.totalInvestment);
    const contracted = p.contractedInvestment ? yuanToFen(p.contractedInvestment) : 0n;
    add(all, total, contracted);
    SIZE_BANDS_YI.forEach((minYi, i) => {
      const band = bands[i];
      if (band && total >= BigInt(minYi) * YI_FEN) add(band, total, contracted);
    });
    add(byOrigin[p.originRegion ?? 'unknown'], total, contracted);
    add(byIndustry[p.industryCategory], total, contracted);
    if (p.industryCategory === 'industrial' && p.strategicEmerging)
      add(byIndustry.strategicEmerging, total, contracted);
    add(p.foreign ? foreign : domestic, total, contracted);
    add(bySigningType[p.signingType ?? 'unknown'], total, contracted);
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
