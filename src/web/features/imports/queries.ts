import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type UploadProgress, uploadWithProgress } from '../../lib/uploadWithProgress';
import type { ImportReport } from './types';

type Run = {
  file: File;
  dryRun: boolean;
  onProgress: (progress: UploadProgress) => void;
  onUploaded: () => void;
};

/** Sends the workbook (multipart field "file") with upload progress; a dry run writes nothing. */
export function useProjectImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onProgress, onUploaded }: Run) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadWithProgress<ImportReport>(`/api/imports/projects?dryRun=${dryRun}`, form, {
        onProgress,
        onUploaded,
      });
    },
    onSuccess: (report) => {
      if (!report.dryRun) {
        void client.invalidateQueries({ queryKey: ['projects'] });
        void client.invalidateQueries({ queryKey: ['duplicates'] });
      }
    },
  });
}
