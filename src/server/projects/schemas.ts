import { z } from 'zod';
import { pageOf } from '../http/schemas';
import { MILESTONES } from '../../domain/delivery/milestones';
import { LIMITS } from '../../domain/limits';
import { LAND_SITUATIONS, SIGNING_TYPES, STAGES } from '../../domain/lifecycle/stages';
import { REQUIREMENTS } from '../../domain/lifecycle/transitions';
import {
  creditCodeProblem,
  describeCreditCodeProblem,
  normaliseCreditCode,
} from '../../domain/investors/credit-code';
import { ORIGIN_REGIONS } from '../../domain/investors/fields';
import { isYuan } from '../../domain/money/money';
import { LEAD_SOURCES } from '../../domain/projects/lead';
import { BRINGS, INDUSTRY_CATEGORIES, PROMOTION_METHODS } from '../../domain/projects/fields';

export const Yuan = z
  .string()
  .refine(isYuan, 'must be an amount in yuan: digits with at most two decimals, e.g. "250000000" or "12.50"');
export const IsoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** 统一社会信用代码, normalised and checked (GB 32100-2015); a wrong one names the expected check character. */
export const CreditCode = z
  .string()
  .max(40)
  .transform(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem)
      ctx.addIssue({ code: 'custom', message: describeCreditCodeProblem(problem), params: problem });
  });

const ProjectFields = {
  name: requiredText(LIMITS.name),
  regionId: requiredText(20),
  industryCategory: z.enum(INDUSTRY_CATEGORIES),
  strategicEmerging: z.boolean().default(false),
  industry: requiredText(LIMITS.shortText),
  investorName: requiredText(LIMITS.name),
  investorCreditCode: CreditCode.nullable().optional(),
  /** A registry investor: when given, its name, code, origin and capital type are copied onto the project. */
  investorId: z.uuid().nullable().optional(),
  originRegion: z.enum(ORIGIN_REGIONS).nullable().optional(),
  foreignCapital: z.boolean().optional(),
  leadSource: z.enum(LEAD_SOURCES).nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  /** Counting rules leave these out of headline figures (DESIGN §3). */
  realEstate: z.boolean().default(false),
  fiscallyFunded: z.boolean().default(false),
  totalInvestment: Yuan,
  contractedInvestment: Yuan.nullable().optional(),
  promotionMethods: z.array(z.enum(PROMOTION_METHODS)).max(PROMOTION_METHODS.length).default([]),
  brings: z.array(z.enum(BRINGS)).max(BRINGS.length).default([]),
  landSituation: z.enum(LAND_SITUATIONS),
  introducedBy: text(LIMITS.shortText).nullable().optional(),
  description: text(LIMITS.description).nullable().optional(),
  registerBy: IsoDate.nullable().optional(),
  startBy: IsoDate.nullable().optional(),
  produceBy: IsoDate.nullable().optional(),
};

export const ProjectCreate = z.strictObject(ProjectFields);
export type ProjectCreate = z.infer<typeof ProjectCreate>;

export const ProjectPatch = z.strictObject({
  version: z.number().int().min(1),
  name: ProjectFields.name.optional(),
  regionId: ProjectFields.regionId.optional(),
  industryCategory: ProjectFields.industryCategory.optional(),
  strategicEmerging: z.boolean().optional(),
  industry: ProjectFields.industry.optional(),
  investorName: ProjectFields.investorName.optional(),
  investorId: ProjectFields.investorId,
  originRegion: ProjectFields.originRegion,
  foreignCapital: z.boolean().optional(),
  leadSource: ProjectFields.leadSource,
  ownerId: ProjectFields.ownerId,
  realEstate: z.boolean().optional(),
  fiscallyFunded: z.boolean().optional(),
  investorCreditCode: ProjectFields.investorCreditCode,
  totalInvestment: Yuan.optional(),
  contractedInvestment: ProjectFields.contractedInvestment,
  promotionMethods: z.array(z.enum(PROMOTION_METHODS)).max(PROMOTION_METHODS.length).optional(),
  brings: z.array(z.enum(BRINGS)).max(BRINGS.length).optional(),
  landSituation: ProjectFields.landSituation.optional(),
  introducedBy: ProjectFields.introducedBy,
  description: ProjectFields.description,
  signingType: z.enum(SIGNING_TYPES).nullable().optional(),
  registerBy: ProjectFields.registerBy,
  startBy: ProjectFields.startBy,
  produceBy: ProjectFields.produceBy,
});
export type ProjectPatch = z.infer<typeof ProjectPatch>;

