import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { projects } from './projects';
import { users } from './users';

export const DUPLICATE_STATUSES = ['open', 'same_project', 'not_duplicate'] as const;
export const duplicateStatus = pgEnum('duplicate_status', DUPLICATE_STATUSES);

/**
 * A possible double claim (一炮数响): `projectId` is the later claim, `otherId` the earlier one.
 * Until decided, the later claim is left out of headline figures.
 */
export const duplicateCandidates = pgTable(
  'duplicate_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    otherId: uuid('other_id')
      .notNull()
      .references(() => projects.id),
    score: integer('score').notNull(),
    nameSimilarity: numeric('name_similarity', { precision: 5, scale: 4 }).notNull(),
    reasons: text('reasons')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Where it was found: create, update, import, signing. */
    foundAt: text('found_at').notNull(),
    status: duplicateStatus('status').notNull().default('open'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('duplicate_candidates_pair_idx').on(t.projectId, t.otherId),
    index('duplicate_candidates_status_idx').on(t.status),
  ],
);
