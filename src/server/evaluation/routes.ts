import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { sendDocx, sendXlsx } from '../office/send';
import { rankingBriefing } from './briefing';
import { monthlyBulletin } from './bulletin';
import { importTargets, targetsTemplate } from './targets-xlsx';
import { upload } from '../imports/routes';
import { explainUnit } from './explain';
import { registerYearEndRoutes } from './year-end-routes';
import { createMethod, listMethods, listTargets, publishMethod, putTargets } from './methods';
import { computeResult, findResult, getResult, publishResult } from './results';
import {
  ComputeBody,
  IdParams,
  MethodCreate,
  MethodView,
  PublishBody,
  ResultView,
  ResultsQuery,
  TargetsPut,
  UnitLine,
} from './schemas';

const tags = ['evaluation'];
const read = { policy: 'evaluation.read' } as const;
const manage = { policy: 'evaluation.manage' } as const;

const Record = z.object({
  id: z.string(),
  kind: z.enum(['project', 'item', 'report', 'missing_report']),
  label: z.string(),
  link: z.string(),
});
const Explain = z.object({
  result: z.object({
    id: z.uuid(),
    period: z.string(),
    groupId: z.string(),
    status: z.string(),
    version: z.number().int(),
  }),
  method: z.object({
    id: z.uuid(),
    family: z.string(),
    version: z.number().int(),
    name: z.string(),
    totalPoints: z.string(),
  }),
  line: UnitLine.extend({
    indicators: z.array(UnitLine.shape.indicators.element.extend({ records: z.array(Record) })),
    rules: z.array(UnitLine.shape.rules.element.extend({ records: z.array(Record) })),
  }),
  unitsInGroup: z.number().int(),
});

/** 考评: methods (versioned), targets, computing, publishing and explaining rankings. */
export function registerEvaluationRoutes(app: App) {
  const { db } = app.deps;
  registerYearEndRoutes(app);

  app.get(
    '/api/evaluations/methods',
    {
      config: read,
      schema: {
        tags,
        summary: 'Evaluation methods, every version',
        response: { 200: z.object({ items: z.array(MethodView) }) },
      },
    },
    async () => listMethods(db),
  );

  app.post(
    '/api/evaluations/methods',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Draft a method version (validated: points add up, every indicator has a source)',
        body: MethodCreate,
        response: { 201: MethodView },
      },
    },
    async (req, reply) => reply.status(201).send(await createMethod(db, ctxOf(req), req.body)),
  );

  app.post(
    '/api/evaluations/methods/:id/publish',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Publish a method version: it never changes again',
        params: IdParams,
        response: { 200: MethodView },
      },
    },
    async (req) => publishMethod(db, ctxOf(req), req.params.id),
  );

  app.get(
    '/api/evaluations/methods/:id/targets',
    {
      config: read,
      schema: {
        tags,
        summary: 'A year’s targets per unit and indicator',
        params: IdParams,
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            year: z.number().int(),
            rows: z.array(z.object({ unitId: z.string(), indicatorKey: z.string(), value: z.string() })),
          }),
        },
      },
    },
    async (req) => listTargets(db, req.params.id, req.query.year),
  );

  app.put(
    '/api/evaluations/methods/:id/targets',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set a year’s targets per unit and indicator (all rows or none)',
        params: IdParams,
        body: TargetsPut,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await putTargets(db, ctxOf(req), req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/evaluations/results/compute',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Compute a group’s ranking for a period as a draft',
        body: ComputeBody,
        response: { 200: ResultView },
      },
    },
    async (req) => computeResult(db, ctxOf(req), req.body),
  );

  app.post(
    '/api/evaluations/results/:id/publish',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Publish (freeze) a draft; over an earlier published one it is a correction with a reason',
        params: IdParams,
        body: PublishBody,
        response: { 200: ResultView },
      },
    },
    async (req) => publishResult(db, ctxOf(req), req.params.id, req.body.reason ?? null),
  );

  app.get(
    '/api/evaluations/results',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The ranking of a group for a period (period=2021Q3&group=counties): ranked units with each indicator’s breakdown',
        querystring: ResultsQuery,
        response: { 200: ResultView },
      },
    },
    async (req) => findResult(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/evaluations/results/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A result by id (drafts included)',
        params: IdParams,
        response: { 200: ResultView },
      },
    },
    async (req) => getResult(db, req.params.id),
  );

  app.get(
    '/api/evaluations/results/:id/explain',
    {
      config: read,
      schema: {
        tags,
        summary: 'Why a unit ranks where it does: its line with the records behind every figure',
        params: IdParams,
        querystring: z.strictObject({ unitId: z.string().min(1).max(40) }),
        response: { 200: Explain },
      },
    },
    async (req) => explainUnit(db, ctxOf(req), req.params.id, req.query.unitId),
  );

  app.get(
    '/api/briefings/ranking.docx',
    {
      config: read,
      schema: {
        tags: ['briefings'],
        summary: 'The ranking briefing (通报) of a published period, as .docx in the government layout',
        querystring: z.strictObject({ period: z.string().max(10), group: z.string().min(1).max(40) }),
      },
    },
    async (req, reply) => {
      const { title, buffer } = await rankingBriefing(db, ctxOf(req), req.query);
      return sendDocx(reply, title, buffer);
    },
  );

  app.get(
    '/api/briefings/monthly.docx',
    {
      config: read,
      schema: {
        tags: ['briefings'],
        summary:
          'The monthly bulletin (月通报): signings, starts, funds, missing reports, overdue items by county (.docx)',
        querystring: z.strictObject({ month: z.string().max(7) }),
      },
    },
    async (req, reply) => {
      const { title, buffer } = await monthlyBulletin(db, ctxOf(req), req.query.month);
      return sendDocx(reply, title, buffer);
    },
  );

  const YearQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

  app.get(
    '/api/evaluations/methods/:id/targets.xlsx',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The year’s target sheet (units × indicators, current targets, drop-downs)',
        params: IdParams,
        querystring: YearQuery,
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        `${req.query.year}年考评目标`,
        await targetsTemplate(db, req.params.id, req.query.year),
      ),
  );

  app.post(
    '/api/evaluations/methods/:id/targets.xlsx',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Import a year’s targets from .xlsx (multipart "file"); ?dryRun=true lists every problem, a commit replaces the year',
        params: IdParams,
        querystring: YearQuery.extend({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: {
          200: z.object({
            dryRun: z.boolean(),
            year: z.number().int(),
            rows: z.array(
              z.object({
                row: z.number().int(),
                unitId: z.string(),
                indicatorKey: z.string(),
                value: z.string(),
              }),
            ),
            problems: z.array(
              z.object({ row: z.number().int(), column: z.string(), value: z.string(), reason: z.string() }),
            ),
            written: z.number().int(),
          }),
        },
      },
    },
    async (req) => {
      const { bytes } = await upload(req);
      return importTargets(db, ctxOf(req), req.params.id, req.query.year, bytes, req.query.dryRun === 'true');
    },
  );
}
