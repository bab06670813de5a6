import { z } from 'zod';
import { GAP_KINDS } from '../../domain/atlas/fields';
import { REGION_KINDS } from '../../domain/org/roles';
import { RateView } from '../delivery/schemas';

export const CockpitQuery = z.strictObject({
  /** A county-level region (the city's roles); a county officer's own county is implied. */
  region: z.string().min(1).max(20).optional(),
  /** The year looked at; this year by default, never a later one. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type CockpitQuery = z.infer<typeof CockpitQuery>;

const Yuan = z.string().describe('元, exact decimal');

const MonthLine = z.object({
  month: z.string().describe('YYYY-MM'),
  signedCount: z.number().int(),
  signedAmount: Yuan,
  fundsArrived: Yuan,
  starts: z.number().int(),
});

const RegionLine = z.object({
  regionId: z.string(),
  regionName: z.string(),
  kind: z.enum(REGION_KINDS),
  signedCount: z.number().int(),
  signedAmount: Yuan,
  fundsArrived: Yuan,
  starts: z.number().int(),
  /** 开工率 and 履约率 of the year's cohort (null: nothing to divide). */
  startRate: z.string().nullable(),
  performanceRate: z.string().nullable(),
  /** Supervision items of the region's matters (a county officer: every item they see, as their board). */
  openItems: z.number().int(),
  redItems: z.number().int(),
});

const RankingLine = z.object({
  unitId: z.string(),
  unitName: z.string(),
  total: z.string(),
  rank: z.number().int(),
  rankChange: z.number().int().nullable(),
  outcome: z.enum(['commended', 'pledge']).nullable(),
});

const Ranking = z.object({
  resultId: z.uuid(),
  groupId: z.string(),
  groupName: z.string(),
  period: z.string(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  unitCount: z.number().int(),
  units: z.array(RankingLine),
});

const ChainLine = z.object({
  id: z.uuid(),
  name: z.string(),
  groupName: z.string().nullable(),
  nodes: z.number().int(),
  covered: z.number().int(),
  openGaps: z.number().int(),
  signedProjects: z.number().int(),
});

export const CockpitResponse = z.object({
  year: z.number().int(),
  today: z.iso.date(),
  /** The county looked at; null for the whole city. */
  region: z.object({ id: z.string(), name: z.string(), kind: z.enum(REGION_KINDS) }).nullable(),
  /** Projects signed in the year (the rates' cohort: counting rules as configured), 总投资 and 合同引资额. */
  signings: z.object({ count: z.number().int(), totalInvestment: Yuan, contractedInvestment: Yuan }),
  /** 到位资金 reported for the months of the year (RMB), and the foreign part in US$. */
  funds: z.object({ arrived: Yuan, arrivedForeignUsd: z.string() }),
  /** Projects whose start (开工) fell in the year. */
  starts: z.object({ count: z.number().int() }),
  /** The six rates of the year's cohort. */
  rates: z.array(RateView),
  supervision: z.object({ open: z.number().int(), red: z.number().int(), overdue: z.number().int() }),
  byMonth: z.array(MonthLine),
  /** Every county-level region in the caller's scope (the map and the table). */
  regions: z.array(RegionLine),
  /** The latest published ranking of each group of regions (none published yet: empty). */
  rankings: z.array(Ranking),
  chains: z.object({
    chains: z.number().int(),
    nodes: z.number().int(),
    covered: z.number().int(),
    gaps: z.record(z.enum(GAP_KINDS), z.number().int()),
    closedThisYear: z.number().int(),
    items: z.array(ChainLine),
  }),
});
export type CockpitResponse = z.infer<typeof CockpitResponse>;
