import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import type {
  Delivery,
  DeliveryPage,
  DeliveryParams,
  TestResult,
  UnitHeads,
  UnitKind,
  Webhook,
  WebhookCreateInput,
  WebhookPatchInput,
} from './types';

const BASE = '/api/notify';

/** How often the failed-delivery count (menu dot, tab badge) is asked for. */
export const FAILED_POLL_MS = 60_000;

export function useWebhooks() {
  return useQuery({
    queryKey: ['notify', 'webhooks'],
    queryFn: ({ signal }) => api.get<{ items: Webhook[] }>(`${BASE}/webhooks`, signal),
    select: (data) => data.items,
  });
}

/** Robots and deliveries change together (counts, last error): refresh both after any write. */
function useInvalidateNotify() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['notify'] });
}

export function useCreateWebhook() {
  const invalidate = useInvalidateNotify();
  return useMutation({
    mutationFn: (input: WebhookCreateInput) => api.post<Webhook>(`${BASE}/webhooks`, input),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateWebhook() {
  const invalidate = useInvalidateNotify();
  return useMutation({
    mutationFn: ({ id, ...patch }: WebhookPatchInput & { id: string }) =>
      api.patch<Webhook>(`${BASE}/webhooks/${encodeURIComponent(id)}`, patch),
    onSuccess: () => void invalidate(),
  });
}

/** Sends a test message now; the answer says what the robot said. */
export function useTestWebhook() {
  const invalidate = useInvalidateNotify();
  return useMutation({
    mutationFn: (id: string) => api.post<TestResult>(`${BASE}/webhooks/${encodeURIComponent(id)}/test`),
    onSettled: () => void invalidate(),
  });
}

export function useDeliveries(params: DeliveryParams) {
  return useQuery({
    queryKey: ['notify', 'deliveries', params],
    queryFn: ({ signal }) =>
      api.get<DeliveryPage>(
        `${BASE}/deliveries${queryString({
          status: params.status,
          webhookId: params.webhookId,
          page: params.page ?? 1,
          pageSize: params.pageSize ?? 20,
        })}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** How many deliveries have failed for good (polled; for the menu dot and the tab badge). */
export function useFailedCount(enabled = true) {
  return useQuery({
    queryKey: ['notify', 'deliveries', 'failed-count'],
    queryFn: ({ signal }) => api.get<DeliveryPage>(`${BASE}/deliveries?status=failed&pageSize=1`, signal),
    select: (data) => data.total,
    refetchInterval: FAILED_POLL_MS,
    enabled,
  });
}

export function useRetryDelivery() {
  const invalidate = useInvalidateNotify();
  return useMutation({
    mutationFn: (id: string) => api.post<Delivery>(`${BASE}/deliveries/${encodeURIComponent(id)}/retry`),
    onSuccess: () => void invalidate(),
  });
}

export function useUnitHeads() {
  return useQuery({
    queryKey: ['notify', 'unit-heads'],
    queryFn: ({ signal }) => api.get<{ items: UnitHeads[] }>(`${BASE}/unit-heads`, signal),
    select: (data) => data.items,
  });
}

export function usePutUnitHeads() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, unitId, userIds }: { kind: UnitKind; unitId: string; userIds: string[] }) =>
      api.put<UnitHeads>(`${BASE}/unit-heads/${encodeURIComponent(kind)}/${encodeURIComponent(unitId)}`, {
        userIds,
      }),
    onSuccess: (entry) =>
      client.setQueryData<{ items: UnitHeads[] }>(['notify', 'unit-heads'], (old) =>
        old
          ? {
              items: old.items.map((e) =>
                e.unit.kind === entry.unit.kind && e.unit.id === entry.unit.id ? entry : e,
              ),
            }
          : old,
      ),
  });
}
