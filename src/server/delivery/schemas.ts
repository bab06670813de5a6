import { z } from 'zod';
import { MILESTONES } from '../../domain/delivery/milestones';
import { MONTH_PATTERN } from '../../domain/delivery/report-month';
import { PERFORMING_SIGNS, PROJECT_SETS, RATE_KEYS } from '../../domain/delivery/rates';
import { LIMITS } from '../../domain/limits';
import { ROLES } from '../../domain/org/roles';
import { SIGNING_TYPES, STAGES } from '../../domain/lifecycle/stages';
import { INDUSTRY_CATEGORIES } from '../../domain/projects/fields';
import { pageOf } from '../http/schemas';
import { EvidenceFile, IsoDate, UsdAmount, Yuan } from '../projects/schemas';

export const Month = z.string().regex(MONTH_PATTERN, 'a month like 2026-07');
const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const ProjectParams = z.strictObject({ id: z.uuid() });
export const MilestoneParams = z.strictObject({ id: z.uuid(), milestone: z.enum(MILESTONES) });
export const ReportParams = z.strictObject({ id: z.uuid(), month: Month });

export const MilestoneView = z.object({
  milestone: z.enum(MILESTONES),
  contractOn: IsoDate.nullable(),
  plannedOn: IsoDate.nullable(),
  planReason: z.string().nullable(),
  actualOn: IsoDate.nullable(),
  skipped: z.boolean(),
  skipReason: z.string().nullable(),
  overdue: z.boolean(),
  daysLate: z.number().int(),
  evidence: z.array(EvidenceFile),
  note: z.string().nullable(),
});
export const PlanChangeView = z.object({
  id: z.uuid(),
  milestone: z.enum(MILESTONES),
  fromOn: IsoDate.nullable(),
  toOn: IsoDate,
  reason: z.string(),
  actorName: z.string(),
  createdAt: z.string(),
});
export const MilestonesResponse = z.object({
  signedOn: IsoDate.nullable(),
  milestones: z.array(MilestoneView),
  planChanges: z.array(PlanChangeView),
});

export const PlanInput = z.strictObject({
  plannedOn: IsoDate,
  reason: requiredText(LIMITS.note),
});

export const ReportInput = z.strictObject({
  fundsOutOfProvince: Yuan.default('0'),
  fundsInProvince: Yuan.default('0'),
  fundsLocal: Yuan.default('0'),
  fundsForeignUsd: UsdAmount.default('0'),
  workDone: requiredText(LIMITS.description),
  problems: z.string().trim().max(LIMITS.description).nullish(),
  photoFileIds: z.array(z.uuid()).max(LIMITS.evidencePerTransition).default([]),
  /** Needed when the amounts look implausible (above the monthly bound, or beyond the contracted amount). */
  confirmLargeFunds: z.boolean().default(false),
  /** Required to change a report of a closed month (city administrator only). */
  correctionReason: z.string().trim().max(LIMITS.note).nullish(),
  /** The version read, when changing an existing report. */
  version: z.number().int().positive().optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const ReportView = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  month: Month,
  fundsOutOfProvince: z.string(),
  fundsInProvince: z.string(),
  fundsLocal: z.string(),
  fundsForeignUsd: z.string(),
  /** 元 arrived this month in RMB (省外 + 省内市外 + 本地). */
  fundsDomestic: z.string(),
  /** Derived: RMB arrived up to and including this month; US$ likewise. Never typed. */
  cumulativeDomestic: z.string(),
  cumulativeForeignUsd: z.string(),
  workDone: z.string(),
  problems: z.string().nullable(),
  photos: z.array(EvidenceFile),
  filedBy: z.string(),
  filedAt: z.string(),
  late: z.boolean(),
  correctedAt: z.string().nullable(),
  correctionReason: z.string().nullable(),
  version: z.number().int(),
});
export type ReportView = z.infer<typeof ReportView>;

export const MonthStatusView = z.object({
  month: Month,
  status: z.enum(['future', 'open', 'late', 'locked']),
  dueOn: IsoDate,
  closesOn: IsoDate,
  filed: z.boolean(),
});
export const ReportsResponse = z.object({
  reports: z.array(ReportView),
  /** Every month from the signing to the current one, with its status and whether it was filed. */
  months: z.array(MonthStatusView),
  contractedInvestment: z.string().nullable(),
  totalDomestic: z.string(),
  totalForeignUsd: z.string(),
  statsEnteredOn: IsoDate.nullable(),
  aboveScaleOn: IsoDate.nullable(),
});

export const FlagsInput = z.strictObject({
  statsEnteredOn: IsoDate.nullable(),
  aboveScaleOn: IsoDate.nullable(),
  version: z.number().int().positive(),
});

export const MissingQuery = z.strictObject({
  month: Month.optional(),
  region: z.string().max(20).optional(),
});
export const MissingResponse = z.object({
  month: Month,
  dueOn: IsoDate,
  byRegion: z.array(
    z.object({ regionId: z.string(), regionName: z.string(), required: z.number(), missing: z.number() }),
  ),
  projects: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      regionId: z.string(),
      regionName: z.string(),
      stage: z.enum(STAGES),
      lastReportMonth: Month.nullable(),
    }),
  ),
});

