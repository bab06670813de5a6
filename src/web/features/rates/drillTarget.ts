import type { RatesByRegionResponse, RatesResponse, RateView } from './types';
import { DRILL_TOTAL, type DrillState } from './useCohortParams';

/** The figure a drill-down belongs to (for its counts and definition) and whose it is. */
export function drillTarget(
  drill: DrillState | null,
  summary: RatesResponse | undefined,
  byRegion: RatesByRegionResponse | undefined,
  names: { scopeName: string; totalName: string },
): { rate: RateView | undefined; where: string } {
  if (!drill) return { rate: undefined, where: '' };
  const find = (rates: RateView[] | undefined) => rates?.find((r) => r.key === drill.rate);
  if (!drill.at) return { rate: find(summary?.rates), where: names.scopeName };
  if (drill.at === DRILL_TOTAL) return { rate: find(byRegion?.total), where: names.totalName };
  const row = byRegion?.rows.find((r) => r.regionId === drill.at);
  return { rate: find(row?.rates), where: row?.regionName ?? drill.at };
}
