import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { wanToYuan } from '../../../domain/money/money';
import { api, queryString } from '../../lib/api';
import type {
  EvidenceFile,
  Project,
  ProjectInput,
  ProjectListParams,
  ProjectPage,
  TransitionInput,
} from './types';

const projectKey = (id: string) => ['projects', 'detail', id] as const;

/** The list's filters as the API's query string (the export takes the same filters). */
export function projectListQuery(params: ProjectListParams, paged = true): string {
  return queryString({
    region: params.region,
    q: params.q.trim(),
    stage: params.stage,
    industryCategory: params.industryCategory,
    minInvestment: params.minInvestment ? wanToYuan(params.minInvestment) : null,
    maxInvestment: params.maxInvestment ? wanToYuan(params.maxInvestment) : null,
    overdue: params.overdue ? 'true' : null,
    sort: params.sort === 'updatedAt' ? null : params.sort,
    order: params.order === 'desc' ? null : params.order,
    page: paged ? params.page : null,
    pageSize: paged ? params.pageSize : null,
  });
}

export function useProjectList(params: ProjectListParams) {
  return useQuery({
    queryKey: ['projects', 'list', params],
    queryFn: ({ signal }) => api.get<ProjectPage>(`/api/projects${projectListQuery(params)}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** The query of one project (shared by the detail page and the pipeline board's drop). */
export function projectQuery(id: string) {
  return {
    queryKey: projectKey(id),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      api.get<Project>(`/api/projects/${encodeURIComponent(id)}`, signal),
  };
}

export function useProject(id: string) {
  return useQuery(projectQuery(id));
}

function useProjectWrite<I>(mutationFn: (input: I) => Promise<Project>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (project) => {
      client.setQueryData(projectKey(project.id), project);
      void client.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

export function useCreateProject() {
  return useProjectWrite((input: ProjectInput) => api.post<Project>('/api/projects', input));
}

export function useUpdateProject(id: string) {
  return useProjectWrite((input: Partial<ProjectInput> & { version: number }) =>
    api.patch<Project>(`/api/projects/${encodeURIComponent(id)}`, input),
  );
}

export function useTransitionProject(id: string) {
  return useProjectWrite((input: TransitionInput) =>
    api.post<Project>(`/api/projects/${encodeURIComponent(id)}/transitions`, input),
  );
}

export function useDeleteProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/projects/${encodeURIComponent(id)}`),
    // The detail query of the deleted project stays until the page that shows it is left.
    onSuccess: () => void client.invalidateQueries({ queryKey: ['projects', 'list'] }),
  });
}

export function uploadEvidence(projectId: string, file: File): Promise<EvidenceFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<EvidenceFile>(`/api/projects/${encodeURIComponent(projectId)}/files`, form);
}

export function fileUrl(projectId: string, fileId: string, download = false): string {
  return `/api/projects/${encodeURIComponent(projectId)}/files/${encodeURIComponent(fileId)}${download ? '?download=1' : ''}`;
}

export type AssignableOwner = { id: string; displayName: string; role: string; regionId: string | null };

/** Accounts that can own a project in the caller's scope (the owner picker). */
export function useAssignableOwners() {
  return useQuery({
    queryKey: ['users', 'assignable'],
    queryFn: ({ signal }) => api.get<{ items: AssignableOwner[] }>('/api/users/assignable', signal),
    staleTime: 5 * 60_000,
  });
}
