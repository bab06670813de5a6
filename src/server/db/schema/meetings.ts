import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from './org';
import { supervisionItems } from './supervision';
import { users } from './users';

/**
 * 周例会: a weekly promotion meeting — the agenda as generated when it was called (kept as it was),
 * the minutes recorded in the app. A county's own meeting carries its region; the city's none.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    heldOn: date('held_on').notNull(),
    regionId: text('region_id').references(() => regions.id),
    title: text('title').notNull(),
    agenda: jsonb('agenda').notNull(),
    minutes: text('minutes'),
    attendees: text('attendees'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_held_idx').on(t.heldOn)],
);

/** A decision of a meeting, made a supervision item in the same action. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItems.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.itemId] })],
);
