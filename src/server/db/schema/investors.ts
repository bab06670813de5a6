import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { INVESTOR_KINDS, ORIGIN_REGIONS, OWNERSHIPS } from '../../../domain/investors/fields';
import { regions } from './org';
import { users } from './users';

export const originRegion = pgEnum('origin_region', ORIGIN_REGIONS);
export const ownership = pgEnum('ownership', OWNERSHIPS);
export const investorKind = pgEnum('investor_kind', INVESTOR_KINDS);

export type InvestorContact = {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
};

/** 客商库: enterprises that invest, could invest, or already produce locally. Shared city-wide. */
export const investors = pgTable(
  'investors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Name without legal-form words, half-width, lower-case: for search and duplicate detection. */
    normalizedName: text('normalized_name').notNull(),
    creditCode: text('credit_code').unique(),
    kind: investorKind('kind').notNull().default('investor'),
    originProvince: text('origin_province'),
    originCountry: text('origin_country'),
    originRegion: originRegion('origin_region'),
    ownership: ownership('ownership'),
    fortune500: boolean('fortune500').notNull().default(false),
    china500: boolean('china500').notNull().default(false),
    listed: boolean('listed').notNull().default(false),
    industry: text('industry'),
    contacts: jsonb('contacts').$type<InvestorContact[]>().notNull().default([]),
    notes: text('notes'),
    /** The region that keeps the record (a local enterprise's county, or the officer who registered it). */
    ownerRegionId: text('owner_region_id').references(() => regions.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('investors_normalized_name_idx').on(t.normalizedName),
    index('investors_kind_idx').on(t.kind),
  ],
);
