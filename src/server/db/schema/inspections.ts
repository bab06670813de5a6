import {
  boolean,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Criterion } from '../../../domain/evaluation/inspection';
import { rankingGroups, regions } from './org';
import { projects } from './projects';
import { users } from './users';

export const inspectionStatus = pgEnum('inspection_status', ['open', 'closed']);

/** 半年观摩: sites chosen from the projects, judges, a scoring sheet; closed, its scores feed the method. */
export const inspections = pgTable('inspections', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The period it belongs to (2026H1). */
  period: text('period').notNull(),
  groupId: text('group_id')
    .notNull()
    .references(() => rankingGroups.id),
  sheet: jsonb('sheet').$type<Criterion[]>().notNull(),
  /** Drop one highest and one lowest judge total per site (with three judges or more). */
  dropExtremes: boolean('drop_extremes').notNull().default(true),
  status: inspectionStatus('status').notNull().default('open'),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});

export const inspectionSites = pgTable(
  'inspection_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => regions.id),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [index('inspection_sites_inspection_idx').on(t.inspectionId)],
);

export const inspectionJudges = pgTable(
  'inspection_judges',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The order the city listed the judges in (the results' columns keep it). */
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.userId] })],
);

/** A judge's marks for a site (criterion → decimal text) and their total. */
export const inspectionScores = pgTable(
  'inspection_scores',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => inspectionSites.id),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => users.id),
    marks: jsonb('marks').$type<Record<string, string>>().notNull(),
    total: text('total').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.judgeId] })],
);
