import type { GapKind } from '../../../domain/atlas/fields';
import type { RegionKind } from '../../../domain/org/roles';
import type { RateView } from '../rates/types';

/** One month of the year: signings, funds arrived and starts (amounts in 元, exact text). */
export type CockpitMonth = {
  month: string;
  signedCount: number;
  signedAmount: string;
  fundsArrived: string;
  starts: number;
};

/** A county-level region's figures for the map and the table. */
export type CockpitRegion = {
  regionId: string;
  regionName: string;
  kind: RegionKind;
  signedCount: number;
  signedAmount: string;
  fundsArrived: string;
  starts: number;
  startRate: string | null;
  performanceRate: string | null;
  openItems: number;
  redItems: number;
};

export type CockpitRanking = {
  resultId: string;
  groupId: string;
  groupName: string;
  period: string;
  version: number;
  publishedAt: string | null;
  unitCount: number;
  units: {
    unitId: string;
    unitName: string;
    total: string;
    rank: number;
    rankChange: number | null;
    outcome: 'commended' | 'pledge' | null;
  }[];
};

export type CockpitChains = {
  chains: number;
  nodes: number;
  covered: number;
  gaps: Record<GapKind, number>;
  closedThisYear: number;
  items: {
    id: string;
    name: string;
    groupName: string | null;
    nodes: number;
    covered: number;
    openGaps: number;
    signedProjects: number;
  }[];
};

/** GET /api/cockpit: the city's (or one county's) year at a glance. */
export type Cockpit = {
  year: number;
  today: string;
  region: { id: string; name: string; kind: RegionKind } | null;
  signings: { count: number; totalInvestment: string; contractedInvestment: string };
  funds: { arrived: string; arrivedForeignUsd: string };
  starts: { count: number };
  rates: RateView[];
  supervision: { open: number; red: number; overdue: number };
  byMonth: CockpitMonth[];
  regions: CockpitRegion[];
  rankings: CockpitRanking[];
  chains: CockpitChains;
};
