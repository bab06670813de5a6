import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { Cockpit } from './types';

/** The cockpit's figures; the large screen refreshes them every minute. */
export function useCockpit(region: string, year: number | null, refreshMs?: number) {
  return useQuery({
    queryKey: ['cockpit', region, year],
    queryFn: ({ signal }) => api.get<Cockpit>(`/api/cockpit${queryString({ region, year })}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval: refreshMs,
    refetchIntervalInBackground: Boolean(refreshMs),
  });
}
