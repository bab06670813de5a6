import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useRegion } from '../org/regionContext';
import { DEFAULT_INDICATOR, isIndicator, type Indicator } from './indicators';

/**
 * The cockpit's choices live in the URL: the header's `region` (a county dashboard; a county officer
 * is always on their own), the `year` (this year when absent) and the map's indicator (`map`).
 */
export function useCockpitParams() {
  const { regionId, switchable, setRegionId } = useRegion();
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : null;
  const mapParam = params.get('map');
  const indicator: Indicator = isIndicator(mapParam) ? mapParam : DEFAULT_INDICATOR;

  const set = useCallback(
    (key: string, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    /** The region asked of the server: the city's choice; an officer's county is implied. */
    region: switchable ? regionId : '',
    regionId,
    switchable,
    year,
    indicator,
    /** A county's dashboard (the city's roles only); '' = the whole city. */
    openRegion: (id: string) => {
      if (switchable) setRegionId(id);
    },
    setYear: (y: number | null) => set('year', y === null ? '' : String(y)),
    setIndicator: (i: Indicator) => set('map', i === DEFAULT_INDICATOR ? '' : i),
  };
}

export type CockpitParams = ReturnType<typeof useCockpitParams>;
