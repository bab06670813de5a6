import { YI_FEN, yuanToFen } from '../money/money';
import type { IndustryCategory } from '../projects/fields';

/**
 * 三个一批 eligibility thresholds by project type (DESIGN §4), in 亿元; configurable. Agriculture is
 * not named by the provincial rule: it defaults to the lower manufacturing threshold.
 */
export type BatchThresholds = {
  manufacturing: number;
  manufacturingPromotedOrEmerging: number;
  infrastructure: number;
  services: number;
  social: number;
  agriculture: number;
};

export const DEFAULT_BATCH_THRESHOLDS: BatchThresholds = {
  manufacturing: 3,
  manufacturingPromotedOrEmerging: 1,
  infrastructure: 10,
  services: 5,
  social: 2,
  agriculture: 1,
};

export type BatchCandidate = {
  id: string;
  totalInvestment: string;
  industryCategory: IndustryCategory;
  strategicEmerging: boolean;
  /** A project brought in by investment promotion (招商引资) rather than local investment. */
  promoted: boolean;
  signedOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
};

export type Eligibility =
  | { eligible: true; thresholdYi: number; rule: keyof BatchThresholds }
  | { eligible: false; thresholdYi: number; rule: keyof BatchThresholds; reason: string };

export function ruleFor(
  p: Pick<BatchCandidate, 'industryCategory' | 'strategicEmerging' | 'promoted'>,
): keyof BatchThresholds {
  switch (p.industryCategory) {
    case 'industrial':
      return p.promoted || p.strategicEmerging ? 'manufacturingPromotedOrEmerging' : 'manufacturing';
    case 'infrastructure':
      return 'infrastructure';
    case 'services':
      return 'services';
    case 'social':
      return 'social';
    case 'agriculture':
      return 'agriculture';
  }
}

export function batchEligibility(
  p: BatchCandidate,
  thresholds: BatchThresholds = DEFAULT_BATCH_THRESHOLDS,
): Eligibility {
  const rule = ruleFor(p);
  const thresholdYi = thresholds[rule];
  const fen = yuanToFen(p.totalInvestment);
  const minFen = BigInt(Math.round(thresholdYi * 100)) * (YI_FEN / 100n);
  if (fen >= minFen) return { eligible: true, thresholdYi, rule };
  return {
    eligible: false,
    thresholdYi,
    rule,
    reason: `total investment is below the ${thresholdYi}亿 threshold of ${rule}`,
  };
}

export type Period = { from: string; to: string };

/**
 * The three lists of a period: signed in it, started in it, and producing in it having started in
 * an earlier period. Dates are inclusive YYYY-MM-DD; eligibility is reported beside each entry.
 */
export function batchLists(
  candidates: readonly BatchCandidate[],
  period: Period,
  thresholds = DEFAULT_BATCH_THRESHOLDS,
) {
  const within = (d: string | null) => d !== null && d >= period.from && d <= period.to;
  const entry = (p: BatchCandidate) => ({ id: p.id, eligibility: batchEligibility(p, thresholds) });
  return {
    sign: candidates.filter((p) => within(p.signedOn)).map(entry),
    start: candidates.filter((p) => within(p.startedOn)).map(entry),
    produce: candidates
      .filter((p) => within(p.producingOn) && p.startedOn !== null && p.startedOn < period.from)
      .map(entry),
  };
}
