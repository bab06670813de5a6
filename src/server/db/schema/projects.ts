import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { LAND_SITUATIONS, SIGNING_TYPES, STAGES } from '../../../domain/lifecycle/stages';
import { BRINGS, INDUSTRY_CATEGORIES, PROMOTION_METHODS } from '../../../domain/projects/fields';
import { LEAD_SOURCES } from '../../../domain/projects/lead';
import { investors, originRegion } from './investors';
import { regions } from './org';
import { users } from './users';

export const stage = pgEnum('stage', STAGES);
export const landSituation = pgEnum('land_situation', LAND_SITUATIONS);
export const signingType = pgEnum('signing_type', SIGNING_TYPES);
export const industryCategory = pgEnum('industry_category', INDUSTRY_CATEGORIES);
export const promotionMethod = pgEnum('promotion_method', PROMOTION_METHODS);
export const bringsKind = pgEnum('brings_kind', BRINGS);
export const leadSource = pgEnum('lead_source', LEAD_SOURCES);

export const projectCodeSeq = pgSequence('project_code_seq', { startWith: 1 });

/** Money columns: numeric(18,2) in 元, read and written as exact decimal strings. */
const yuan = (name: string) => numeric(name, { precision: 18, scale: 2 });

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    industryCategory: industryCategory('industry_category').notNull(),
    strategicEmerging: boolean('strategic_emerging').notNull().default(false),
    industry: text('industry').notNull(),
    investorName: text('investor_name').notNull(),
    investorCreditCode: text('investor_credit_code'),
    investorId: uuid('investor_id').references(() => investors.id),
    /** The investor name without legal-form words (for duplicate detection). */
    investorNormalized: text('investor_normalized'),
    realEstate: boolean('real_estate').notNull().default(false),
    fiscallyFunded: boolean('fiscally_funded').notNull().default(false),
    /** Set when a duplicate claim was decided to be this other project. */
    mergedIntoId: uuid('merged_into_id'),
    originRegion: originRegion('origin_region'),
    foreignCapital: boolean('foreign_capital').notNull().default(false),
    leadSource: leadSource('lead_source'),
    ownerId: uuid('owner_id').references(() => users.id),
    totalInvestment: yuan('total_investment').notNull(),
    contractedInvestment: yuan('contracted_investment'),
    promotionMethods: promotionMethod('promotion_methods')
      .array()
      .notNull()
      .default(sql`'{}'`),
    brings: bringsKind('brings')
      .array()
      .notNull()
      .default(sql`'{}'`),
    landSituation: landSituation('land_situation').notNull(),
    introducedBy: text('introduced_by'),
    description: text('description'),
    stage: stage('stage').notNull().default('lead'),
    stageBeforeStall: stage('stage_before_stall'),
    terminatedReason: text('terminated_reason'),
    signingType: signingType('signing_type'),
    signedOn: date('signed_on'),
    /** Contracted funds by origin (元), and foreign funds in US$ (外资, incl. HK/Macao/Taiwan). */
    fundsOutOfProvince: yuan('funds_out_of_province'),
    fundsInProvince: yuan('funds_in_province'),
    fundsLocal: yuan('funds_local'),
    fundsForeignUsd: numeric('funds_foreign_usd', { precision: 18, scale: 2 }),
    contractFileId: uuid('contract_file_id'),
    /** The signing event at which the project was signed, if any. */
    signingEventId: uuid('signing_event_id'),
    registerBy: date('register_by'),
    startBy: date('start_by'),
    produceBy: date('produce_by'),
    lastTransitionOn: date('last_transition_on'),
    /** 入统: entered in fixed-asset investment statistics, and 入规: became an above-scale enterprise. */
    statsEnteredOn: date('stats_entered_on'),
    aboveScaleOn: date('above_scale_on'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('projects_region_stage_idx').on(t.regionId, t.stage),
    index('projects_updated_idx').on(t.updatedAt),
    index('projects_total_idx').on(t.totalInvestment),
    index('projects_investor_idx').on(t.investorId),
    index('projects_investor_normalized_idx').on(t.investorNormalized),
    index('projects_credit_code_idx').on(t.investorCreditCode),
    index('projects_signed_idx').on(t.signedOn),
    index('projects_signing_event_idx').on(t.signingEventId),
  ],
);

export const projectTransitions = pgTable(
  'project_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of recording: the timeline's order even when two steps share a date and a timestamp. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    fromStage: stage('from_stage').notNull(),
    toStage: stage('to_stage').notNull(),
    occurredOn: date('occurred_on').notNull(),
    note: text('note'),
    reason: text('reason'),
    skipReason: text('skip_reason'),
    evidenceFileIds: uuid('evidence_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_transitions_project_idx').on(t.projectId, t.seq)],
);

/** Evidence and attachments. Bytes live in the file store; this row holds what describes them. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** A small WebP preview of an image, in the same store. */
    thumbnailKey: text('thumbnail_key'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_project_idx').on(t.projectId)],
);
