import type { Milestone } from '../../../domain/delivery/milestones';
import type { Role } from '../../../domain/org/roles';
import type { EvidenceFile } from '../projects/types';

/** Plan versus actual of one milestone (GET /api/projects/:id/milestones). */
export type MilestoneView = {
  milestone: Milestone;
  contractOn: string | null;
  plannedOn: string | null;
  planReason: string | null;
  actualOn: string | null;
  skipped: boolean;
  skipReason: string | null;
  overdue: boolean;
  daysLate: number;
  evidence: EvidenceFile[];
  note: string | null;
};

export type PlanChange = {
  id: string;
  milestone: Milestone;
  fromOn: string | null;
  toOn: string;
  reason: string;
  actorName: string;
  createdAt: string;
};

export type MilestonesResponse = {
  signedOn: string | null;
  milestones: MilestoneView[];
  planChanges: PlanChange[];
};

export type PlanInput = { plannedOn: string; reason: string };

export type MonthStatus = 'future' | 'open' | 'late' | 'locked';

export type MonthStatusView = {
  month: string;
  status: MonthStatus;
  dueOn: string;
  closesOn: string;
  filed: boolean;
};

/** One monthly report (月报); amounts in 元 (RMB) or US$, exact decimal strings. */
export type ReportView = {
  id: string;
  projectId: string;
  month: string;
  fundsOutOfProvince: string;
  fundsInProvince: string;
  fundsLocal: string;
  fundsForeignUsd: string;
  fundsDomestic: string;
  cumulativeDomestic: string;
  cumulativeForeignUsd: string;
  workDone: string;
  problems: string | null;
  photos: EvidenceFile[];
  filedBy: string;
  filedAt: string;
  late: boolean;
  correctedAt: string | null;
  correctionReason: string | null;
  version: number;
};

export type ReportsResponse = {
  /** Newest first. */
  reports: ReportView[];
  /** Newest first: every month from the signing to the current one. */
  months: MonthStatusView[];
  contractedInvestment: string | null;
  totalDomestic: string;
  totalForeignUsd: string;
  statsEnteredOn: string | null;
  aboveScaleOn: string | null;
};

export type ReportInput = {
  fundsOutOfProvince: string;
  fundsInProvince: string;
  fundsLocal: string;
  fundsForeignUsd: string;
  workDone: string;
  problems: string | null;
  photoFileIds: string[];
  confirmLargeFunds: boolean;
  correctionReason?: string | null;
  version?: number;
};

export type FlagsInput = { statsEnteredOn: string | null; aboveScaleOn: string | null; version: number };

export type LeadUnitKind = 'department' | 'region';

export type TeamView = {
  projectId: string;
  leader: { userId: string; displayName: string };
  leadUnit: { kind: LeadUnitKind; id: string; name: string };
  members: { userId: string; displayName: string; duty: string | null }[];
  note: string | null;
  version: number;
};

export type TeamInput = {
  leaderId: string;
  leadUnit: { kind: LeadUnitKind; id: string };
  members: { userId: string; duty: string | null }[];
  note: string | null;
  version?: number;
};

export type Person = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string | null;
  departmentId: string | null;
};

export type HistoryItem = {
  seq: number;
  at: string;
  actorUsername: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  diff: Record<string, unknown>;
};
