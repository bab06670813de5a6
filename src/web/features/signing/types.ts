import type { SigningType, Stage } from '../../../domain/lifecycle/stages';
import type { AgendaStatus, SigningEventKind, SigningEventStatus } from '../../../domain/signing/events';

export type SubVenue = { regionId: string; venue: string };
export type AgendaReport = { title: string; presenter: string; unit?: string | null };
export type PledgeSpeaker = { unitName: string; speaker: string };

/** A signing event in a list; `virtual` ones are scheduled monthly occurrences nobody has prepared. */
export type EventSummary = {
  id: string | null;
  kind: SigningEventKind;
  title: string;
  month: string | null;
  heldOn: string;
  scheduledOn: string | null;
  status: SigningEventStatus;
  virtual: boolean;
  agendaCount: number;
  signedCount: number;
  signedTotalInvestment: string;
};

export type AgendaItem = {
  projectId: string;
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  investorName: string;
  stage: Stage;
  totalInvestment: string;
  status: AgendaStatus;
  signingType: SigningType;
  contractedInvestment: string;
  fundsOutOfProvince: string | null;
  fundsInProvince: string | null;
  fundsLocal: string | null;
  fundsForeignUsd: string | null;
  registerBy: string | null;
  startBy: string | null;
  produceBy: string | null;
  venueRegionId: string | null;
  sortOrder: number;
};

export type EventDetail = EventSummary & {
  id: string;
  mainVenue: string | null;
  subVenues: SubVenue[];
  reports: AgendaReport[];
  pledgeSpeakers: PledgeSpeaker[];
  notes: string | null;
  version: number;
  agenda: AgendaItem[];
};

export type EventArrangement = {
  title?: string;
  heldOn?: string;
  mainVenue: string | null;
  subVenues: SubVenue[];
  reports: AgendaReport[];
  pledgeSpeakers: PledgeSpeaker[];
  notes: string | null;
};

export type EventCreate = EventArrangement & { kind: SigningEventKind; month?: string };
export type EventPatch = Partial<EventArrangement> & { version: number; status?: 'planned' | 'cancelled' };

export type AgendaInput = {
  projectId: string;
  signingType: SigningType;
  contractedInvestment: string;
  fundsOutOfProvince: string | null;
  fundsInProvince: string | null;
  fundsLocal: string | null;
  fundsForeignUsd: string | null;
  registerBy: string | null;
  startBy: string | null;
  produceBy: string | null;
  venueRegionId: string | null;
};

export type Bucket = { count: number; totalInvestment: string; contractedInvestment: string };

export type SigningStatistics = {
  all: Bucket;
  bySizeBand: { minYi: number; bucket: Bucket }[];
  byOrigin: Record<string, Bucket>;
  byIndustry: Record<string, Bucket>;
  domestic: Bucket;
  foreign: Bucket;
  bySigningType: Record<string, Bucket>;
};

export type ReportProject = {
  id: string;
  code: string;
  name: string;
  regionName: string;
  investorName: string;
  industry: string;
  industryCategory: string;
  totalInvestment: string;
  contractedInvestment: string | null;
  signingType: string | null;
};

export type ExcludedProject = {
  id: string;
  code: string;
  name: string;
  regionName: string;
  totalInvestment: string;
  rules: string[];
};

export type EventReport = {
  eventId: string;
  title: string;
  heldOn: string;
  headline: string;
  release: string;
  statistics: SigningStatistics;
  allStatistics: { all: Bucket };
  excludedCount: number;
  excluded: ExcludedProject[];
  byRegion: { regionId: string; regionName: string; count: number; totalInvestment: string }[];
  projects: ReportProject[];
};

/** One project that the one-action signing refused (all are listed; nothing was signed). */
export type SignProblem = {
  projectId?: string;
  projectCode: string;
  name: string;
  stage: Stage;
  reason: string;
  denial?: { previous?: string; date?: string; expected?: Stage | null };
};
