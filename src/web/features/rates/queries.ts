import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RateKey } from '../../../domain/delivery/rates';
import { api, queryString } from '../../lib/api';
import type {
  CohortQuery,
  DrillResponse,
  DrillSide,
  RankingGroup,
  RatesByRegionResponse,
  RatesResponse,
} from './types';

export function useRates(query: CohortQuery) {
  return useQuery({
    queryKey: ['rates', 'summary', query],
    queryFn: ({ signal }) => api.get<RatesResponse>(`/api/rates${queryString(query)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRatesByRegion(query: CohortQuery) {
  return useQuery({
    queryKey: ['rates', 'by-region', query],
    queryFn: ({ signal }) =>
      api.get<RatesByRegionResponse>(`/api/rates/by-region${queryString(query)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export type DrillQuery = CohortQuery & { rate: RateKey; side: DrillSide; page: number; pageSize: number };

export function useRateDrill(query: DrillQuery | null) {
  return useQuery({
    queryKey: ['rates', 'drill', query],
    queryFn: ({ signal }) => api.get<DrillResponse>(`/api/rates/drill${queryString(query ?? {})}`, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** Ranking groups of regions (counties, zones); the departments' group does not apply to rates. */
export function useRegionGroups() {
  return useQuery({
    queryKey: ['org', 'ranking-groups'],
    queryFn: ({ signal }) => api.get<{ items: RankingGroup[] }>('/api/ranking-groups', signal),
    select: (data) => data.items.filter((g) => g.kind !== 'departments'),
    staleTime: 10 * 60_000,
  });
}
