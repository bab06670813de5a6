import type { Method, MetricKey } from '../../../domain/evaluation/method';
import type { Fallback } from '../../../domain/evaluation/score';
import type { RankingGroupKind } from '../../../domain/org/roles';

export type { Fallback, Method, MetricKey };

/** A version of an evaluation method (考评办法) as the API answers it. */
export type MethodView = {
  id: string;
  family: string;
  version: number;
  status: 'draft' | 'published';
  validFrom: string;
  groupIds: string[];
  body: Method;
  publishedAt: string | null;
};

export type MethodCreate = { family: string; validFrom: string; groupIds: string[]; body: Method };

export type TargetRow = { unitId: string; indicatorKey: string; value: string };

export type RankingGroup = { id: string; name: string; kind: RankingGroupKind; memberIds: string[] };

export type IndicatorLine = {
  key: string;
  name: string;
  metric: string;
  basis: string;
  raw: string;
  rawExact: string;
  lastYear: string | null;
  target: string | null;
  share: string;
  points: string;
  maxPoints: string;
  fallback: Fallback | null;
  evidenceCount: number;
};

export type RuleLine = {
  key: string;
  name: string;
  kind: 'bonus' | 'deduction';
  count: number;
  each: string;
  cap: string | null;
  points: string;
  capped: boolean;
  evidenceCount: number;
};

export type Outcome = 'commended' | 'pledge';

export type UnitLine = {
  unitId: string;
  unitName: string;
  total: string;
  rank: number;
  rankChange: number | null;
  outcome: Outcome | null;
  indicators: IndicatorLine[];
  rules: RuleLine[];
};

export type MethodRef = { id: string; family: string; version: number; name: string; totalPoints: string };

export type ResultView = {
  id: string;
  period: string;
  groupId: string;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  reason: string | null;
  computedAt: string;
  publishedAt: string | null;
  payload: {
    method: MethodRef;
    period: string;
    from: string;
    to: string;
    elapsedShare: string;
    asOf: string;
    previousPeriod: string;
    /** Units the method's exclusion rules leave out: listed, not ranked. */
    excludedUnits?: { unitId: string; unitName: string }[];
    units: UnitLine[];
  };
};

export type EvidenceRecord = {
  id: string;
  kind: 'project' | 'item' | 'report' | 'missing_report';
  label: string;
  link: string;
};

export type ExplainView = {
  result: { id: string; period: string; groupId: string; status: string; version: number };
  method: MethodRef;
  line: Omit<UnitLine, 'indicators' | 'rules'> & {
    indicators: (IndicatorLine & { records: EvidenceRecord[] })[];
    rules: (RuleLine & { records: EvidenceRecord[] })[];
  };
  unitsInGroup: number;
};
