import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { Decision, DuplicateCandidate } from './types';

export function useDuplicates(status: 'open' | 'decided' | 'all') {
  return useQuery({
    queryKey: ['duplicates', status],
    queryFn: ({ signal }) =>
      api.get<{ items: DuplicateCandidate[] }>(`/api/duplicates${queryString({ status })}`, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useDecideDuplicate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: Decision & { id: string }) =>
      api.post<DuplicateCandidate>(`/api/duplicates/${encodeURIComponent(id)}/decision`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['duplicates'] });
      void client.invalidateQueries({ queryKey: ['projects'] });
      void client.invalidateQueries({ queryKey: ['signing', 'report'] });
    },
  });
}
