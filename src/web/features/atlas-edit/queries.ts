import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest, queryString } from '../../lib/api';
import type {
  AtlasSystem,
  ChainDetail,
  ChainInput,
  ChainListItem,
  FirmInput,
  NodeInput,
  NodePatch,
  ProjectNodeTag,
  SystemInput,
  TargetInput,
  TargetView,
} from './types';

const enc = encodeURIComponent;
const chainPath = (chainId: string) => `/api/chains/${enc(chainId)}`;
const nodePath = (chainId: string, nodeId: string) => `${chainPath(chainId)}/nodes/${enc(nodeId)}`;

export const atlasEditKeys = {
  systems: ['atlas', 'systems'] as const,
  chains: (systemId: string) => ['atlas', 'edit-chains', systemId] as const,
  /** The browsing pages' key too: a write's answer shows there at once. */
  chain: (chainId: string) => ['atlas', 'chain', chainId] as const,
  projectNodes: (projectId: string) => ['atlas', 'project-nodes', projectId] as const,
};

/**
 * After an atlas write: the answer is put in the cache, and every other atlas view (the browsing
 * pages' overview, chain pages, roadshow; whatever their keys) is refetched.
 */
function refreshAtlas(client: QueryClient, chain?: ChainDetail) {
  if (chain) client.setQueryData(atlasEditKeys.chain(chain.id), chain);
  const own = chain ? JSON.stringify(atlasEditKeys.chain(chain.id)) : '';
  void client.invalidateQueries({
    predicate: (q) => {
      const head = q.queryKey[0];
      const atlasKey = head === 'atlas' || head === 'chains' || head === 'chain';
      return atlasKey && JSON.stringify(q.queryKey) !== own;
    },
  });
}

export function useSystems() {
  return useQuery({
    queryKey: atlasEditKeys.systems,
    queryFn: ({ signal }) => api.get<{ items: AtlasSystem[] }>('/api/atlas/systems', signal),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

/** The system in force (published), else the latest one. */
export function systemInForce(systems: readonly AtlasSystem[]): AtlasSystem | undefined {
  return systems.find((s) => s.status === 'published') ?? systems[systems.length - 1];
}

export function useChainList(systemId: string | undefined) {
  return useQuery({
    queryKey: atlasEditKeys.chains(systemId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ items: ChainListItem[] }>(`/api/chains${queryString({ systemId })}`, signal),
    select: (data) => data.items,
    enabled: Boolean(systemId),
    staleTime: 30_000,
  });
}

export function useChain(chainId: string | undefined) {
  return useQuery({
    queryKey: atlasEditKeys.chain(chainId ?? ''),
    queryFn: ({ signal }) => api.get<ChainDetail>(chainPath(chainId ?? ''), signal),
    enabled: Boolean(chainId),
  });
}

/** Every chain write answers the whole chain: one mutation hook for all of them. */
export function useChainWrite<I>(write: (input: I) => Promise<ChainDetail>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: (chain) => refreshAtlas(client, chain) });
}

export const chainApi = {
  create: (input: ChainInput & { systemId: string }) => api.post<ChainDetail>('/api/chains', input),
  update: (chainId: string, input: Partial<ChainInput> & { version: number }) =>
    api.patch<ChainDetail>(chainPath(chainId), input),
  addNode: (chainId: string, input: NodeInput) => api.post<ChainDetail>(`${chainPath(chainId)}/nodes`, input),
  patchNode: (chainId: string, nodeId: string, input: NodePatch) =>
    api.patch<ChainDetail>(nodePath(chainId, nodeId), input),
  deleteNode: (chainId: string, nodeId: string, body: { reassignTo?: string; reason?: string }) =>
    api.post<ChainDetail>(`${nodePath(chainId, nodeId)}/delete`, body),
  putFirm: (chainId: string, nodeId: string, investorId: string, input: FirmInput) =>
    api.put<ChainDetail>(`${nodePath(chainId, nodeId)}/firms/${enc(investorId)}`, input),
  removeFirm: (chainId: string, nodeId: string, investorId: string) =>
    // The shared client's delete drops the answer; this one answers the chain.
    apiRequest<ChainDetail>(`${nodePath(chainId, nodeId)}/firms/${enc(investorId)}`, { method: 'DELETE' }),
};

export function useAddTarget(chainId: string, nodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TargetInput) => api.post<TargetView>(`${nodePath(chainId, nodeId)}/targets`, input),
    onSuccess: () => refreshAtlas(client),
  });
}

export function useCreateSystem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SystemInput) => api.post<{ items: AtlasSystem[] }>('/api/atlas/systems', input),
    onSuccess: (data) => {
      client.setQueryData(atlasEditKeys.systems, data);
      refreshAtlas(client);
    },
  });
}

export function usePublishSystem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ items: AtlasSystem[] }>(`/api/atlas/systems/${enc(id)}/publish`),
    onSuccess: (data) => {
      client.setQueryData(atlasEditKeys.systems, data);
      refreshAtlas(client);
    },
  });
}

export function useProjectNodes(projectId: string) {
  return useQuery({
    queryKey: atlasEditKeys.projectNodes(projectId),
    queryFn: ({ signal }) =>
      api.get<{ items: ProjectNodeTag[] }>(`/api/projects/${enc(projectId)}/chain-nodes`, signal),
    select: (data) => data.items,
  });
}

export function usePutProjectNodes(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (nodeIds: string[]) =>
      api.put<{ items: ProjectNodeTag[] }>(`/api/projects/${enc(projectId)}/chain-nodes`, { nodeIds }),
    onSuccess: (data) => {
      client.setQueryData(atlasEditKeys.projectNodes(projectId), data);
      refreshAtlas(client);
    },
  });
}

/**
 * The chain as the editor last saw it: the page's copy at first, then every write's answer (and a
 * refetch in the background), so that dialogs show what was just saved whatever the page's keys.
 */
export function useLiveChain(chain: ChainDetail): ChainDetail {
  const query = useQuery({
    queryKey: atlasEditKeys.chain(chain.id),
    queryFn: ({ signal }) => api.get<ChainDetail>(chainPath(chain.id), signal),
    initialData: chain,
    staleTime: 10_000,
  });
  return query.data;
}

/** Reloads a chain after someone else's change (the editor's copy and the atlas pages'). */
export function useReloadChain(chainId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: atlasEditKeys.chain(chainId) });
    refreshAtlas(client);
  };
}
