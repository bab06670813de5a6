import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { Investor, InvestorInput, InvestorListParams, InvestorPage } from './types';

export function useInvestors(params: InvestorListParams, enabled = true) {
  return useQuery({
    queryKey: ['investors', 'list', params],
    queryFn: ({ signal }) =>
      api.get<InvestorPage>(
        `/api/investors${queryString({
          q: params.q.trim(),
          kind: params.kind,
          originRegion: params.originRegion,
          fortune500: params.flag === 'fortune500' ? 'true' : null,
          china500: params.flag === 'china500' ? 'true' : null,
          listed: params.flag === 'listed' ? 'true' : null,
          page: params.page,
          pageSize: params.pageSize,
        })}`,
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInvestor(id: string | null | undefined) {
  return useQuery({
    queryKey: ['investors', 'detail', id],
    queryFn: ({ signal }) => api.get<Investor>(`/api/investors/${encodeURIComponent(id ?? '')}`, signal),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

function useInvestorWrite<I>(mutationFn: (input: I) => Promise<Investor>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (investor) => {
      client.setQueryData(['investors', 'detail', investor.id], investor);
      void client.invalidateQueries({ queryKey: ['investors', 'list'] });
    },
  });
}

export function useCreateInvestor() {
  return useInvestorWrite((input: InvestorInput) => api.post<Investor>('/api/investors', input));
}

export function useUpdateInvestor(id: string) {
  return useInvestorWrite((input: Partial<InvestorInput> & { version: number }) =>
    api.patch<Investor>(`/api/investors/${encodeURIComponent(id)}`, input),
  );
}
