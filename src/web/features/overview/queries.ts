import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { MissingReports, MyProject, Overview } from './types';

export function useOverview(region: string) {
  return useQuery({
    queryKey: ['overview', region],
    queryFn: ({ signal }) => api.get<Overview>(`/api/delivery/overview${queryString({ region })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMissingReports(month: string, region: string) {
  return useQuery({
    queryKey: ['overview', 'missing', month, region],
    queryFn: ({ signal }) =>
      api.get<MissingReports>(`/api/reports/missing${queryString({ month, region })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMyProjects() {
  return useQuery({
    queryKey: ['overview', 'mine'],
    queryFn: ({ signal }) => api.get<{ items: MyProject[] }>('/api/delivery/mine', signal),
    select: (data) => data.items,
  });
}
