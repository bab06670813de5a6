import { z } from 'zod';
import { DUPLICATE_DEFAULTS } from '../../domain/duplicates/candidates';
import { COUNTING_RULES, DEFAULT_COUNTING_RULES, type CountingRule } from '../../domain/duplicates/counting';
import { DEFAULT_BATCH_THRESHOLDS } from '../../domain/signing/batches';
import { DEFAULT_SIGNING_DAY } from '../../domain/signing/schedule';
import { DEFAULT_FUNDS_SANITY } from '../../domain/delivery/funds';
import { DAY_MODES } from '../../domain/supervision/deadlines';
import { DEFAULT_CLOCK } from '../../domain/supervision/items';
import { DEFAULT_REPORT_SCHEDULE } from '../../domain/delivery/report-month';
import {
  COUNT_RATES,
  DEFAULT_RATE_DEFINITIONS,
  PERFORMING_SIGNS,
  PROJECT_SETS,
  USD_RATE_PATTERN,
  type CountRate,
} from '../../domain/delivery/rates';

const yi = z.number().min(0).max(100_000);
const rateSides = z.strictObject({ numerator: z.enum(PROJECT_SETS), denominator: z.enum(PROJECT_SETS) });

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
  'reports.schedule': {
    schema: z
      .strictObject({ dueDay: z.number().int().min(1).max(28), closeDay: z.number().int().min(1).max(31) })
      .refine((v) => v.closeDay >= v.dueDay, {
        message: 'closeDay must not be before dueDay',
        path: ['closeDay'],
      }),
    default: DEFAULT_REPORT_SCHEDULE,
  },
  'reports.fundsSanity': {
    schema: z.strictObject({
      maxMonthlyYi: z.number().positive().max(10_000),
      beyondContracted: z.boolean(),
    }),
    default: DEFAULT_FUNDS_SANITY,
  },
  'supervision.clock': {
    schema: z
      .strictObject({
        mode: z.enum(DAY_MODES),
        yellowAt: z.number().min(0.1).max(0.99),
        deployDays: z.number().int().min(1).max(30),
        reportDays: z.number().int().min(1).max(60),
        resolveDays: z.number().int().min(1).max(90),
        majorResolveMonths: z.number().int().min(1).max(12),
        returnDays: z.number().int().min(1).max(10),
      })
      .refine((v) => v.deployDays <= v.reportDays && v.reportDays <= v.resolveDays, {
        message: 'deploy ≤ report ≤ resolve days',
        path: ['reportDays'],
      }),
    default: DEFAULT_CLOCK,
  },
  /** The address people open Tuijin at, for links in group-robot messages ('' = no link). */
  'notify.publicUrl': {
    schema: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    default: '' as string,
  },
  /** The node-state rule of the atlas (DESIGN §6): strong with this many 规上 firms or this output. */
  'atlas.nodeState': {
    schema: z.strictObject({
      strongAboveScale: z.number().int().min(1).max(100),
      strongOutputYi: z
        .number()
        .min(0.01)
        .max(100_000)
        .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'at most two decimals (亿元)'),
    }),
    default: { strongAboveScale: 3, strongOutputYi: 10 },
  },
  /**
   * Whether a ranked unit's accounts (a county's officers, a department's handlers) may open their
   * own line of a draft ranking before it is published ("if the city allows"); never the others'.
   */
  'evaluation.draftOwnLine': {
    schema: z.boolean(),
    default: false as boolean,
  },
  'rates.definitions': {
    schema: z.strictObject({
      performing: z.array(z.enum(PERFORMING_SIGNS)).min(1),
      rates: z.strictObject(
        Object.fromEntries(COUNT_RATES.map((r) => [r, rateSides])) as Record<CountRate, typeof rateSides>,
      ),
      funding: z.strictObject({
        includeForeign: z.boolean(),
        usdToCny: z.string().regex(USD_RATE_PATTERN, 'an exchange rate like 7.1 (up to 4 decimals)'),
      }),
      applyCountingRules: z.boolean(),
    }),
    default: DEFAULT_RATE_DEFINITIONS,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
