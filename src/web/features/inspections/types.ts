import type { Criterion } from '../../../domain/evaluation/inspection';

export type { Criterion };

export type InspectionStatus = 'open' | 'closed';

/** A line of `GET /api/inspections`. */
export type InspectionSummary = {
  id: string;
  name: string;
  period: string;
  groupId: string;
  status: InspectionStatus;
  sites: number;
  judges: number;
  /** Sites scored by every judge. */
  complete: number;
  isJudge: boolean;
  /** Sites the caller has scored. */
  mine: number;
};

/** One judge's marks for a site (the city sees every judge's). */
export type JudgeMarks = { judgeId: string; total: string; marks: Record<string, string> };

/** A site (观摩点位): a project, its county, how many judges scored it and its score. */
export type InspectionSite = {
  id: string;
  projectId: string;
  code: string;
  name: string;
  unitId: string;
  unitName: string;
  judged: number;
  /** The site's score (hundredths text), null until a judge scored it. */
  score: string | null;
  /** True when one highest and one lowest total were dropped. */
  dropped: boolean;
  /** The caller's own marks (a judge), null when not scored by them. */
  myMarks: Record<string, string> | null;
  marks: JudgeMarks[];
};

export type UnitScore = { unitId: string; unitName: string; score: string | null; sites: number };

/** `GET /api/inspections/:id`: the sheet, judges, sites and (for the city) county scores. */
export type InspectionView = {
  id: string;
  name: string;
  period: string;
  groupId: string;
  sheet: Criterion[];
  dropExtremes: boolean;
  status: InspectionStatus;
  judges: { id: string; displayName: string }[];
  isJudge: boolean;
  sites: InspectionSite[];
  units: UnitScore[];
};

export type InspectionCreate = {
  name: string;
  period: string;
  groupId: string;
  sheet: Criterion[];
  dropExtremes: boolean;
  judgeIds: string[];
  projectIds: string[];
};
