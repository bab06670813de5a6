import {
  bigint,
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ITEM_CATEGORIES, ITEM_SOURCES, ITEM_STATES, ITEM_WEIGHTS } from '../../../domain/supervision/items';
import { projects } from './projects';
import { regions } from './org';
import { users } from './users';

export const itemCategory = pgEnum('item_category', ITEM_CATEGORIES);
export const itemSource = pgEnum('item_source', ITEM_SOURCES);
export const itemWeight = pgEnum('item_weight', ITEM_WEIGHTS);
export const itemState = pgEnum('item_state', ITEM_STATES);
export const unitKind = pgEnum('unit_kind', ['department', 'region']);

export const itemCodeSeq = pgSequence('supervision_item_code_seq', { startWith: 1 });

/**
 * 督办事项. What the flow has made of it (state, unit, colour inputs) is derived from its event log
 * by the domain replay and stored here by the one service that appends events.
 */
export const supervisionItems = pgTable(
  'supervision_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: itemCategory('category').notNull(),
    source: itemSource('source').notNull(),
    weight: itemWeight('weight').notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    /** The region the matter belongs to (the project's, or the creator's county): county scope. */
    regionId: text('region_id').references(() => regions.id),
    unitKind: unitKind('unit_kind').notNull(),
    unitId: text('unit_id').notNull(),
    handlerId: uuid('handler_id').references(() => users.id),
    state: itemState('state').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    satisfaction: smallint('satisfaction'),
  },
  (t) => [
    index('supervision_items_unit_idx').on(t.unitKind, t.unitId, t.state),
    index('supervision_items_region_idx').on(t.regionId),
    index('supervision_items_state_idx').on(t.state),
    index('supervision_items_project_idx').on(t.projectId),
    /** Items raised since a day, by kind of unit (the evaluation's supervision metrics). */
    index('supervision_items_created_idx').on(t.unitKind, t.createdAt),
  ],
);

/** The append-only event log of an item: every state and colour is derived from it. */
export const supervisionEvents = pgTable(
  'supervision_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    payload: jsonb('payload').notNull(),
  },
  (t) => [index('supervision_events_item_idx').on(t.itemId, t.seq)],
);

/**
 * Each target of an item as the replay last computed it (deploy, report, resolve, plan steps):
 * the instants at which it turns yellow and red, so that boards and the scheduler can ask the
 * database "what is red now" without replaying every log.
 */
export const supervisionTargets = pgTable(
  'supervision_targets',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    key: text('key').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true, precision: 3 }).notNull(),
    deadline: date('deadline').notNull(),
    yellowAt: timestamp('yellow_at', { withTimezone: true, precision: 3 }).notNull(),
    breachAt: timestamp('breach_at', { withTimezone: true, precision: 3 }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.key] }),
    index('supervision_targets_open_idx')
      .on(t.breachAt)
      .where(sql`${t.doneAt} is null`),
    check('supervision_targets_order', sql`${t.opensAt} <= ${t.yellowAt} and ${t.yellowAt} <= ${t.breachAt}`),
  ],
);

/** In-app notifications (notification centre): unread until read. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    itemId: uuid('item_id').references(() => supervisionItems.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Each reminder or escalation sent, once: the primary key makes a second sender (another server
 * process, or a restart catching up) insert nothing, so nobody is reminded twice.
 */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    targetKey: text('target_key').notNull(),
    /** 50, 75, 100 (% of the window), or 100 + escalation level. */
    step: smallint('step').notNull(),
    deadline: date('deadline').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.targetKey, t.step, t.deadline] })],
);

/** Leases of background jobs: one holder at a time across server processes. */
export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
