import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Position, TargetStatus } from '../../../domain/atlas/fields';
import { api, queryString } from '../../lib/api';
import type { ProjectInput } from '../projects/types';
import type { AtlasSystem, ChainDetail, ChainListParams, ChainSummary, Roadshow, Target } from './types';

const chainKey = (id: string) => ['atlas', 'chain', id] as const;

export function useAtlasSystems() {
  return useQuery({
    queryKey: ['atlas', 'systems'],
    queryFn: ({ signal }) => api.get<{ items: AtlasSystem[] }>('/api/atlas/systems', signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useChains(params: ChainListParams, enabled = true) {
  return useQuery({
    queryKey: ['atlas', 'chains', params],
    queryFn: ({ signal }) => api.get<{ items: ChainSummary[] }>(`/api/chains${queryString(params)}`, signal),
    select: (data) => data.items,
    enabled,
  });
}

function chainQuery(id: string) {
  return {
    queryKey: chainKey(id),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      api.get<ChainDetail>(`/api/chains/${encodeURIComponent(id)}`, signal),
  };
}

export function useChain(id: string) {
  return useQuery(chainQuery(id));
}

/** Several chains in full (the leaders' summary reads who closed the gaps of this year). */
export function useChainDetails(ids: string[]) {
  return useQueries({ queries: ids.map((id) => chainQuery(id)) });
}

export function useRoadshow(params: { systemId?: string; area?: string }, enabled = true) {
  return useQuery({
    queryKey: ['atlas', 'roadshow', params],
    queryFn: ({ signal }) => api.get<Roadshow>(`/api/atlas/roadshow${queryString(params)}`, signal),
    enabled,
  });
}

/** Moves a target on (contacted, visited …); the chain's lists are read again afterwards. */
export function useMoveTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ target, status }: { target: Target; status: TargetStatus }) =>
      api.patch<Target>(`/api/atlas/targets/${encodeURIComponent(target.id)}`, {
        version: target.version,
        status,
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['atlas'] }),
  });
}

/** Starts a lead from a target: a pipeline project tagged to the target's node. */
export function useStartLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, input }: { targetId: string; input: ProjectInput }) =>
      api.post<{ projectId: string }>(`/api/atlas/targets/${encodeURIComponent(targetId)}/lead`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['atlas'] });
      void client.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

/** A county positions the chain (主新特), or clears its position. */
export function usePutPosition(chainId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, position }: { regionId: string; position: Position | null }) =>
      api.put<ChainDetail>(
        `/api/atlas/positions/${encodeURIComponent(regionId)}/${encodeURIComponent(chainId)}`,
        { position },
      ),
    onSuccess: (chain) => {
      client.setQueryData(chainKey(chainId), chain);
      void client.invalidateQueries({ queryKey: ['atlas', 'chains'] });
    },
  });
}
