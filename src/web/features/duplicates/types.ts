import type { Stage } from '../../../domain/lifecycle/stages';

export type DuplicateSide = {
  id: string;
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  investorName: string;
  investorCreditCode: string | null;
  stage: Stage;
  totalInvestment: string;
  signedOn: string | null;
  createdAt: string;
};

export type DuplicateStatus = 'open' | 'same_project' | 'not_duplicate';

export type DuplicateCandidate = {
  id: string;
  score: number;
  nameSimilarity: number;
  reasons: string[];
  foundAt: string;
  status: DuplicateStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
  /** The later claim. */
  project: DuplicateSide;
  /** The earlier project it may repeat. */
  other: DuplicateSide;
};

export type Decision = { decision: 'same_project' | 'not_duplicate'; reason: string };
