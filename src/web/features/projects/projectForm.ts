import dayjs, { type Dayjs } from 'dayjs';
import type { LandSituation } from '../../../domain/lifecycle/stages';
import { wanToYuan, yuanToWan } from '../../../domain/money/money';
import type { FieldMap } from '../../lib/errors';
import { DATE_FORMAT } from '../../lib/format';
import type { OriginRegion } from '../../../domain/investors/fields';
import type { Brings, IndustryCategory, PromotionMethod } from '../../../domain/projects/fields';
import type { LeadSource } from '../../../domain/projects/lead';
import type { Project, ProjectInput } from './types';

/** What the project form holds: money as typed 万元 text, dates as dayjs. */
export type ProjectFormValues = {
  name: string;
  regionId: string;
  industryCategory: IndustryCategory;
  strategicEmerging: boolean;
  industry: string;
  investorName: string;
  investorCreditCode?: string;
  investorId?: string | null;
  leadSource?: LeadSource | null;
  ownerId?: string | null;
  originRegion?: OriginRegion | null;
  foreignCapital?: boolean;
  realEstate?: boolean;
  fiscallyFunded?: boolean;
  totalInvestmentWan: string;
  contractedInvestmentWan?: string;
  promotionMethods: PromotionMethod[];
  brings: Brings[];
  landSituation: LandSituation;
  introducedBy?: string;
  description?: string;
  registerBy?: Dayjs | null;
  startBy?: Dayjs | null;
  produceBy?: Dayjs | null;
};

/** API field paths → form field names, for server-side validation errors. */
export const PROJECT_FIELD_MAP: FieldMap = {
  totalInvestment: ['totalInvestmentWan'],
  contractedInvestment: ['contractedInvestmentWan'],
};

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
const date = (v: Dayjs | null | undefined) => (v ? v.format(DATE_FORMAT) : null);
const wan = (v: string | undefined) => (v && v.trim() ? wanToYuan(v) : null);

export function toProjectInput(v: ProjectFormValues): ProjectInput {
  return {
    name: v.name.trim(),
    regionId: v.regionId,
    industryCategory: v.industryCategory,
    strategicEmerging: Boolean(v.strategicEmerging),
    industry: v.industry.trim(),
    investorName: v.investorName.trim(),
    investorCreditCode: text(v.investorCreditCode),
    investorId: v.investorId ?? null,
    leadSource: v.leadSource ?? null,
    ownerId: v.ownerId ?? null,
    originRegion: v.originRegion ?? null,
    foreignCapital: Boolean(v.foreignCapital),
    realEstate: Boolean(v.realEstate),
    fiscallyFunded: Boolean(v.fiscallyFunded),
    totalInvestment: wanToYuan(v.totalInvestmentWan) ?? '0',
    contractedInvestment: wan(v.contractedInvestmentWan),
    promotionMethods: v.promotionMethods ?? [],
    brings: v.brings ?? [],
    landSituation: v.landSituation,
    introducedBy: text(v.introducedBy),
    description: text(v.description),
    registerBy: date(v.registerBy),
    startBy: date(v.startBy),
    produceBy: date(v.produceBy),
  };
}

export function toFormValues(p: Project): ProjectFormValues {
  const day = (v: string | null) => (v ? dayjs(v) : null);
  return {
    name: p.name,
    regionId: p.regionId,
    industryCategory: p.industryCategory,
    strategicEmerging: p.strategicEmerging,
    industry: p.industry,
    investorName: p.investorName,
    investorCreditCode: p.investorCreditCode ?? '',
    investorId: p.investorId,
    leadSource: p.leadSource,
    ownerId: p.ownerId,
    originRegion: p.originRegion,
    foreignCapital: p.foreignCapital,
    realEstate: p.realEstate,
    fiscallyFunded: p.fiscallyFunded,
    totalInvestmentWan: yuanToWan(p.totalInvestment),
    contractedInvestmentWan: p.contractedInvestment ? yuanToWan(p.contractedInvestment) : '',
    promotionMethods: p.promotionMethods,
    brings: p.brings,
    landSituation: p.landSituation,
    introducedBy: p.introducedBy ?? '',
    description: p.description ?? '',
    registerBy: day(p.registerBy),
    startBy: day(p.startBy),
    produceBy: day(p.produceBy),
  };
}

export function emptyFormValues(regionId: string): Partial<ProjectFormValues> {
  return {
    regionId: regionId || undefined,
    industryCategory: 'industrial',
    strategicEmerging: false,
    promotionMethods: [],
    brings: ['capital'],
    landSituation: 'new_land',
    investorId: null,
    leadSource: null,
    originRegion: null,
    foreignCapital: false,
    realEstate: false,
    fiscallyFunded: false,
  };
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...a].sort().join() === [...b].sort().join()
    : a === b;

/** The fields of `next` that differ from the saved project (money compared exactly as 万元 text). */
export function changedFields(saved: Project, next: ProjectInput): Partial<ProjectInput> {
  const before = toProjectInput(toFormValues(saved));
  const changes: Partial<Record<keyof ProjectInput, unknown>> = {};
  for (const key of Object.keys(next) as (keyof ProjectInput)[]) {
    if (!same(before[key], next[key])) changes[key] = next[key];
  }
  return changes as Partial<ProjectInput>;
}
