import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { QuarterBatches } from './types';

export function useQuarterBatches(period: string) {
  return useQuery({
    queryKey: ['batches', period],
    queryFn: ({ signal }) => api.get<QuarterBatches>(`/api/batches${queryString({ period })}`, signal),
    placeholderData: keepPreviousData,
  });
}
