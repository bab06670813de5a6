import type { Milestone } from '../../../domain/delivery/milestones';
import type { Stage } from '../../../domain/lifecycle/stages';

export type OverdueItem = {
  projectId: string;
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  stage: Stage;
  milestone: Milestone;
  plannedOn: string;
  daysLate: number;
};

export type MissingProject = {
  id: string;
  code: string;
  name: string;
  regionId: string;
  regionName: string;
  stage: Stage;
  lastReportMonth: string | null;
};

export type MissingRegion = { regionId: string; regionName: string; required: number; missing: number };

export type MissingReports = {
  month: string;
  dueOn: string;
  byRegion: MissingRegion[];
  projects: MissingProject[];
};

export type Overview = {
  today: string;
  year: number;
  regionId: string | null;
  signedActive: number;
  byStage: { stage: Stage; count: number }[];
  overdue: OverdueItem[];
  missing: MissingReports;
  funds: {
    contracted: string;
    arrivedThisYear: string;
    arrivedTotal: string;
    percentThisYear: string | null;
    byMonth: { month: string; arrived: string }[];
  };
  flags: { statsEntered: number; aboveScale: number };
};

export type MyProject = {
  id: string;
  code: string;
  name: string;
  regionName: string;
  stage: Stage;
  role: 'leader' | 'member';
  duty: string | null;
  overdue: Milestone[];
  lastReportMonth: string | null;
};
