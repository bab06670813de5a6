import { ctxOf, type App } from '../http/types';
import {
  DeliveryList,
  DeliveryQuery,
  DeliveryView,
  IdParams,
  TestResult,
  UnitHeadsEntry,
  UnitHeadsList,
  UnitHeadsParams,
  UnitHeadsPut,
  WebhookCreate,
  WebhookList,
  WebhookPatch,
  WebhookView,
} from './schemas';
import {
  createWebhook,
  listDeliveries,
  listUnitHeads,
  listWebhooks,
  putUnitHeads,
  retryDelivery,
  testWebhook,
  updateWebhook,
} from './service';

const tags = ['notify'];
const config = { policy: 'notify.manage' } as const;

/** Group robots of units (DingTalk, WeCom), their deliveries, and unit heads. */
export function registerNotifyRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/notify/webhooks',
    {
      config,
      schema: {
        tags,
        summary: 'Group robots with what became of their messages',
        response: { 200: WebhookList },
      },
    },
    async () => ({ items: await listWebhooks(db) }),
  );

  app.post(
    '/api/notify/webhooks',
    {
      config,
      schema: {
        tags,
        summary: 'Add a unit’s DingTalk or WeCom group robot (DingTalk 加签 secret optional)',
        body: WebhookCreate,
        response: { 201: WebhookView },
      },
    },
    async (req, reply) => reply.status(201).send(await createWebhook(db, ctxOf(req), req.body)),
  );

  app.patch(
    '/api/notify/webhooks/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Rename, re-address, change the secret of, enable or disable a robot',
        params: IdParams,
        body: WebhookPatch,
        response: { 200: WebhookView },
      },
    },
    async (req) => updateWebhook(db, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/notify/webhooks/:id/test',
    {
      config,
      schema: {
        tags,
        summary: 'Send a test message now and answer what the robot said',
        params: IdParams,
        response: { 200: TestResult },
      },
    },
    async (req) => testWebhook(db, ctxOf(req), req.params.id),
  );

  app.get(
    '/api/notify/deliveries',
    {
      config,
      schema: {
        tags,
        summary: 'Messages to robots, newest first (status=failed for the failures)',
        querystring: DeliveryQuery,
        response: { 200: DeliveryList },
      },
    },
    async (req) => listDeliveries(db, req.query),
  );

  app.post(
    '/api/notify/deliveries/:id/retry',
    {
      config,
      schema: {
        tags,
        summary: 'Queue a failed delivery again',
        params: IdParams,
        response: { 200: DeliveryView },
      },
    },
    async (req) => retryDelivery(db, ctxOf(req), req.params.id),
  );

  app.get(
    '/api/notify/unit-heads',
    {
      config,
      schema: { tags, summary: 'Each unit’s head(s), who get escalations', response: { 200: UnitHeadsList } },
    },
    async () => listUnitHeads(db),
  );

  app.put(
    '/api/notify/unit-heads/:kind/:unitId',
    {
      config,
      schema: {
        tags,
        summary: 'Name the head(s) of a unit (accounts of that unit)',
        params: UnitHeadsParams,
        body: UnitHeadsPut,
        response: { 200: UnitHeadsEntry },
      },
    },
    async (req) => putUnitHeads(db, ctxOf(req), req.params.kind, req.params.unitId, req.body.userIds),
  );
}
