import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from './projects';
import { users } from './users';

/** 走访/敲门: a visit to a lead's investor, logged from a phone. */
export const projectVisits = pgTable(
  'project_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    visitedOn: date('visited_on').notNull(),
    visitors: text('visitors').notNull(),
    peopleMet: text('people_met'),
    place: text('place').notNull(),
    outcome: text('outcome').notNull(),
    nextStep: text('next_step'),
    photoFileIds: uuid('photo_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_visits_project_idx').on(t.projectId, t.visitedOn)],
);

/** 洽谈记录: negotiation notes on a lead or a project in negotiation. */
export const projectNotes = pgTable(
  'project_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    notedOn: date('noted_on').notNull(),
    content: text('content').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_notes_project_idx').on(t.projectId, t.notedOn)],
);
