import type { Outcome } from '../evaluation/types';

export type AwardKind = 'reward' | 'penalty';

/** A reward or penalty recorded for a unit (年终奖惩), as the API answers it. */
export type Award = {
  id: string;
  year: number;
  groupId: string;
  unitId: string;
  kind: AwardKind;
  title: string;
  /** 元, exact ("500000.00"), or null when no money goes with it. */
  amount: string | null;
  basisResultId: string | null;
  basisRank: number | null;
  basisOutcome: string | null;
  documentNo: string | null;
  decidedOn: string;
  note: string | null;
  createdAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
};

/** A unit's line of a published ranking. */
export type YearLine = { total: string; rank: number; outcome: Outcome | null } | null;

export type YearUnit = {
  unitId: string;
  unitName: string;
  periods: { period: string; line: YearLine }[];
  inspections: { id: string; score: string | null }[];
  annual: YearLine;
  awards: Award[];
};

/** An award the annual outcomes call for that is not recorded yet. */
export type Proposal = {
  unitId: string;
  unitName: string;
  kind: AwardKind;
  rank: number;
  outcome: Outcome;
};

/** GET /api/evaluations/year-end: a group's year at a glance. */
export type YearEndOverview = {
  year: number;
  group: { id: string; name: string };
  periods: { period: string; resultId: string; version: number }[];
  inspections: { id: string; name: string; period: string }[];
  annual: { resultId: string; version: number; publishedAt: string | null; methodName: string } | null;
  units: YearUnit[];
  proposals: Proposal[];
};

export type AwardCreate = {
  year: number;
  groupId: string;
  unitId: string;
  kind: AwardKind;
  title: string;
  amount: string | null;
  basisResultId: string | null;
  documentNo: string | null;
  decidedOn: string;
  note: string | null;
};

export type AwardsFromResult = {
  resultId: string;
  reward: { title: string; amount: string | null } | null;
  penalty: { title: string; amount: string | null } | null;
  documentNo: string | null;
  decidedOn: string;
};

export type FromResultAnswer = {
  created: Award[];
  skipped: { unitId: string; kind: AwardKind }[];
};
