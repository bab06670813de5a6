import type { FundsSanity } from '../../../domain/delivery/funds';
import type { RateDefinitions } from '../../../domain/delivery/rates';
import type { ReportSchedule } from '../../../domain/delivery/report-month';
import type { CountingRules } from '../../../domain/duplicates/counting';
import type { BatchThresholds } from '../../../domain/signing/batches';

/** The administrator settings and the shape of each value. */
export type SettingValues = {
  'signing.dayOfMonth': number;
  'batches.thresholds': BatchThresholds;
  'duplicates.thresholds': { minNameSimilarity: number; minScore: number };
  'counting.rules': CountingRules;
  'reports.schedule': ReportSchedule;
  'reports.fundsSanity': FundsSanity;
  'rates.definitions': RateDefinitions;
  'evaluation.draftOwnLine': boolean;
};

export type SettingKey = keyof SettingValues;

export type Setting<K extends SettingKey = SettingKey> = {
  key: K;
  value: SettingValues[K];
  default: SettingValues[K];
};
