import { YI_FEN, yuanToFen } from '../money/money';

/**
 * Counting rules (不予认定, DESIGN §3): which projects the headline figures leave out. Each rule
 * can be switched off by an administrator; the defaults are DESIGN's.
 */
export const COUNTING_RULES = [
  'undecided_duplicate',
  'merged_duplicate',
  'local_investor',
  'real_estate',
  'fiscal_infrastructure',
  'under_1yi',
] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

export type CountingRules = Record<CountingRule, boolean>;

export const DEFAULT_COUNTING_RULES: CountingRules = {
  undecided_duplicate: true,
  merged_duplicate: true,
  local_investor: true,
  real_estate: true,
  fiscal_infrastructure: true,
  under_1yi: true,
};

export type CountingFacts = {
  totalInvestment: string;
  originRegion: string | null;
  realEstate: boolean;
  fiscallyFunded: boolean;
  industryCategory: string;
  mergedIntoId: string | null;
  openDuplicate: boolean;
};

/** The rules that exclude a project from headline figures (empty: it counts). */
export function exclusionsOf(
  p: CountingFacts,
  rules: CountingRules = DEFAULT_COUNTING_RULES,
): CountingRule[] {
  const out: CountingRule[] = [];
  if (rules.undecided_duplicate && p.openDuplicate) out.push('undecided_duplicate');
  if (rules.merged_duplicate && p.mergedIntoId) out.push('merged_duplicate');
  if (rules.local_investor && p.originRegion === 'local') out.push('local_investor');
  if (rules.real_estate && p.realEstate) out.push('real_estate');
  if (rules.fiscal_infrastructure && p.fiscallyFunded && p.industryCategory === 'infrastructure') {
    out.push('fiscal_infrastructure');
  }
  if (rules.under_1yi && yuanToFen(p.totalInvestment) < YI_FEN) out.push('under_1yi');
  return out;
}
