import type { BatchThresholds } from '../../../domain/signing/batches';

export type BatchEntry = {
  id: string;
  code: string;
  name: string;
  regionName: string;
  industryCategory: string;
  totalInvestment: string;
  signedOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  eligible: boolean;
  rule: keyof BatchThresholds;
  thresholdYi: number;
  reason: string | null;
};

export type QuarterBatches = {
  period: string;
  from: string;
  to: string;
  thresholds: Record<string, number>;
  sign: BatchEntry[];
  start: BatchEntry[];
  produce: BatchEntry[];
};

export const BATCH_LISTS = ['sign', 'start', 'produce'] as const;
export type BatchList = (typeof BATCH_LISTS)[number];
