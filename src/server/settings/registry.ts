import { z } from 'zod';
import { DUPLICATE_DEFAULTS } from '../../domain/duplicates/candidates';
import { COUNTING_RULES, DEFAULT_COUNTING_RULES, type CountingRule } from '../../domain/duplicates/counting';
import { DEFAULT_BATCH_THRESHOLDS } from '../../domain/signing/batches';
import { DEFAULT_SIGNING_DAY } from '../../domain/signing/schedule';

const yi = z.number().min(0).max(100_000);

/** Every administrator setting: its schema and its default (DESIGN's). Unknown keys do not exist. */
export const SETTINGS = {
  'signing.dayOfMonth': { schema: z.number().int().min(1).max(31), default: DEFAULT_SIGNING_DAY },
  'batches.thresholds': {
    schema: z.strictObject({
      manufacturing: yi,
      manufacturingPromotedOrEmerging: yi,
      infrastructure: yi,
      services: yi,
      social: yi,
      agriculture: yi,
    }),
    default: DEFAULT_BATCH_THRESHOLDS,
  },
  'duplicates.thresholds': {
    schema: z.strictObject({
      minNameSimilarity: z.number().min(0).max(1),
      minScore: z.number().int().min(0).max(100),
    }),
    default: { ...DUPLICATE_DEFAULTS },
  },
  'imports.maxRows': { schema: z.number().int().min(1).max(1_000_000), default: 50_000 },
  'counting.rules': {
    schema: z.strictObject(
      Object.fromEntries(COUNTING_RULES.map((r) => [r, z.boolean()])) as Record<CountingRule, z.ZodBoolean>,
    ),
    default: DEFAULT_COUNTING_RULES,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
