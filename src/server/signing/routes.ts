import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { sendDocx, sendXlsx } from '../office/send';
import { signingListDocx, signingListXlsx, signingReleaseDocx } from './export';
import { shanghaiDate } from '../../domain/time';
import { EXPORT_MAX_ROWS } from '../projects/export';
import { eventReport } from './report';
import { AgendaInput, EventCreate, EventDetail, EventListQuery, EventPatch, EventSummary } from './schemas';
import { signAgenda } from './sign';
import { createEvent, getEvent, listEvents, putOnAgenda, updateEvent, withdrawFromAgenda } from './service';

const IdParams = z.strictObject({ id: z.uuid() });
const Bucket = z.object({
  count: z.number().int(),
  totalInvestment: z.string(),
  contractedInvestment: z.string(),
});
const ReportResponse = z.object({
  eventId: z.uuid(),
  title: z.string(),
  heldOn: z.string(),
  headline: z.string(),
  release: z.string(),
  statistics: z.object({
    all: Bucket,
    bySizeBand: z.array(z.object({ minYi: z.number(), bucket: Bucket })),
    byOrigin: z.record(z.string(), Bucket),
    byIndustry: z.record(z.string(), Bucket),
    domestic: Bucket,
    foreign: Bucket,
    bySigningType: z.record(z.string(), Bucket),
  }),
  allStatistics: z.object({ all: Bucket }).loose(),
  excludedCount: z.number().int(),
  excluded: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      regionName: z.string(),
      totalInvestment: z.string(),
      rules: z.array(z.string()),
    }),
  ),
  byRegion: z.array(
    z.object({
      regionId: z.string(),
      regionName: z.string(),
      count: z.number().int(),
      totalInvestment: z.string(),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      regionName: z.string(),
      investorName: z.string(),
      industry: z.string(),
      industryCategory: z.string(),
      totalInvestment: z.string(),
      contractedInvestment: z.string().nullable(),
      signingType: z.string().nullable(),
    }),
  ),
});

export function registerSigningRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/signing-days',
    {
      config: { policy: 'signing.read' },
      schema: {
        tags: ['signing'],
        summary: 'Signing events in a date range, with the scheduled monthly occurrences not yet prepared',
        querystring: EventListQuery,
        response: { 200: z.object({ items: z.array(EventSummary) }) },
      },
    },
    async (req) => ({ items: await listEvents(db, ctxOf(req), req.query) }),
  );

  app.post(
    '/api/signing-days',
    {
      config: { policy: 'signing.manage' },
      schema: {
        tags: ['signing'],
        summary: 'Prepare a signing event (a month’s signing day, a 三个一批 event, an expo)',
        body: EventCreate,
        response: { 201: EventDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createEvent(db, ctxOf(req), req.body)),
  );

  app.get(
    '/api/signing-days/:id',
    {
      config: { policy: 'signing.read' },
      schema: {
        tags: ['signing'],
        summary: 'An event with its agenda (projects within your scope)',
        params: IdParams,
        response: { 200: EventDetail },
      },
    },
    async (req) => getEvent(db, ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/signing-days/:id',
    {
      config: { policy: 'signing.manage' },
      schema: {
        tags: ['signing'],
        summary: 'Move the occurrence, change venues, reports, pledge speakers',
        params: IdParams,
        body: EventPatch,
        response: { 200: EventDetail },
      },
    },
    async (req) => updateEvent(db, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/signing-days/:id/agenda',
    {
      config: { policy: 'signing.propose' },
      schema: {
        tags: ['signing'],
        summary: 'Put a project of your scope on the agenda with its planned signing',
        params: IdParams,
        body: AgendaInput,
        response: { 200: EventDetail },
      },
    },
    async (req) => putOnAgenda(db, ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/signing-days/:id/agenda/:projectId',
    {
      config: { policy: 'signing.propose' },
      schema: {
        tags: ['signing'],
        summary: 'Withdraw a planned project from the agenda',
        params: z.strictObject({ id: z.uuid(), projectId: z.uuid() }),
        response: { 200: EventDetail },
      },
    },
    async (req) => withdrawFromAgenda(db, ctxOf(req), req.params.id, req.params.projectId),
  );

  app.post(
    '/api/signing-days/:id/sign',
    {
      config: { policy: 'signing.manage' },
      schema: {
        tags: ['signing'],
        summary: 'Mark every planned agenda project signed in one action (all or nothing)',
        params: IdParams,
        response: { 200: EventDetail },
      },
    },
    async (req) => signAgenda(db, ctxOf(req), req.params.id),
  );

  app.get(
    '/api/signing-days/:id/report',
    {
      config: { policy: 'signing.read' },
      schema: {
        tags: ['signing'],
        summary: 'Statistics of the projects signed at the event and the release text',
        params: IdParams,
        response: { 200: ReportResponse },
      },
    },
    async (req) => eventReport(db, ctxOf(req), req.params.id),
  );

  app.get(
    '/api/signing-days/:id/list.xlsx',
    {
      config: { policy: 'signing.read' },
      schema: { tags: ['signing'], summary: 'The signing list as .xlsx', params: IdParams },
    },
    async (req, reply) => {
      const report = await eventReport(db, ctxOf(req), req.params.id, EXPORT_MAX_ROWS);
      return sendXlsx(reply, `${report.title}签约项目清单`, await signingListXlsx(report));
    },
  );

  app.get(
    '/api/briefings/signing-day.docx',
    {
      config: { policy: 'signing.read' },
      schema: {
        tags: ['briefings'],
        summary:
          '签约推进日情况通报 (.docx): the release, the signings by county, the list and the projects not counted; a county its own',
        querystring: z.strictObject({ event: z.uuid() }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const report = await eventReport(db, ctx, req.query.event, EXPORT_MAX_ROWS);
      const { title, buffer } = signingReleaseDocx(report, shanghaiDate(ctx.now));
      return sendDocx(reply, title, await buffer);
    },
  );

  app.get(
    '/api/signing-days/:id/list.docx',
    {
      config: { policy: 'signing.read' },
      schema: { tags: ['signing'], summary: 'The signing list as .docx (公文 layout)', params: IdParams },
    },
    async (req, reply) => {
      const report = await eventReport(db, ctxOf(req), req.params.id, EXPORT_MAX_ROWS);
      return sendDocx(reply, `${report.title}签约项目清单`, await signingListDocx(report));
    },
  );
}
