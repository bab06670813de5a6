import type { CountingRules } from '../../../domain/duplicates/counting';
import type { BatchThresholds } from '../../../domain/signing/batches';

/** The administrator settings and the shape of each value. */
export type SettingValues = {
  'signing.dayOfMonth': number;
  'batches.thresholds': BatchThresholds;
  'duplicates.thresholds': { minNameSimilarity: number; minScore: number };
  'counting.rules': CountingRules;
};

export type SettingKey = keyof SettingValues;

export type Setting<K extends SettingKey = SettingKey> = {
  key: K;
  value: SettingValues[K];
  default: SettingValues[K];
};
