import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { InspectionCreate, InspectionSummary, InspectionView } from './types';

const BASE = '/api/inspections';
const LIST = ['inspections', 'list'] as const;
const detailKey = (id: string) => ['inspections', 'detail', id] as const;
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function useInspections() {
  return useQuery({
    queryKey: LIST,
    queryFn: ({ signal }) => api.get<{ items: InspectionSummary[] }>(BASE, signal),
    select: (data) => data.items,
  });
}

const detailQuery = (id: string) => ({
  queryKey: detailKey(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get<InspectionView>(one(id), signal),
});

export function useInspection(id: string) {
  // The judges come in the order the city listed them (the results' columns keep it).
  return useQuery({ ...detailQuery(id), enabled: id !== '' });
}

/** Every write answers the inspection: it replaces the cached one. */
function useInspectionWrite<I>(mutationFn: (input: I) => Promise<InspectionView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      client.setQueryData(detailKey(view.id), view);
      void client.invalidateQueries({ queryKey: LIST });
    },
  });
}

export function useCreateInspection() {
  return useInspectionWrite((input: InspectionCreate) => api.post<InspectionView>(BASE, input));
}

export function useScoreSite(id: string) {
  return useInspectionWrite(({ siteId, marks }: { siteId: string; marks: Record<string, string> }) =>
    api.put<InspectionView>(`${one(id)}/sites/${encodeURIComponent(siteId)}/score`, { marks }),
  );
}

export function useCloseInspection(id: string) {
  return useInspectionWrite<undefined>(() => api.post<InspectionView>(`${one(id)}/close`));
}

/** After an answer such as INSPECTION_CLOSED: the cached inspection is stale. */
export function useRefreshInspection(id: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: detailKey(id) });
}
