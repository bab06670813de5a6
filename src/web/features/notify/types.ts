import type { DeliveryStatus, WebhookKind } from '../../../domain/notify/webhooks';

export type UnitKind = 'department' | 'region';
export type UnitRef = { kind: UnitKind; id: string };
export type UnitView = UnitRef & { name: string };

/** A unit's group robot (DingTalk 自定义机器人, WeCom 群机器人) with what became of its messages. */
export type Webhook = {
  id: string;
  unit: UnitView;
  kind: WebhookKind;
  name: string;
  url: string;
  /** The secret itself is never sent back. */
  hasSecret: boolean;
  enabled: boolean;
  createdAt: string;
  pending: number;
  sent: number;
  failed: number;
  lastSentAt: string | null;
  lastError: string | null;
};

export type WebhookCreateInput = {
  unit: UnitRef;
  kind: WebhookKind;
  name: string;
  url: string;
  secret?: string | null;
  enabled?: boolean;
};

/** `secret: null` removes the secret; leaving it out keeps it. */
export type WebhookPatchInput = {
  name?: string;
  url?: string;
  secret?: string | null;
  enabled?: boolean;
};

export type Delivery = {
  id: string;
  webhookId: string;
  webhookName: string;
  kind: WebhookKind;
  unit: UnitView;
  itemId: string | null;
  itemCode: string | null;
  title: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  lastHttpStatus: number | null;
  sentAt: string | null;
  createdAt: string;
};

export type DeliveryPage = { items: Delivery[]; total: number; page: number; pageSize: number };

export type DeliveryParams = {
  status?: DeliveryStatus;
  webhookId?: string;
  page?: number;
  pageSize?: number;
};

/** What a robot answered to a test message sent just now. */
export type TestResult = {
  ok: boolean;
  error: string | null;
  httpStatus: number | null;
  delivery: Delivery;
};

export type Person = { id: string; displayName: string; username: string };

export type UnitHeads = { unit: UnitView; heads: Person[]; candidates: Person[] };
