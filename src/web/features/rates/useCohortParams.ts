import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { RATE_KEYS, type RateKey } from '../../../domain/delivery/rates';
import { useRegion } from '../org/regionContext';
import type { CohortQuery, DrillSide } from './types';

export const PRESETS = ['year', 'half', 'quarter', 'month', 'all', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** The named periods of "this year / half / quarter / month" as the API spells them. */
export function presetNames(today = dayjs()): Record<Exclude<Preset, 'custom'>, string> {
  const y = today.year();
  const m = today.month() + 1;
  return {
    year: `${y}`,
    half: `${y}-H${m <= 6 ? 1 : 2}`,
    quarter: `${y}-Q${Math.ceil(m / 3)}`,
    month: `${y}-${String(m).padStart(2, '0')}`,
    all: 'all',
  };
}

/** Where a drill-down was opened: the cohort of the cards, the table's total, or one region's row. */
export const DRILL_TOTAL = 'total';

export type DrillState = { rate: RateKey; side: DrillSide; at: string; page: number };

const DRILL_KEYS = ['drill', 'side', 'at', 'dpage'];
const isRate = (v: string | null): v is RateKey => (RATE_KEYS as readonly string[]).includes(v ?? '');

/**
 * The cohort and the open drill-down live in the URL (next to the header's `region`), so a link
 * to a figure's projects can be shared. Cards follow the region or group; the comparison table
 * follows the group only and highlights the region.
 */
export function useCohortParams() {
  const [params, setParams] = useSearchParams();
  const { regionId, switchable, setRegionId } = useRegion();
  const [pendingGroup, setPendingGroup] = useState<string | null>(null);
  const names = useMemo(() => presetNames(), []);

  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const cohortParam = params.get('cohort') ?? '';
  const cohort = from || to ? '' : cohortParam || names.year;
  const preset: Preset =
    from || to
      ? 'custom'
      : ((Object.entries(names).find(([, n]) => n === cohort)?.[0] as Preset | undefined) ?? 'custom');
  const group = switchable && !regionId ? (params.get('group') ?? '') : '';
  const industry = params.get('industry') ?? '';
  const type = params.get('type') ?? '';
  const asOf = params.get('asOf') ?? '';

  const base = useMemo<CohortQuery>(
    () => ({
      cohort: cohort || undefined,
      signedFrom: from || undefined,
      signedTo: to || undefined,
      industryCategory: industry || undefined,
      signingType: type || undefined,
      asOf: asOf || undefined,
    }),
    [cohort, from, to, industry, type, asOf],
  );
  const summaryQuery = useMemo<CohortQuery>(
    () => ({ ...base, region: regionId || undefined, group: regionId ? undefined : group || undefined }),
    [base, regionId, group],
  );
  const tableQuery = useMemo<CohortQuery>(() => ({ ...base, group: group || undefined }), [base, group]);

  const drillRate = params.get('drill');
  const drill: DrillState | null = isRate(drillRate)
    ? {
        rate: drillRate,
        side: params.get('side') === 'denominator' ? 'denominator' : 'numerator',
        at: params.get('at') ?? '',
        page: Math.max(1, Number(params.get('dpage')) || 1),
      }
    : null;
  const drillQuery = useMemo<CohortQuery>(() => {
    if (!drill?.at) return summaryQuery;
    if (drill.at === DRILL_TOTAL) return tableQuery;
    return { ...base, region: drill.at };
  }, [drill?.at, summaryQuery, tableQuery, base]);

  const update = useCallback(
    (values: Record<string, string>, keepDrill = false) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(values)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!keepDrill) DRILL_KEYS.forEach((k) => next.delete(k));
        return next;
      }),
    [setParams],
  );

  // Choosing a group clears the header region first (it is remembered there), then sets the group.
  useEffect(() => {
    if (pendingGroup === null || regionId) return;
    update({ group: pendingGroup });
    setPendingGroup(null);
  }, [pendingGroup, regionId, update]);

  const setPreset = (p: Preset, current?: { signedFrom: string; signedTo: string }) => {
    if (p === 'custom') update({ cohort: '', from: current?.signedFrom ?? '', to: current?.signedTo ?? '' });
    else update({ cohort: names[p], from: '', to: '' });
  };
  const setRange = (f: string, t: string) => update({ cohort: '', from: f, to: t });
  const setFilters = (v: { industry?: string; type?: string; asOf?: string }) =>
    update(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x ?? ''])));
  /** '' = the whole city (or the officer's county), `group:<id>` = a ranking group, else a region. */
  const setScope = (value: string) => {
    const nextGroup = value.startsWith('group:') ? value.slice(6) : '';
    if (nextGroup || !value) {
      if (regionId) {
        setPendingGroup(nextGroup);
        setRegionId('');
      } else update({ group: nextGroup });
      return;
    }
    update({ region: value, group: '' });
  };
  const scope = regionId || (group ? `group:${group}` : '');

  // The period is pinned in the link, so that a shared drill-down shows the same projects later.
  const openDrill = (rate: RateKey, side: DrillSide, at = '') =>
    update({ drill: rate, side, at, dpage: '', ...(from || to ? {} : { cohort }) }, true);
  const setDrillSide = (side: DrillSide) => update({ side, dpage: '' }, true);
  const setDrillPage = (page: number) => update({ dpage: page > 1 ? String(page) : '' }, true);
  const closeDrill = () => update({});
  const reset = () => update({ cohort: '', from: '', to: '', group: '', industry: '', type: '', asOf: '' });

  return {
    values: { preset, cohort, from, to, group, industry, type, asOf, regionId, scope, switchable },
    summaryQuery,
    tableQuery,
    drill,
    drillQuery,
    setPreset,
    setRange,
    setFilters,
    setScope,
    openDrill,
    setDrillSide,
    setDrillPage,
    closeDrill,
    reset,
  };
}

export type CohortParams = ReturnType<typeof useCohortParams>;
