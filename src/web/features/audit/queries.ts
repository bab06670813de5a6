import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { AuditFilters, AuditPage, AuditVerifyResult } from './types';

export function useAuditEvents(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<AuditPage>(`/api/audit${queryString({ ...filters, page, pageSize })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/api/audit/verify') });
}
