import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { WEBHOOK_KINDS, DELIVERY_STATUSES } from '../../../domain/notify/webhooks';
import { supervisionItems, unitKind } from './supervision';
import { users } from './users';

export const webhookKind = pgEnum('webhook_kind', WEBHOOK_KINDS);
export const deliveryStatus = pgEnum('delivery_status', DELIVERY_STATUSES);

/**
 * A unit's group robot (DingTalk or WeCom): reminders, escalations and assignments of the unit's
 * items are posted to its group. DingTalk's signed mode keeps its secret here.
 */
export const unitWebhooks = pgTable(
  'unit_webhooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitKind: unitKind('unit_kind').notNull(),
    unitId: text('unit_id').notNull(),
    kind: webhookKind('kind').notNull(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    /** DingTalk 加签 secret (SEC…); null when the robot uses keywords or an IP list instead. */
    secret: text('secret'),
    enabled: boolean('enabled').notNull().default(true),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_webhooks_unit_idx').on(t.unitKind, t.unitId)],
);

/**
 * The outbox: one row per message to one robot. A job posts what is due, retries with back-off,
 * and leaves failures here for administrators to see and retry.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => unitWebhooks.id),
    /** What the message is about (an item), for the admin's list. */
    itemId: uuid('item_id').references(() => supervisionItems.id),
    title: text('title').notNull(),
    /** The message as the robot's API expects it (without the signature, added when sent). */
    body: jsonb('body').notNull(),
    status: deliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    lastHttpStatus: integer('last_http_status'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_hook_idx').on(t.webhookId, t.createdAt),
  ],
);

/** The head (负责人) of a unit: escalation's second level goes to them. */
export const unitHeads = pgTable(
  'unit_heads',
  {
    unitKind: unitKind('unit_kind').notNull(),
    unitId: text('unit_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.unitKind, t.unitId, t.userId] })],
);

/** Attachments of a supervision item (the blocker's papers, a report's photos), in the file store. */
export const supervisionFiles = pgTable(
  'supervision_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_files_item_idx').on(t.itemId)],
);
