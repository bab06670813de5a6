import type { ImportedProject } from '../../../domain/imports/project-sheet';

export type ImportProblem = { row: number; column: string; value: string; reason: string };

export type ImportReport = {
  dryRun: boolean;
  sheetName: string;
  rows: number;
  valid: number;
  problems: ImportProblem[];
  ignoredColumns: string[];
  preview: ImportedProject[];
  created: number;
  duplicatesFlagged: number;
};
