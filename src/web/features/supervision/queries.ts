import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '../../../domain/limits';
import { api, queryString } from '../../lib/api';
import type { EventInput, ItemCreateInput, ItemDetail, ItemListParams, ItemPage } from './types';

const BASE = '/api/supervision/items';

/** The board loads one page of the largest size and groups it by state. */
export function useSupervisionItems(params: ItemListParams) {
  return useQuery({
    queryKey: ['supervision', 'list', params],
    queryFn: ({ signal }) =>
      api.get<ItemPage>(
        `${BASE}${queryString({
          state: params.state,
          colour: params.colour,
          unit: params.unit,
          mine: params.mine ? 'true' : undefined,
          projectId: params.projectId,
          page: 1,
          pageSize: LIMITS.pageSizeMax,
        })}`,
        signal,
      ),
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
    onSuccess: () => client.invalidateQueries({ queryKey: ['supervision', 'list'] }),
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
    },
  });
}
