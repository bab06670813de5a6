import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Note, NoteInput, Visit, VisitInput } from './types';

const visitsKey = (projectId: string) => ['projects', 'visits', projectId] as const;
const notesKey = (projectId: string) => ['projects', 'notes', projectId] as const;
const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;

export function useVisits(projectId: string) {
  return useQuery({
    queryKey: visitsKey(projectId),
    queryFn: ({ signal }) => api.get<{ items: Visit[] }>(`${base(projectId)}/visits`, signal),
    select: (data) => [...data.items].reverse(),
  });
}

export function useAddVisit(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitInput) => api.post<{ items: Visit[] }>(`${base(projectId)}/visits`, input),
    onSuccess: (data) => client.setQueryData(visitsKey(projectId), data),
  });
}

export function useNotes(projectId: string) {
  return useQuery({
    queryKey: notesKey(projectId),
    queryFn: ({ signal }) => api.get<{ items: Note[] }>(`${base(projectId)}/notes`, signal),
    select: (data) => [...data.items].reverse(),
  });
}

export function useAddNote(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteInput) => api.post<{ items: Note[] }>(`${base(projectId)}/notes`, input),
    onSuccess: (data) => client.setQueryData(notesKey(projectId), data),
  });
}
