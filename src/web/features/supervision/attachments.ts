import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** A file attached to an item (GET /api/supervision/items/:id/files). */
export type ItemFile = {
  id: string;
  name: string;
  mime: string;
  size: number;
  hasThumbnail: boolean;
  uploadedBy: string;
  createdAt: string;
};

const base = (itemId: string) => `/api/supervision/items/${encodeURIComponent(itemId)}/files`;
const filesKey = (itemId: string) => ['supervision', 'files', itemId] as const;

export const itemFileUrl = (itemId: string, fileId: string, download = false) =>
  `${base(itemId)}/${encodeURIComponent(fileId)}${download ? '?download=1' : ''}`;
export const itemThumbnailUrl = (itemId: string, fileId: string) =>
  `${base(itemId)}/${encodeURIComponent(fileId)}/thumbnail`;

/** The item's files, newest first, and whether the server lets the caller attach more. */
export function useItemFiles(itemId: string) {
  return useQuery({
    queryKey: filesKey(itemId),
    queryFn: ({ signal }) => api.get<{ items: ItemFile[]; canAttach: boolean }>(base(itemId), signal),
  });
}

export function useAttachFile(itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<ItemFile>(base(itemId), form);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: filesKey(itemId) }),
  });
}
