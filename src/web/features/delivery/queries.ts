import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Milestone } from '../../../domain/delivery/milestones';
import { api } from '../../lib/api';
import type { EvidenceFile } from '../projects/types';
import type {
  FlagsInput,
  HistoryItem,
  MilestonesResponse,
  Person,
  PlanInput,
  ReportInput,
  ReportsResponse,
  TeamInput,
  TeamView,
} from './types';

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;
const deliveryKey = (projectId: string) => ['delivery', projectId] as const;
const milestonesKey = (projectId: string, version: number) =>
  [...deliveryKey(projectId), 'milestones', version] as const;
const reportsKey = (projectId: string) => [...deliveryKey(projectId), 'reports'] as const;
const teamKey = (projectId: string) => [...deliveryKey(projectId), 'team'] as const;
const historyKey = (projectId: string) => [...deliveryKey(projectId), 'history'] as const;

/** The thumbnail (WebP) of an image file of a project. */
export function thumbnailUrl(projectId: string, fileId: string): string {
  return `${base(projectId)}/files/${encodeURIComponent(fileId)}/thumbnail`;
}

/** After a delivery write: the project (overdue flags, version) and its history are stale. */
function useAfterWrite(projectId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['projects', 'detail', projectId] });
    void client.invalidateQueries({ queryKey: ['projects', 'list'] });
    void client.invalidateQueries({ queryKey: historyKey(projectId) });
    void client.invalidateQueries({ queryKey: ['project-files', projectId] });
  };
}

/** Milestones, keyed by the project version: a transition (an actual date) refetches them. */
export function useMilestones(projectId: string, version: number) {
  return useQuery({
    queryKey: milestonesKey(projectId, version),
    queryFn: ({ signal }) => api.get<MilestonesResponse>(`${base(projectId)}/milestones`, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlanMilestone(projectId: string, version: number) {
  const client = useQueryClient();
  const after = useAfterWrite(projectId);
  return useMutation({
    mutationFn: ({ milestone, ...input }: PlanInput & { milestone: Milestone }) =>
      api.put<MilestonesResponse>(
        `${base(projectId)}/milestones/${encodeURIComponent(milestone)}/plan`,
        input,
      ),
    onSuccess: (data) => {
      client.setQueryData(milestonesKey(projectId, version), data);
      after();
    },
  });
}

export function useReports(projectId: string) {
  return useQuery({
    queryKey: reportsKey(projectId),
    queryFn: ({ signal }) => api.get<ReportsResponse>(`${base(projectId)}/reports`, signal),
  });
}

/** Every file uploaded for the project, including those no record points at. */
export function useProjectFileList(projectId: string) {
  return useQuery({
    queryKey: ['project-files', projectId],
    queryFn: ({ signal }) =>
      api.get<{ items: (EvidenceFile & { createdAt: string })[] }>(`${base(projectId)}/files`, signal),
  });
}

export function useFileReport(projectId: string) {
  const client = useQueryClient();
  const after = useAfterWrite(projectId);
  return useMutation({
    mutationFn: ({ month, ...input }: ReportInput & { month: string }) =>
      api.put<ReportsResponse>(`${base(projectId)}/reports/${encodeURIComponent(month)}`, input),
    onSuccess: (data) => {
      client.setQueryData(reportsKey(projectId), data);
      after();
    },
  });
}

export function useSetFlags(projectId: string) {
  const client = useQueryClient();
  const after = useAfterWrite(projectId);
  return useMutation({
    mutationFn: (input: FlagsInput) => api.put<ReportsResponse>(`${base(projectId)}/flags`, input),
    onSuccess: (data) => {
      client.setQueryData(reportsKey(projectId), data);
      after();
    },
  });
}

export function useTeam(projectId: string) {
  return useQuery({
    queryKey: teamKey(projectId),
    queryFn: ({ signal }) => api.get<{ team: TeamView | null }>(`${base(projectId)}/team`, signal),
    select: (data) => data.team,
  });
}

export function useSaveTeam(projectId: string) {
  const client = useQueryClient();
  const after = useAfterWrite(projectId);
  return useMutation({
    mutationFn: (input: TeamInput) => api.put<{ team: TeamView | null }>(`${base(projectId)}/team`, input),
    onSuccess: (data) => {
      client.setQueryData(teamKey(projectId), data);
      after();
    },
  });
}

/** Accounts a work team can be made of, leaders first (only for those who may edit a team). */
export function usePeople(enabled: boolean) {
  return useQuery({
    queryKey: ['delivery', 'people'],
    queryFn: ({ signal }) => api.get<{ items: Person[] }>('/api/delivery/people', signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The change history, keyed by the project version so that every project change refetches it. */
export function useHistory(projectId: string, version: number) {
  return useQuery({
    queryKey: [...historyKey(projectId), version],
    queryFn: ({ signal }) => api.get<{ items: HistoryItem[] }>(`${base(projectId)}/history`, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}
