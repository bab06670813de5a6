import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { closeInspection, createInspection, getInspection, listInspections, scoreSite } from './service';

const tags = ['inspections'];
const Params = z.strictObject({ id: z.uuid() });
const Dec = z.string().regex(/^\d+(\.\d+)?$/);
const Create = z.strictObject({
  name: z.string().trim().min(1).max(120),
  period: z.string().max(10),
  groupId: z.string().min(1).max(40),
  sheet: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_]{1,40}$/),
        name: z.string().trim().min(1).max(60),
        max: Dec,
      }),
    )
    .min(1)
    .max(20),
  dropExtremes: z.boolean().default(true),
  judgeIds: z.array(z.uuid()).min(1).max(50),
  projectIds: z.array(z.uuid()).min(1).max(200),
});
const Site = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  code: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  judged: z.number().int(),
  score: z.string().nullable(),
  dropped: z.boolean(),
  myMarks: z.record(z.string(), z.string()).nullable(),
  marks: z.array(z.object({ judgeId: z.uuid(), total: z.string(), marks: z.record(z.string(), z.string()) })),
});
const View = z.object({
  id: z.uuid(),
  name: z.string(),
  period: z.string(),
  groupId: z.string(),
  sheet: z.array(z.object({ key: z.string(), name: z.string(), max: z.string() })),
  dropExtremes: z.boolean(),
  status: z.enum(['open', 'closed']),
  judges: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  isJudge: z.boolean(),
  sites: z.array(Site),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      score: z.string().nullable(),
      sites: z.number().int(),
    }),
  ),
});

/** 半年观摩: set up, score on a phone (judges), close; closed scores feed the evaluation. */
export function registerInspectionRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/inspections',
    {
      config: { policy: 'evaluation.read' },
      schema: {
        tags,
        summary:
          'The inspections the caller may open (the city: all; others: those they judge), with progress',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                period: z.string(),
                groupId: z.string(),
                status: z.enum(['open', 'closed']),
                sites: z.number().int(),
                judges: z.number().int(),
                /** Sites scored by every judge. */
                complete: z.number().int(),
                isJudge: z.boolean(),
                /** Sites the caller has scored. */
                mine: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => listInspections(db, ctxOf(req)),
  );

  app.post(
    '/api/inspections',
    {
      config: { policy: 'evaluation.manage' },
      schema: {
        tags,
        summary: 'Set up an inspection: sheet, judges, sites',
        body: Create,
        response: { 201: View },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      return reply.status(201).send(await getInspection(db, ctx, await createInspection(db, ctx, req.body)));
    },
  );

  app.get(
    '/api/inspections/:id',
    {
      config: { policy: 'evaluation.read' },
      schema: {
        tags,
        summary: 'An inspection with its sites, scores and county scores',
        params: Params,
        response: { 200: View },
      },
    },
    async (req) => getInspection(db, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/inspections/:id/sites/:siteId/score',
    {
      config: { policy: 'session' },
      schema: {
        tags,
        summary: 'A judge scores a site against the sheet (each mark within 0 and its maximum)',
        params: z.strictObject({ id: z.uuid(), siteId: z.uuid() }),
        body: z.strictObject({ marks: z.record(z.string().max(40), z.string().max(12)) }),
        response: { 200: View },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await scoreSite(db, ctx, req.params.id, req.params.siteId, req.body.marks);
      return getInspection(db, ctx, req.params.id);
    },
  );

  app.post(
    '/api/inspections/:id/close',
    {
      config: { policy: 'evaluation.manage' },
      schema: {
        tags,
        summary: 'Close: the scores are final and feed the evaluation',
        params: Params,
        response: { 200: View },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await closeInspection(db, ctx, req.params.id);
      return getInspection(db, ctx, req.params.id);
    },
  );
}
