import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Setting, SettingKey, SettingValues } from './types';

export function useSettings() {
  return useQuery({
    queryKey: ['settings'],
    queryFn: ({ signal }) => api.get<{ items: Setting[] }>('/api/settings', signal),
    select: (data) => data.items,
  });
}

export function usePutSetting<K extends SettingKey>(key: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (value: SettingValues[K]) =>
      api.put<Setting<K>>(`/api/settings/${encodeURIComponent(key)}`, { value }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['settings'] });
      // Settings change what these show: the schedule, eligibility, counted figures.
      void client.invalidateQueries({ queryKey: ['signing'] });
      void client.invalidateQueries({ queryKey: ['batches'] });
      void client.invalidateQueries({ queryKey: ['rates'] });
      void client.invalidateQueries({ queryKey: ['overview'] });
      void client.invalidateQueries({ queryKey: ['delivery'] });
    },
  });
}
