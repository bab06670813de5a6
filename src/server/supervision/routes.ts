import { ctxOf, type App } from '../http/types';
import { z } from 'zod';
import { registerSupervisionFileRoutes } from './files';
import { EventInput, ItemCreate, ItemDetail, ItemListQuery, ItemListResponse, ItemParams } from './schemas';
import { listItems } from './list';
import { appendEvent, createItem, getItem } from './service';
import { unitStatistics } from './stats';

const tags = ['supervision'];

export function registerSupervisionRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/supervision/items',
    {
      config: { policy: 'supervision.read' },
      schema: {
        tags,
        summary:
          'Supervision items you can see, with their colour now, most urgent first, and the count in each state; `stat` (with `unitKind`, `unit`) lists exactly the items behind a figure of the unit statistics',
        querystring: ItemListQuery,
        response: { 200: ItemListResponse },
      },
    },
    async (req) => listItems(db, ctxOf(req), req.query),
  );

  app.post(
    '/api/supervision/items',
    {
      config: { policy: 'supervision.create' },
      schema: {
        tags,
        summary:
          'Raise an item (a project blocker, a meeting decision, a leader’s instruction) and assign it',
        body: ItemCreate,
        response: { 201: ItemDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createItem(db, ctxOf(req), req.body)),
  );

  app.get(
    '/api/supervision/items/:id',
    {
      config: { policy: 'supervision.read' },
      schema: {
        tags,
        summary: 'An item with each target’s deadline and colour and the events that explain them',
        params: ItemParams,
        response: { 200: ItemDetail },
      },
    },
    async (req) => getItem(db, ctxOf(req), req.params.id),
  );

  app.post(
    '/api/supervision/items/:id/events',
    {
      config: { policy: 'supervision.act' },
      schema: {
        tags,
        summary:
          'Take the next action of the flow (acknowledge, deploy, report, resolve, extend, verify, close …)',
        params: ItemParams,
        body: EventInput,
        response: { 200: ItemDetail },
      },
    },
    async (req) => appendEvent(db, ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/supervision/stats',
    {
      config: { policy: 'supervision.read' },
      schema: {
        tags,
        summary:
          'Per unit and in total: on-time rate (按期办结率), open, overdue, closed, average days to resolve, 销号清零 progress, rank; each count is a `stat` of the item list',
        response: { 200: UnitStatsResponse },
      },
    },
    async (req) => unitStatistics(db, ctxOf(req)),
  );

  registerSupervisionFileRoutes(app);
}

const UnitFigures = z.object({
  total: z.number().int(),
  open: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  resolved: z.number().int(),
  resolvedOnTime: z.number().int(),
  late: z.number().int(),
  onTimeRate: z.string().nullable(),
  averageDaysToResolve: z.string().nullable(),
  clearedRate: z.string().nullable(),
});
const UnitStatsResponse = z.object({
  asOf: z.string(),
  units: z.array(
    UnitFigures.extend({
      unit: z.object({ kind: z.enum(['department', 'region']), id: z.string(), name: z.string() }),
      rank: z.number().int(),
    }),
  ),
  /** All the units together (what the caller can see). */
  total: UnitFigures.nullable(),
});
