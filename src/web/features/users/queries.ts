import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { CreateUserInput, UpdateUserInput, UserAccount } from './types';

const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) => api.get<{ items: UserAccount[] }>('/api/users', signal),
    select: (data) => data.items,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<UserAccount>('/api/users', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) =>
      api.patch<UserAccount>(`/api/users/${encodeURIComponent(id)}`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
