import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { downloadFile } from '../../lib/download';
import { uploadWithProgress } from '../../lib/uploadWithProgress';
import type { ImportProblem } from '../imports/types';

/** The answer of POST /api/evaluations/methods/:id/targets.xlsx (a dry run, or the commit). */
export type TargetsImport = {
  dryRun: boolean;
  year: number;
  rows: { row: number; unitId: string; indicatorKey: string; value: string }[];
  problems: ImportProblem[];
  written: number;
};

const sheetPath = (methodId: string, year: number) =>
  `/api/evaluations/methods/${encodeURIComponent(methodId)}/targets.xlsx?year=${year}`;

/** The year's target sheet, today's targets filled in, saved under the server's file name. */
export const downloadTargetsTemplate = (methodId: string, year: number, fallbackName: string) =>
  downloadFile(sheetPath(methodId, year), fallbackName);

/**
 * After a year's targets are replaced: every ranking computed from now on reads them, so whatever
 * the app holds of 考评 (methods, drafts, explanations) is marked stale and read again when shown.
 */
export function useTargetsChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['evaluation'] });
}

/** Uploads a target sheet: a dry run (every problem, nothing written) or the commit (all or nothing). */
export function useImportTargets(methodId: string) {
  const changed = useTargetsChanged();
  return useMutation({
    mutationFn: ({ file, year, dryRun }: { file: File; year: number; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadWithProgress<TargetsImport>(`${sheetPath(methodId, year)}&dryRun=${dryRun}`, form);
    },
    onSuccess: (report) => {
      if (!report.dryRun) void changed();
    },
  });
}

/** A year's targets as they stand (under the 考评 key, so a save marks them stale too). */
export function useTargets(methodId: string, year: number) {
  return useQuery({
    queryKey: ['evaluation', 'targets', methodId, year],
    queryFn: ({ signal }) =>
      api.get<{ year: number; rows: { unitId: string; indicatorKey: string; value: string }[] }>(
        `/api/evaluations/methods/${encodeURIComponent(methodId)}/targets?year=${year}`,
        signal,
      ),
  });
}