export const TeamMember = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  duty: z.string().nullable(),
});
export const TeamView = z.object({
  projectId: z.uuid(),
  leader: z.object({ userId: z.uuid(), displayName: z.string() }),
  leadUnit: z.object({ kind: z.enum(['department', 'region']), id: z.string(), name: z.string() }),
  members: z.array(TeamMember),
  note: z.string().nullable(),
  version: z.number().int(),
});
export const TeamResponse = z.object({ team: TeamView.nullable() });
export const TeamInput = z.strictObject({
  leaderId: z.uuid(),
  leadUnit: z.strictObject({ kind: z.enum(['department', 'region']), id: z.string().min(1).max(20) }),
  members: z
    .array(z.strictObject({ userId: z.uuid(), duty: z.string().trim().max(LIMITS.shortText).nullish() }))
    .max(50)
    .default([]),
  note: z.string().trim().max(LIMITS.note).nullish(),
  version: z.number().int().positive().optional(),
});
export type TeamInput = z.infer<typeof TeamInput>;

export const CohortQuery = z.strictObject({
  cohort: z.string().max(20).optional(),
  signedFrom: IsoDate.optional(),
  signedTo: IsoDate.optional(),
  region: z.string().max(20).optional(),
  group: z.string().max(40).optional(),
  industryCategory: z.enum(INDUSTRY_CATEGORIES).optional(),
  signingType: z.enum(SIGNING_TYPES).optional(),
  asOf: IsoDate.optional(),
});
export type CohortQuery = z.infer<typeof CohortQuery>;

export const RateDefinitionView = z.object({
  numerator: z.enum(PROJECT_SETS),
  /** For the funding rate: the projects with a contracted amount (their contracted investment). */
  denominator: z.enum([...PROJECT_SETS, 'contracted']),
  performing: z.array(z.enum(PERFORMING_SIGNS)),
  unit: z.enum(['projects', 'yuan']),
  includeForeign: z.boolean(),
  usdToCny: z.string(),
  applyCountingRules: z.boolean(),
});
export const RateView = z.object({
  key: z.enum(RATE_KEYS),
  numeratorCount: z.number().int(),
  denominatorCount: z.number().int(),
  numeratorAmount: z.string().nullable(),
  denominatorAmount: z.string().nullable(),
  percent: z.string().nullable(),
  definition: RateDefinitionView,
});
export const CohortView = z.object({
  signedFrom: IsoDate,
  signedTo: IsoDate,
  asOf: IsoDate,
  region: z.string().nullable(),
  group: z.string().nullable(),
  industryCategory: z.enum(INDUSTRY_CATEGORIES).nullable(),
  signingType: z.enum(SIGNING_TYPES).nullable(),
});
export const RatesResponse = z.object({ cohort: CohortView, rates: z.array(RateView) });
export const RatesByRegionResponse = z.object({
  cohort: CohortView,
  rows: z.array(
    z.object({
      regionId: z.string(),
      regionName: z.string(),
      groupIds: z.array(z.string()),
      rates: z.array(RateView),
    }),
  ),
  total: z.array(RateView),
});

export const DrillQuery = CohortQuery.extend({
  rate: z.enum(RATE_KEYS),
  side: z.enum(['numerator', 'denominator']),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export const DrillProject = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  stage: z.enum(STAGES),
  signedOn: IsoDate,
  signingType: z.enum(SIGNING_TYPES).nullable(),
  registeredOn: IsoDate.nullable(),
  startedOn: IsoDate.nullable(),
  producingOn: IsoDate.nullable(),
  atCapacityOn: IsoDate.nullable(),
  fundsArrived: z.string(),
  contractedInvestment: z.string().nullable(),
});
export const DrillResponse = pageOf(DrillProject).extend({ cohort: CohortView });

export const OverviewQuery = z.strictObject({ region: z.string().max(20).optional() });
export const OverdueItem = z.object({
  projectId: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  stage: z.enum(STAGES),
  milestone: z.enum(MILESTONES),
  plannedOn: IsoDate,
  daysLate: z.number().int(),
});
export const OverviewResponse = z.object({
  today: IsoDate,
  year: z.number().int(),
  regionId: z.string().nullable(),
  signedActive: z.number().int(),
  byStage: z.array(z.object({ stage: z.enum(STAGES), count: z.number().int() })),
  overdue: z.array(OverdueItem),
  missing: MissingResponse,
  funds: z.object({
    contracted: z.string(),
    arrivedThisYear: z.string(),
    arrivedTotal: z.string(),
    percentThisYear: z.string().nullable(),
    byMonth: z.array(z.object({ month: Month, arrived: z.string() })),
  }),
  flags: z.object({ statsEntered: z.number().int(), aboveScale: z.number().int() }),
});

export const MyProjectsResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      regionName: z.string(),
      stage: z.enum(STAGES),
      role: z.enum(['leader', 'member']),
      duty: z.string().nullable(),
      overdue: z.array(z.enum(MILESTONES)),
      lastReportMonth: Month.nullable(),
    }),
  ),
});

export const PeopleResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      regionId: z.string().nullable(),
      departmentId: z.string().nullable(),
    }),
  ),
});

export const HistoryResponse = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actorUsername: z.string().nullable(),
      actorName: z.string().nullable(),
      action: z.string(),
      entityType: z.string(),
      diff: z.record(z.string(), z.unknown()),
    }),
  ),
});
