import { diceSimilarity, normaliseInvestorName, normaliseProjectName } from './similarity';

/** What a duplicate check compares: one project's claim. */
export type Claim = {
  id: string;
  name: string;
  regionId: string;
  investorName: string;
  investorCreditCode: string | null;
  signedOn: string | null;
};

export type DuplicateReason =
  'same_credit_code' | 'same_investor_name' | 'similar_project_name' | 'same_region' | 'signed_again';

export type DuplicateCandidate = {
  otherId: string;
  /** 0…100, rounded to an integer. */
  score: number;
  reasons: DuplicateReason[];
  nameSimilarity: number;
};

/** Configurable thresholds; defaults of the pipeline issue. */
export const DUPLICATE_DEFAULTS = { minNameSimilarity: 0.5, minScore: 60 } as const;

/**
 * Scores a claim against earlier ones: the same investor (by code, or by normalised name)
 * together with a similar project name, in any region. The score is the name similarity
 * (0–70) plus 30 for the same investor; a candidate needs the same investor and a similar name.
 */
export function findDuplicateCandidates(
  claim: Claim,
  others: readonly Claim[],
  thresholds: { minNameSimilarity: number; minScore: number } = DUPLICATE_DEFAULTS,
): DuplicateCandidate[] {
  const investor = normaliseInvestorName(claim.investorName);
  const name = normaliseProjectName(claim.name);
  const out: DuplicateCandidate[] = [];
  for (const other of others) {
    if (other.id === claim.id) continue;
    const reasons: DuplicateReason[] = [];
    const sameCode = Boolean(
      claim.investorCreditCode && claim.investorCreditCode === other.investorCreditCode,
    );
    const sameName = investor !== '' && investor === normaliseInvestorName(other.investorName);
    if (sameCode) reasons.push('same_credit_code');
    else if (sameName) reasons.push('same_investor_name');
    else continue;
    const similarity = diceSimilarity(name, normaliseProjectName(other.name));
    if (similarity < thresholds.minNameSimilarity) continue;
    reasons.push('similar_project_name');
    if (other.regionId === claim.regionId) reasons.push('same_region');
    if (claim.signedOn && other.signedOn) reasons.push('signed_again');
    const score = Math.round(30 + 70 * similarity);
    if (score >= thresholds.minScore)
      out.push({ otherId: other.id, score, reasons, nameSimilarity: similarity });
  }
  return out.sort((a, b) => b.score - a.score || a.otherId.localeCompare(b.otherId));
}
