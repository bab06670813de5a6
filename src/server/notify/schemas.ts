import { z } from 'zod';
import { DELIVERY_STATUSES, WEBHOOK_KINDS } from '../../domain/notify/webhooks';
import { pageOf } from '../http/schemas';

const UnitKind = z.enum(['department', 'region']);
export const UnitRef = z.strictObject({ kind: UnitKind, id: z.string().min(1).max(20) });
export const UnitView = z.object({ kind: UnitKind, id: z.string(), name: z.string() });
export const IdParams = z.strictObject({ id: z.uuid() });

const Url = z.string().trim().min(1).max(1000);
const Secret = z.string().trim().min(1).max(200);

export const WebhookCreate = z.strictObject({
  unit: UnitRef,
  kind: z.enum(WEBHOOK_KINDS),
  name: z.string().trim().min(1).max(60),
  url: Url,
  secret: Secret.nullish(),
  enabled: z.boolean().default(true),
});
export type WebhookCreate = z.infer<typeof WebhookCreate>;

/** Changes to a robot; `secret: null` removes the secret, an absent one keeps it. */
export const WebhookPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(60),
    url: Url,
    secret: Secret.nullable(),
    enabled: z.boolean(),
  })
  .partial();
export type WebhookPatch = z.infer<typeof WebhookPatch>;

export const WebhookView = z.object({
  id: z.uuid(),
  unit: UnitView,
  kind: z.enum(WEBHOOK_KINDS),
  name: z.string(),
  url: z.string(),
  /** The secret itself is never sent back. */
  hasSecret: z.boolean(),
  enabled: z.boolean(),
  createdAt: z.string(),
  pending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  lastSentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type WebhookView = z.infer<typeof WebhookView>;
export const WebhookList = z.object({ items: z.array(WebhookView) });

export const DeliveryView = z.object({
  id: z.uuid(),
  webhookId: z.uuid(),
  webhookName: z.string(),
  kind: z.enum(WEBHOOK_KINDS),
  unit: UnitView,
  itemId: z.uuid().nullable(),
  itemCode: z.string().nullable(),
  title: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  lastHttpStatus: z.number().int().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliveryQuery = z.strictObject({
  status: z.enum(DELIVERY_STATUSES).optional(),
  webhookId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DeliveryQuery = z.infer<typeof DeliveryQuery>;
export const DeliveryList = pageOf(DeliveryView);

export const TestResult = z.object({
  ok: z.boolean(),
  error: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  delivery: DeliveryView,
});

export const UnitHeadsEntry = z.object({
  unit: UnitView,
  heads: z.array(z.object({ id: z.uuid(), displayName: z.string(), username: z.string() })),
  /** Accounts of the unit that may be named head. */
  candidates: z.array(z.object({ id: z.uuid(), displayName: z.string(), username: z.string() })),
});
export const UnitHeadsList = z.object({ items: z.array(UnitHeadsEntry) });
export const UnitHeadsParams = z.strictObject({ kind: UnitKind, unitId: z.string().min(1).max(20) });
export const UnitHeadsPut = z.strictObject({ userIds: z.array(z.uuid()).max(10) });
