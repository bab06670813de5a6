import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { Award, AwardCreate, AwardsFromResult, FromResultAnswer, YearEndOverview } from './types';

const ROOT = ['evaluation', 'year-end'] as const;

/** A group's year: ranks through the year, inspection scores, the annual line, awards, proposals. */
export function useYearEnd(year: number, group: string) {
  return useQuery({
    queryKey: [...ROOT, year, group],
    queryFn: ({ signal }) =>
      api.get<YearEndOverview>(`/api/evaluations/year-end${queryString({ year, group })}`, signal),
    enabled: group !== '',
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ROOT });
}

export function useCreateAward() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: AwardCreate) => api.post<Award>('/api/evaluations/awards', input),
    onSuccess: refresh,
  });
}

export function useAwardsFromResult() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: AwardsFromResult) =>
      api.post<FromResultAnswer>('/api/evaluations/awards/from-result', input),
    onSuccess: refresh,
  });
}

export function useRevokeAward() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<Award>(`/api/evaluations/awards/${encodeURIComponent(id)}/revoke`, { reason }),
    onSuccess: refresh,
  });
}
