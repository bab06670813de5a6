import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../lib/api';
import { ME_KEY, SESSION_EXPIRED_FLAG } from '../../lib/queryClient';
import type { Me } from './types';

async function fetchMe(signal: AbortSignal): Promise<Me | null> {
  try {
    const { user } = await api.get<{ user: Me }>('/api/auth/me', signal);
    return user;
  } catch (error) {
    if (isApiError(error, 'SESSION_EXPIRED')) {
      try {
        sessionStorage.setItem(SESSION_EXPIRED_FLAG, '1');
      } catch {
        // Storage unavailable: the login page simply shows no reason.
      }
      return null;
    }
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

/** The signed-in user: `null` when nobody is signed in, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

/** The signed-in user, for components rendered behind the auth guard. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside of the auth guard');
  return data;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<{ user: Me }>('/api/auth/login', input),
    onSuccess: ({ user }) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, user);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/auth/logout'),
    onSettled: () => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, null);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<{ user: Me }>('/api/auth/password', input),
    onSuccess: ({ user }) => client.setQueryData(ME_KEY, user),
  });
}

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) =>
      api.get<{ status: string; database: string; version: string }>('/api/health', signal),
    staleTime: Infinity,
    retry: false,
  });
}
