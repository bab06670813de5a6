import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Department, Region } from './types';

export function useRegions() {
  return useQuery({
    queryKey: ['org', 'regions'],
    queryFn: ({ signal }) => api.get<{ items: Region[] }>('/api/regions', signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}

/** County-level units and zones (not the city itself), for region pickers. */
export function useRegionOptions() {
  const { data = [], isLoading } = useRegions();
  return { regions: data.filter((r) => r.kind !== 'city'), isLoading, all: data };
}

export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: ['org', 'departments'],
    queryFn: ({ signal }) => api.get<{ items: Department[] }>('/api/departments', signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
    enabled,
  });
}
