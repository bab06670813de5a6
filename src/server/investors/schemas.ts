import { z } from 'zod';
import { INVESTOR_KINDS, ORIGIN_REGIONS, OWNERSHIPS } from '../../domain/investors/fields';
import { LIMITS } from '../../domain/limits';
import { CreditCode } from '../projects/schemas';

const text = (max: number) => z.string().trim().max(max);

export const Contact = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.displayName),
  title: text(LIMITS.displayName).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+\-() ]*$/, 'digits, +, -, (, ) and spaces only')
    .nullable()
    .optional(),
  email: z.email().max(LIMITS.shortText).nullable().optional(),
});

const fields = {
  name: z.string().trim().min(1).max(LIMITS.name),
  creditCode: CreditCode.nullable().optional(),
  kind: z.enum(INVESTOR_KINDS).default('investor'),
  originProvince: text(LIMITS.displayName).nullable().optional(),
  originCountry: text(LIMITS.displayName).nullable().optional(),
  /** Derived from province/country when omitted. */
  originRegion: z.enum(ORIGIN_REGIONS).nullable().optional(),
  ownership: z.enum(OWNERSHIPS).nullable().optional(),
  fortune500: z.boolean().default(false),
  china500: z.boolean().default(false),
  listed: z.boolean().default(false),
  industry: text(LIMITS.shortText).nullable().optional(),
  contacts: z.array(Contact).max(20).default([]),
  notes: text(LIMITS.note).nullable().optional(),
  ownerRegionId: z.string().max(20).nullable().optional(),
};

export const InvestorCreate = z.strictObject(fields);
export type InvestorCreate = z.infer<typeof InvestorCreate>;

export const InvestorPatch = z.strictObject({
  version: z.number().int().min(1),
  name: fields.name.optional(),
  creditCode: fields.creditCode,
  kind: z.enum(INVESTOR_KINDS).optional(),
  originProvince: fields.originProvince,
  originCountry: fields.originCountry,
  originRegion: fields.originRegion,
  ownership: fields.ownership,
  fortune500: z.boolean().optional(),
  china500: z.boolean().optional(),
  listed: z.boolean().optional(),
  industry: fields.industry,
  contacts: z.array(Contact).max(20).optional(),
  notes: fields.notes,
});
export type InvestorPatch = z.infer<typeof InvestorPatch>;

const flag = z.enum(['true', 'false']).optional();
export const InvestorListQuery = z.strictObject({
  q: z.string().trim().max(LIMITS.search).optional(),
  kind: z.enum(INVESTOR_KINDS).optional(),
  originRegion: z.enum(ORIGIN_REGIONS).optional(),
  fortune500: flag,
  china500: flag,
  listed: flag,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type InvestorListQuery = z.infer<typeof InvestorListQuery>;

export const InvestorView = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  kind: z.enum(INVESTOR_KINDS),
  originProvince: z.string().nullable(),
  originCountry: z.string().nullable(),
  originRegion: z.enum(ORIGIN_REGIONS).nullable(),
  ownership: z.enum(OWNERSHIPS).nullable(),
  fortune500: z.boolean(),
  china500: z.boolean(),
  listed: z.boolean(),
  industry: z.string().nullable(),
  contacts: z.array(Contact),
  notes: z.string().nullable(),
  ownerRegionId: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type InvestorView = z.infer<typeof InvestorView>;
