import { z } from 'zod';
import { METRIC_KEYS, PERIOD_KINDS } from '../../domain/evaluation/method';
import { SIGNING_TYPES } from '../../domain/lifecycle/stages';
import { INDUSTRY_CATEGORIES } from '../../domain/projects/fields';

const Dec = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal number like "12" or "7.5"');
const Normalisation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('capped_ratio') }),
  z.strictObject({ kind: z.literal('efficacy'), floor: Dec }),
  z.strictObject({ kind: z.literal('min_max') }),
  z.strictObject({ kind: z.literal('rank') }),
]);
export const MethodBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  totalPoints: Dec,
  periodKind: z.enum(PERIOD_KINDS),
  indicators: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_]{1,40}$/),
        name: z.string().trim().min(1).max(60),
        metric: z.enum(METRIC_KEYS),
        basis: z.enum(['level', 'growth']),
        direction: z.enum(['positive', 'negative']),
        points: Dec,
        normalisation: Normalisation,
        target: z.enum(['none', 'per_unit', 'per_unit_time_proportional']),
      }),
    )
    .max(60),
  rules: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_]{1,40}$/),
        name: z.string().trim().min(1).max(60),
        kind: z.enum(['bonus', 'deduction']),
        metric: z.enum(METRIC_KEYS),
        each: Dec,
        cap: Dec.nullable(),
      }),
    )
    .max(60),
  outcomes: z
    .strictObject({ commend: z.number().int().min(0).max(20), pledge: z.number().int().min(0).max(20) })
    .optional(),
  exclusions: z
    .strictObject({
      minInvestment: Dec.nullable().optional(),
      signingTypes: z.array(z.enum(SIGNING_TYPES)).max(SIGNING_TYPES.length).optional(),
      industryCategories: z.array(z.enum(INDUSTRY_CATEGORIES)).max(INDUSTRY_CATEGORIES.length).optional(),
      units: z.array(z.string().min(1).max(40)).max(200).optional(),
    })
    .optional(),
});

export const MethodCreate = z.strictObject({
  /** The 办法 this is a version of (a new family when absent). */
  family: z.string().regex(/^[a-z0-9-]{2,40}$/),
  validFrom: z.iso.date(),
  groupIds: z.array(z.string().min(1).max(40)).min(1).max(10),
  body: MethodBody,
});

export const MethodView = z.object({
  id: z.uuid(),
  family: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  validFrom: z.string(),
  groupIds: z.array(z.string()),
  body: MethodBody,
  publishedAt: z.string().nullable(),
});

export const IdParams = z.strictObject({ id: z.uuid() });

export const TargetsPut = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  rows: z
    .array(
      z.strictObject({
        unitId: z.string().min(1).max(40),
        indicatorKey: z.string().min(1).max(40),
        value: z.string().max(30),
      }),
    )
    .max(5000),
});

export const ComputeBody = z.strictObject({
  period: z.string().max(10),
  groupId: z.string().min(1).max(40),
  methodId: z.uuid().optional(),
});

export const PublishBody = z.strictObject({ reason: z.string().trim().min(1).max(500).nullish() });

export const ResultsQuery = z.strictObject({
  period: z.string().max(10),
  group: z.string().min(1).max(40),
  status: z.enum(['published', 'draft']).default('published'),
});

const IndicatorLine = z.object({
  key: z.string(),
  name: z.string(),
  metric: z.string(),
  basis: z.string(),
  raw: z.string(),
  rawExact: z.string(),
  lastYear: z.string().nullable(),
  target: z.string().nullable(),
  share: z.string(),
  points: z.string(),
  maxPoints: z.string(),
  fallback: z.string().nullable(),
  /** How many records behind the figure are kept (`GET …/explain` names them). */
  evidenceCount: z.number().int(),
});
const RuleLine = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['bonus', 'deduction']),
  count: z.number(),
  each: z.string(),
  cap: z.string().nullable(),
  points: z.string(),
  capped: z.boolean(),
  /** How many records behind the figure are kept (`GET …/explain` names them). */
  evidenceCount: z.number().int(),
});
export const UnitLine = z.object({
  unitId: z.string(),
  unitName: z.string(),
  total: z.string(),
  rank: z.number().int(),
  rankChange: z.number().int().nullable(),
  outcome: z.enum(['commended', 'pledge']).nullable(),
  indicators: z.array(IndicatorLine),
  rules: z.array(RuleLine),
});
export type UnitLine = z.infer<typeof UnitLine>;
export const ResultPayload = z.object({
  method: z.object({
    id: z.uuid(),
    family: z.string(),
    version: z.number().int(),
    name: z.string(),
    totalPoints: z.string(),
  }),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  elapsedShare: z.string(),
  asOf: z.string(),
  previousPeriod: z.string(),
  /** Units of the group the method's exclusion rules leave out: listed, not ranked. */
  excludedUnits: z.array(z.object({ unitId: z.string(), unitName: z.string() })).optional(),
  units: z.array(UnitLine),
});
export type ResultPayload = z.infer<typeof ResultPayload>;
export const ResultView = z.object({
  id: z.uuid(),
  period: z.string(),
  groupId: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded']),
  reason: z.string().nullable(),
  computedAt: z.string(),
  publishedAt: z.string().nullable(),
  payload: ResultPayload,
});
export type ResultView = z.infer<typeof ResultView>;
