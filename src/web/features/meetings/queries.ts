import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type { Agenda, DecisionInput, MeetingSummary, MeetingView, MinutesInput } from './types';

const BASE = '/api/meetings';
const meetingKey = (id: string) => ['meetings', 'meeting', id] as const;
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** The agenda as it would be generated for a date now (the preview before a meeting is called). */
export function useAgenda(date: string) {
  return useQuery({
    queryKey: ['meetings', 'agenda', date],
    queryFn: ({ signal }) => api.get<Agenda>(`${BASE}/agenda${queryString({ date })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMeetings() {
  return useQuery({
    queryKey: ['meetings', 'list'],
    queryFn: ({ signal }) => api.get<{ items: MeetingSummary[] }>(BASE, signal),
    select: (data) => data.items,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: ({ signal }) => api.get<MeetingView>(one(id), signal),
    enabled: id !== '',
  });
}

/** Every write answers the meeting: it replaces the cached one. */
function useMeetingWrite<I>(mutationFn: (input: I) => Promise<MeetingView>, touchesItems = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (meeting) => {
      client.setQueryData(meetingKey(meeting.id), meeting);
      void client.invalidateQueries({ queryKey: ['meetings', 'list'] });
      if (touchesItems) void client.invalidateQueries({ queryKey: ['supervision'] });
    },
  });
}

export function useCreateMeeting() {
  return useMeetingWrite((input: { heldOn: string; title?: string | null }) =>
    api.post<MeetingView>(BASE, input),
  );
}

export function useSaveMinutes(id: string) {
  return useMeetingWrite((input: MinutesInput) => api.patch<MeetingView>(one(id), input));
}

export function useAddDecision(id: string) {
  return useMeetingWrite(
    (input: DecisionInput) => api.post<MeetingView>(`${one(id)}/decisions`, input),
    true,
  );
}
