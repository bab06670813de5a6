import type { RateKey } from '../../../domain/delivery/rates';
import { queryString } from '../../lib/api';

/**
 * Where each figure of the cockpit drills down to, for the region looked at ('' = the whole city,
 * or a county officer's own county, which the pages imply) and the year.
 */
export function cockpitLinks(region: string, year: number) {
  const to = (path: string, params: Record<string, string | number> = {}) =>
    `${path}${queryString({ ...params, region })}`;
  return {
    /** The year's signed cohort: the denominator of the performance rate. */
    signed: to('/rates', { cohort: year, drill: 'performance', side: 'denominator' }),
    rate: (key: RateKey) => to('/rates', { cohort: year, drill: key, side: 'numerator' }),
    rates: to('/rates', { cohort: year }),
    funds: to('/delivery'),
    projects: to('/projects'),
    open: to('/supervision'),
    red: to('/supervision', { colour: 'red' }),
    stats: '/supervision/stats',
    evaluation: '/evaluation',
    atlas: '/atlas',
    chain: (id: string) => `/atlas/${id}`,
  };
}

export type CockpitLinks = ReturnType<typeof cockpitLinks>;
