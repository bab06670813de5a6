import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AGENDA_STATUSES, SIGNING_EVENT_KINDS, SIGNING_EVENT_STATUSES } from '../../../domain/signing/events';
import { projects, signingType } from './projects';
import { users } from './users';

export const signingEventKind = pgEnum('signing_event_kind', SIGNING_EVENT_KINDS);
export const signingEventStatus = pgEnum('signing_event_status', SIGNING_EVENT_STATUSES);
export const agendaStatus = pgEnum('agenda_status', AGENDA_STATUSES);

export type SubVenue = { regionId: string; venue: string };
export type AgendaReport = { title: string; presenter: string; unit?: string | null };
export type PledgeSpeaker = { unitName: string; speaker: string };

/** 签约推进日 and other signing events. A monthly event is unique per month (its occurrence may be moved). */
export const signingEvents = pgTable(
  'signing_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: signingEventKind('kind').notNull(),
    title: text('title').notNull(),
    /** YYYY-MM for monthly events. */
    month: text('month'),
    heldOn: date('held_on').notNull(),
    /** The date the schedule gave, when the occurrence was moved. */
    scheduledOn: date('scheduled_on'),
    status: signingEventStatus('status').notNull().default('planned'),
    mainVenue: text('main_venue'),
    subVenues: jsonb('sub_venues').$type<SubVenue[]>().notNull().default([]),
    reports: jsonb('reports').$type<AgendaReport[]>().notNull().default([]),
    pledgeSpeakers: jsonb('pledge_speakers').$type<PledgeSpeaker[]>().notNull().default([]),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('signing_events_month_idx').on(t.kind, t.month),
    index('signing_events_held_idx').on(t.heldOn),
  ],
);

/** A project on an event's agenda, with the signing it is planned to make. */
export const signingEventProjects = pgTable(
  'signing_event_projects',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => signingEvents.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    sortOrder: integer('sort_order').notNull().default(0),
    status: agendaStatus('status').notNull().default('planned'),
    signingType: signingType('signing_type').notNull(),
    contractedInvestment: numeric('contracted_investment', { precision: 18, scale: 2 }).notNull(),
    fundsOutOfProvince: numeric('funds_out_of_province', { precision: 18, scale: 2 }),
    fundsInProvince: numeric('funds_in_province', { precision: 18, scale: 2 }),
    fundsLocal: numeric('funds_local', { precision: 18, scale: 2 }),
    fundsForeignUsd: numeric('funds_foreign_usd', { precision: 18, scale: 2 }),
    registerBy: date('register_by'),
    startBy: date('start_by'),
    produceBy: date('produce_by'),
    /** The region's sub-venue where it is signed (云签约), null for the main venue. */
    venueRegionId: text('venue_region_id'),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.projectId] }),
    index('signing_event_projects_project_idx').on(t.projectId),
  ],
);

/** Administrator settings that change behaviour without code (signing day, thresholds, counting rules). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
