import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, queryString } from '../../lib/api';
import type { ExplainView, MethodCreate, MethodView, RankingGroup, ResultView, TargetRow } from './types';

const METHODS = ['evaluation', 'methods'] as const;
const resultKey = (period: string, group: string, status: 'published' | 'draft') =>
  ['evaluation', 'result', period, group, status] as const;

export function useRankingGroups() {
  return useQuery({
    queryKey: ['org', 'ranking-groups'],
    queryFn: ({ signal }) => api.get<{ items: RankingGroup[] }>('/api/ranking-groups', signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}

export function useMethods(enabled = true) {
  return useQuery({
    queryKey: METHODS,
    queryFn: ({ signal }) => api.get<{ items: MethodView[] }>('/api/evaluations/methods', signal),
    select: (data) => data.items,
    enabled,
  });
}

export function useCreateMethod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodCreate) => api.post<MethodView>('/api/evaluations/methods', input),
    onSuccess: () => client.invalidateQueries({ queryKey: METHODS }),
  });
}

export function usePublishMethod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<MethodView>(`/api/evaluations/methods/${encodeURIComponent(id)}/publish`),
    onSuccess: () => client.invalidateQueries({ queryKey: METHODS }),
  });
}

export function usePutTargets() {
  return useMutation({
    mutationFn: ({ methodId, year, rows }: { methodId: string; year: number; rows: TargetRow[] }) =>
      api.put<undefined>(`/api/evaluations/methods/${encodeURIComponent(methodId)}/targets`, { year, rows }),
  });
}

/** A group's ranking for a period: the published one, or (the city's) draft; null when there is none. */
export function useResult(period: string, group: string, status: 'published' | 'draft', enabled = true) {
  return useQuery({
    queryKey: resultKey(period, group, status),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<ResultView>(
          `/api/evaluations/results${queryString({ period, group, status })}`,
          signal,
        );
      } catch (error) {
        if (isApiError(error, 'NOT_FOUND')) return null;
        // A draft the caller may not see (the city's until published) is none to them.
        if (status === 'draft' && isApiError(error, 'FORBIDDEN')) return null;
        throw error;
      }
    },
    enabled: enabled && period !== '' && group !== '',
  });
}

/** Computes a draft (replacing the period's earlier draft). */
export function useComputeResult() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { period: string; groupId: string; methodId?: string }) =>
      api.post<ResultView>('/api/evaluations/results/compute', input),
    onSuccess: (draft) => {
      client.setQueryData(resultKey(draft.period, draft.groupId, 'draft'), draft);
      void client.invalidateQueries({ queryKey: ['evaluation', 'explain'] });
    },
  });
}

/** Publishes (freezes) a draft; over a published one it is a correction with a reason. */
export function usePublishResult() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api.post<ResultView>(
        `/api/evaluations/results/${encodeURIComponent(id)}/publish`,
        reason ? { reason } : {},
      ),
    onSuccess: (published) => {
      client.setQueryData(resultKey(published.period, published.groupId, 'published'), published);
      client.setQueryData(resultKey(published.period, published.groupId, 'draft'), null);
    },
  });
}

export function useExplain(resultId: string | null, unitId: string | null) {
  return useQuery({
    queryKey: ['evaluation', 'explain', resultId, unitId],
    queryFn: ({ signal }) =>
      api.get<ExplainView>(
        `/api/evaluations/results/${encodeURIComponent(resultId ?? '')}/explain${queryString({ unitId })}`,
        signal,
      ),
    enabled: resultId !== null && unitId !== null,
  });
}
