import type { LandSituation, SigningType, Stage } from '../../../domain/lifecycle/stages';
import type { Requirement } from '../../../domain/lifecycle/transitions';
import type { OriginRegion } from '../../../domain/investors/fields';
import type { Brings, IndustryCategory, PromotionMethod } from '../../../domain/projects/fields';
import type { LeadSource } from '../../../domain/projects/lead';

/** Nanyang's "234" industries, offered as suggestions for the free-text sector field. */
export const INDUSTRY_SUGGESTIONS = [
  '装备制造',
  '绿色食品',
  '冶金建材',
  '纺织服装',
  '油碱化工',
  '数字光电',
  '生物医药',
  '新材料',
  '新能源',
];

export type ProjectSummary = {
  id: string;
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  stage: Stage;
  industryCategory: IndustryCategory;
  strategicEmerging: boolean;
  industry: string;
  investorName: string;
  totalInvestment: string;
  contractedInvestment: string | null;
  signingType: SigningType | null;
  signedOn: string | null;
  startBy: string | null;
  overdueStart: boolean;
  updatedAt: string;
};

export type EvidenceFile = { id: string; name: string; mime: string; size: number };

export type Transition = {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  occurredOn: string;
  note: string | null;
  reason: string | null;
  skipReason: string | null;
  actor: { id: string; displayName: string } | null;
  evidence: EvidenceFile[];
  createdAt: string;
};

export type AllowedTransition = { to: Stage; requires: Requirement[]; skips: string | null };

export type Project = ProjectSummary & {
  investorCreditCode: string | null;
  investorId: string | null;
  originRegion: OriginRegion | null;
  foreignCapital: boolean;
  leadSource: LeadSource | null;
  ownerId: string | null;
  ownerName: string | null;
  fundsOutOfProvince: string | null;
  fundsInProvince: string | null;
  fundsLocal: string | null;
  fundsForeignUsd: string | null;
  contractFileId: string | null;
  realEstate: boolean;
  fiscallyFunded: boolean;
  mergedIntoId: string | null;
  /** Open duplicate-claim candidates naming this project as the later claim. */
  openDuplicates: number;
  promotionMethods: PromotionMethod[];
  brings: Brings[];
  landSituation: LandSituation;
  introducedBy: string | null;
  description: string | null;
  registerBy: string | null;
  produceBy: string | null;
  stageBeforeStall: Stage | null;
  terminatedReason: string | null;
  version: number;
  createdAt: string;
  transitions: Transition[];
  allowedTransitions: AllowedTransition[];
};

export type ProjectInput = {
  name: string;
  regionId: string;
  industryCategory: IndustryCategory;
  strategicEmerging: boolean;
  industry: string;
  investorName: string;
  investorCreditCode: string | null;
  investorId: string | null;
  leadSource: LeadSource | null;
  ownerId: string | null;
  originRegion: OriginRegion | null;
  foreignCapital: boolean;
  realEstate: boolean;
  fiscallyFunded: boolean;
  totalInvestment: string;
  contractedInvestment: string | null;
  promotionMethods: PromotionMethod[];
  brings: Brings[];
  landSituation: LandSituation;
  introducedBy: string | null;
  description: string | null;
  registerBy: string | null;
  startBy: string | null;
  produceBy: string | null;
};

export const PROJECT_SORTS = ['updatedAt', 'totalInvestment', 'signedOn', 'code'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export type ProjectListParams = {
  region: string;
  q: string;
  stage: string;
  industryCategory: string;
  minInvestment: string;
  maxInvestment: string;
  overdue: boolean;
  sort: ProjectSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

export type ProjectPage = { items: ProjectSummary[]; total: number; page: number; pageSize: number };

export type SigningInput = {
  signingType: SigningType;
  contractedInvestment: string;
  fundsOutOfProvince?: string | null;
  fundsInProvince?: string | null;
  fundsLocal?: string | null;
  /** US dollars. */
  fundsForeignUsd?: string | null;
  contractFileId?: string | null;
  registerBy?: string | null;
  startBy?: string | null;
  produceBy?: string | null;
};

export type TransitionInput = {
  to: Stage;
  date: string;
  note?: string;
  reason?: string;
  evidenceFileIds: string[];
  version: number;
  signing?: SigningInput;
};
