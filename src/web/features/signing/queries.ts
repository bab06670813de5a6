import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, queryString } from '../../lib/api';
import type { AgendaInput, EventCreate, EventDetail, EventPatch, EventReport, EventSummary } from './types';

const eventKey = (id: string) => ['signing', 'event', id] as const;
const base = (id: string) => `/api/signing-days/${encodeURIComponent(id)}`;

export function useSigningDays(from: string, to: string) {
  return useQuery({
    queryKey: ['signing', 'list', from, to],
    queryFn: ({ signal }) =>
      api.get<{ items: EventSummary[] }>(`/api/signing-days${queryString({ from, to })}`, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useSigningEvent(id: string) {
  return useQuery({
    queryKey: eventKey(id),
    queryFn: ({ signal }) => api.get<EventDetail>(base(id), signal),
  });
}

export function useSigningReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['signing', 'report', id],
    queryFn: ({ signal }) => api.get<EventReport>(`${base(id)}/report`, signal),
    enabled,
  });
}

/** Every write answers the event: it replaces the cached one; lists and reports are refetched. */
function useEventWrite<I>(mutationFn: (input: I) => Promise<EventDetail>, refreshProjects = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (event) => {
      client.setQueryData(eventKey(event.id), event);
      void client.invalidateQueries({ queryKey: ['signing', 'list'] });
      void client.invalidateQueries({ queryKey: ['signing', 'report', event.id] });
      if (refreshProjects) void client.invalidateQueries({ queryKey: ['projects'] });
    },
  });
}

export function useCreateEvent() {
  return useEventWrite((input: EventCreate) => api.post<EventDetail>('/api/signing-days', input));
}

export function useUpdateEvent(id: string) {
  return useEventWrite((input: EventPatch) => api.patch<EventDetail>(base(id), input));
}

export function usePutOnAgenda(id: string) {
  return useEventWrite((input: AgendaInput) => api.post<EventDetail>(`${base(id)}/agenda`, input));
}

export function useWithdrawFromAgenda(id: string) {
  return useEventWrite((projectId: string) =>
    apiRequest<EventDetail>(`${base(id)}/agenda/${encodeURIComponent(projectId)}`, { method: 'DELETE' }),
  );
}

export function useSignAll(id: string) {
  return useEventWrite(() => api.post<EventDetail>(`${base(id)}/sign`), true);
}

export const signingListUrl = (id: string, ext: 'xlsx' | 'docx') => `${base(id)}/list.${ext}`;
/** 签约推进日情况通报 (.docx). */
export const signingBriefingUrl = (id: string) =>
  `/api/briefings/signing-day.docx?event=${encodeURIComponent(id)}`;
