import type { PerformingSign, ProjectSet, RateKey } from '../../../domain/delivery/rates';
import type { SigningType, Stage } from '../../../domain/lifecycle/stages';
import type { IndustryCategory } from '../../../domain/projects/fields';

export type RateDefinition = {
  numerator: ProjectSet;
  /** `contracted` for the funding rate: projects with a contracted amount. */
  denominator: ProjectSet | 'contracted';
  performing: PerformingSign[];
  unit: 'projects' | 'yuan';
  includeForeign: boolean;
  usdToCny: string;
  applyCountingRules: boolean;
};

/** One rate as the server computed it: counts, amounts (元, funding only) and the percent text. */
export type RateView = {
  key: RateKey;
  numeratorCount: number;
  denominatorCount: number;
  numeratorAmount: string | null;
  denominatorAmount: string | null;
  /** "12.34", or null when the denominator is 0. Shown as given, never recomputed. */
  percent: string | null;
  definition: RateDefinition;
};

export type CohortView = {
  signedFrom: string;
  signedTo: string;
  asOf: string;
  region: string | null;
  group: string | null;
  industryCategory: IndustryCategory | null;
  signingType: SigningType | null;
};

export type RatesResponse = { cohort: CohortView; rates: RateView[] };

export type RegionRates = { regionId: string; regionName: string; groupIds: string[]; rates: RateView[] };
export type RatesByRegionResponse = { cohort: CohortView; rows: RegionRates[]; total: RateView[] };

export type DrillSide = 'numerator' | 'denominator';

export type DrillProject = {
  id: string;
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  stage: Stage;
  signedOn: string;
  signingType: SigningType | null;
  registeredOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  atCapacityOn: string | null;
  fundsArrived: string;
  contractedInvestment: string | null;
};

export type DrillResponse = {
  cohort: CohortView;
  items: DrillProject[];
  total: number;
  page: number;
  pageSize: number;
};

/** The query string of the rate endpoints (empty values are left out). */
export type CohortQuery = {
  cohort?: string;
  signedFrom?: string;
  signedTo?: string;
  region?: string;
  group?: string;
  industryCategory?: string;
  signingType?: string;
  asOf?: string;
};

export type RankingGroup = {
  id: string;
  name: string;
  kind: 'counties' | 'zones' | 'departments';
  memberIds: string[];
};
