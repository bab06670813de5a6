import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '../../../domain/limits';
import { api, queryString } from '../../lib/api';
import type {
  EventInput,
  ItemCreateInput,
  ItemDetail,
  ItemListParams,
  ItemPage,
  UnitStatsResponse,
} from './types';

const BASE = '/api/supervision/items';

/** The list with any filters: a page (the largest unless asked), or (with `perState`) the first items of every state. */
export function useSupervisionItems(params: ItemListParams, { keepPrevious = false } = {}) {
  return useQuery({
    queryKey: ['supervision', 'list', params],
    queryFn: ({ signal }) =>
      api.get<ItemPage>(
        `${BASE}${queryString({
          state: params.state,
          colour: params.colour,
          unit: params.unit,
          unitKind: params.unitKind,
          stat: params.stat,
          category: params.category,
          region: params.region,
          mine: params.mine ? 'true' : undefined,
          projectId: params.projectId,
          q: params.q,
          perState: params.perState,
          page: params.page ?? 1,
          pageSize: Math.min(params.pageSize ?? LIMITS.pageSizeMax, LIMITS.pageSizeMax),
        })}`,
        signal,
      ),
    // The board keeps its cards while a filter change loads (under a spinner); other lists start empty.
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}

/** Per responsible unit: on-time rate, open, overdue, closed, days to resolve, clearing progress, rank. */
export function useUnitStats() {
  return useQuery({
    queryKey: ['supervision', 'stats'],
    queryFn: ({ signal }) => api.get<UnitStatsResponse>('/api/supervision/stats', signal),
  });
}

export function useSupervisionItem(id: string) {
  return useQuery({
    queryKey: ['supervision', 'item', id],
    queryFn: ({ signal }) => api.get<ItemDetail>(`${BASE}/${encodeURIComponent(id)}`, signal),
    enabled: id !== '',
  });
}

export function useCreateItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ItemCreateInput) => api.post<ItemDetail>(BASE, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['supervision'] }),
  });
}

export function useItemAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EventInput) =>
      api.post<ItemDetail>(`${BASE}/${encodeURIComponent(id)}/events`, input),
    onSuccess: (item) => {
      client.setQueryData(['supervision', 'item', id], item);
      void client.invalidateQueries({ queryKey: ['supervision', 'list'] });
      void client.invalidateQueries({ queryKey: ['supervision', 'stats'] });
    },
  });
}