export const UsdAmount = z
  .string()
  .refine(isYuan, 'must be an amount in US dollars: digits with at most two decimals');

export const SigningInput = z.strictObject({
  signingType: z.enum(SIGNING_TYPES),
  contractedInvestment: Yuan,
  fundsOutOfProvince: Yuan.nullable().optional(),
  fundsInProvince: Yuan.nullable().optional(),
  fundsLocal: Yuan.nullable().optional(),
  fundsForeignUsd: UsdAmount.nullable().optional(),
  /** An uploaded file of this project: the contract scan. */
  contractFileId: z.uuid().nullable().optional(),
  registerBy: IsoDate.nullable().optional(),
  startBy: IsoDate.nullable().optional(),
  produceBy: IsoDate.nullable().optional(),
});

export const TransitionInput = z.strictObject({
  to: z.enum(STAGES),
  date: IsoDate,
  version: z.number().int().min(1),
  note: text(LIMITS.note).nullable().optional(),
  reason: text(LIMITS.note).nullable().optional(),
  evidenceFileIds: z.array(z.uuid()).max(LIMITS.evidencePerTransition).default([]),
  signing: SigningInput.optional(),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

const stageFilter = z
  .string()
  .max(200)
  .transform((v, c) => {
    const list = v.split(',').filter(Boolean);
    for (const s of list) {
      if (!(STAGES as readonly string[]).includes(s)) {
        c.addIssue({ code: 'custom', message: `unknown stage "${s}"` });
        return z.NEVER;
      }
    }
    return list as (typeof STAGES)[number][];
  });

export const ProjectListQuery = z.strictObject({
  region: z.string().max(20).optional(),
  stage: stageFilter.optional(),
  industryCategory: z.enum(INDUSTRY_CATEGORIES).optional(),
  minInvestment: Yuan.optional(),
  maxInvestment: Yuan.optional(),
  q: z.string().trim().max(LIMITS.search).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(['updatedAt', 'totalInvestment', 'signedOn', 'code']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

export const ProjectSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  stage: z.enum(STAGES),
  industryCategory: z.enum(INDUSTRY_CATEGORIES),
  strategicEmerging: z.boolean(),
  industry: z.string(),
  investorName: z.string(),
  totalInvestment: z.string(),
  contractedInvestment: z.string().nullable(),
  signingType: z.enum(SIGNING_TYPES).nullable(),
  signedOn: z.string().nullable(),
  startBy: z.string().nullable(),
  overdueStart: z.boolean(),
  /** Milestones past their plan without an actual date (逾期未注册/未开工/未投产 …). */
  overdueMilestones: z.array(z.enum(MILESTONES)).default([]),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const EvidenceFile = z.object({ id: z.uuid(), name: z.string(), mime: z.string(), size: z.number() });

export const TransitionView = z.object({
  id: z.uuid(),
  fromStage: z.enum(STAGES),
  toStage: z.enum(STAGES),
  occurredOn: z.string(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  skipReason: z.string().nullable(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }),
  evidence: z.array(EvidenceFile),
  createdAt: z.string(),
});

export const ProjectDetail = ProjectSummary.extend({
  investorCreditCode: z.string().nullable(),
  investorId: z.uuid().nullable(),
  originRegion: z.enum(ORIGIN_REGIONS).nullable(),
  foreignCapital: z.boolean(),
  leadSource: z.enum(LEAD_SOURCES).nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  fundsOutOfProvince: z.string().nullable(),
  fundsInProvince: z.string().nullable(),
  fundsLocal: z.string().nullable(),
  fundsForeignUsd: z.string().nullable(),
  contractFileId: z.uuid().nullable(),
  realEstate: z.boolean(),
  fiscallyFunded: z.boolean(),
  mergedIntoId: z.uuid().nullable(),
  /** Open duplicate-claim candidates naming this project as the later claim (details: city roles). */
  openDuplicates: z.number().int(),
  promotionMethods: z.array(z.enum(PROMOTION_METHODS)),
  brings: z.array(z.enum(BRINGS)),
  landSituation: z.enum(LAND_SITUATIONS),
  introducedBy: z.string().nullable(),
  description: z.string().nullable(),
  registerBy: z.string().nullable(),
  produceBy: z.string().nullable(),
  stageBeforeStall: z.enum(STAGES).nullable(),
  terminatedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  transitions: z.array(TransitionView),
  allowedTransitions: z.array(
    z.object({ to: z.enum(STAGES), requires: z.array(z.enum(REQUIREMENTS)), skips: z.string().nullable() }),
  ),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

export const ProjectListResponse = pageOf(ProjectSummary);
