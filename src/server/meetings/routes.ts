import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { ctxOf, type App } from '../http/types';
import { IsoDate } from '../projects/schemas';
import { ItemCreate } from '../supervision/schemas';
import { agendaFor } from './agenda';
import { addDecision, createMeeting, getMeeting, listMeetings, todayOf, updateMinutes } from './service';

const tags = ['meetings'];
const Params = z.strictObject({ id: z.uuid() });
const ProjectLine = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  stage: z.string(),
  on: z.string().nullable(),
  days: z.number().int().nullable(),
});
const ItemLine = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  category: z.string(),
  state: z.string(),
  unitKind: z.enum(['department', 'region']),
  unitId: z.string(),
  unitName: z.string(),
  projectId: z.uuid().nullable(),
  nextDeadline: z.string().nullable(),
});
const Section = z.enum([
  'stalled',
  'overdueMilestones',
  'redItems',
  'yellowItems',
  'deadlinesThisWeek',
  'newSignings',
  'newLeads',
  'signedNotStarted',
]);
export const Agenda = z.object({
  date: z.string(),
  totals: z.record(Section, z.number().int()),
  stalled: z.array(ProjectLine),
  overdueMilestones: z.array(
    z
      .object({
        projectId: z.uuid(),
        code: z.string(),
        name: z.string(),
        regionName: z.string(),
        milestone: z.string(),
        plannedOn: z.string(),
        daysLate: z.number(),
      })
      .loose(),
  ),
  redItems: z.array(ItemLine),
  yellowItems: z.array(ItemLine),
  deadlinesThisWeek: z.array(
    z.object({ id: z.uuid(), code: z.string(), title: z.string(), key: z.string(), deadline: z.string() }),
  ),
  newSignings: z.array(ProjectLine),
  newLeads: z.array(ProjectLine),
  signedNotStarted: z.array(ProjectLine),
});
const MeetingView = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  regionId: z.string().nullable(),
  title: z.string(),
  agenda: Agenda,
  minutes: z.string().nullable(),
  attendees: z.string().nullable(),
  version: z.number().int(),
  decisions: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      state: z.string(),
      projectId: z.uuid().nullable(),
    }),
  ),
  createdAt: z.string(),
});

/** 周例会: the generated agenda, meetings with minutes, decisions made supervision items. */
export function registerMeetingRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/meetings/agenda',
    {
      config: { policy: 'meetings.read' },
      schema: {
        tags,
        summary: 'The weekly agenda for a date (default today), generated from the records within your scope',
        querystring: z.strictObject({ date: IsoDate.optional() }),
        response: { 200: Agenda },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return agendaFor(db, ctx, req.query.date ?? todayOf(ctx));
    },
  );

  app.get(
    '/api/meetings',
    {
      config: { policy: 'meetings.read' },
      schema: {
        tags,
        summary: 'Meetings you may see, newest first',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                heldOn: z.string(),
                regionId: z.string().nullable(),
                title: z.string(),
                version: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => listMeetings(db, ctxOf(req)),
  );

  app.post(
    '/api/meetings',
    {
      config: { policy: 'meetings.write' },
      schema: {
        tags,
        summary: 'Call a meeting for a date: its agenda is generated and kept',
        body: z.strictObject({ heldOn: IsoDate, title: z.string().trim().min(1).max(LIMITS.name).nullish() }),
        response: { 201: MeetingView },
      },
    },
    async (req, reply) => reply.status(201).send(await createMeeting(db, ctxOf(req), req.body)),
  );

  app.get(
    '/api/meetings/:id',
    {
      config: { policy: 'meetings.read' },
      schema: {
        tags,
        summary: 'A meeting: agenda, minutes, decisions',
        params: Params,
        response: { 200: MeetingView },
      },
    },
    async (req) => getMeeting(db, ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/meetings/:id',
    {
      config: { policy: 'meetings.write' },
      schema: {
        tags,
        summary: 'Record the minutes and attendees',
        params: Params,
        body: z.strictObject({
          version: z.number().int().min(1),
          minutes: z.string().max(20_000).nullish(),
          attendees: z.string().max(LIMITS.note).nullish(),
        }),
        response: { 200: MeetingView },
      },
    },
    async (req) => updateMinutes(db, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/meetings/:id/decisions',
    {
      config: { policy: 'supervision.create' },
      schema: {
        tags,
        summary: 'Record a decision: it becomes a supervision item (a meeting decision) in one action',
        params: Params,
        body: ItemCreate.omit({ source: true }),
        response: { 201: MeetingView },
      },
    },
    async (req, reply) => reply.status(201).send(await addDecision(db, ctxOf(req), req.params.id, req.body)),
  );
}
