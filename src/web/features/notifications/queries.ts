import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { NotificationList } from './types';

const BASE = '/api/notifications';
const KEY = ['notifications', 'list'] as const;

/** How often the bell asks for new notifications. */
export const NOTIFICATION_POLL_MS = 60_000;

/** My notifications (newest 100) with the unread count, polled every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<NotificationList>(`${BASE}?unread=false`, signal),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
}

/** Marks one notification read; the answer is the fresh list. */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<NotificationList>(`${BASE}/${encodeURIComponent(id)}/read`),
    onSuccess: (list) => client.setQueryData(KEY, list),
  });
}

/** Marks all my notifications read; the answer is the fresh list. */
export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NotificationList>(`${BASE}/read-all`),
    onSuccess: (list) => client.setQueryData(KEY, list),
  });
}
