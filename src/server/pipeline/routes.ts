import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { NoteInput, NoteView, VisitInput, VisitView } from './schemas';
import { addNote, addVisit, listNotes, listVisits } from './service';

const Params = z.strictObject({ id: z.uuid() });

export function registerPipelineRoutes(app: App) {
  const { db } = app.deps;
  const visits = z.object({ items: z.array(VisitView) });
  const notes = z.object({ items: z.array(NoteView) });

  app.get(
    '/api/projects/:id/visits',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['pipeline'],
        summary: 'Visits (走访/敲门) to a lead',
        params: Params,
        response: { 200: visits },
      },
    },
    async (req) => ({ items: await listVisits(db, ctxOf(req), req.params.id) }),
  );
  app.post(
    '/api/projects/:id/visits',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['pipeline'],
        summary:
          'Log a visit: date, people, place, outcome, next step, photos (uploaded to the project first)',
        params: Params,
        body: VisitInput,
        response: { 201: visits },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ items: await addVisit(db, ctxOf(req), req.params.id, req.body) }),
  );
  app.get(
    '/api/projects/:id/notes',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['pipeline'],
        summary: 'Negotiation notes (洽谈记录)',
        params: Params,
        response: { 200: notes },
      },
    },
    async (req) => ({ items: await listNotes(db, ctxOf(req), req.params.id) }),
  );
  app.post(
    '/api/projects/:id/notes',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['pipeline'],
        summary: 'Add a negotiation note',
        params: Params,
        body: NoteInput,
        response: { 201: notes },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ items: await addNote(db, ctxOf(req), req.params.id, req.body) }),
  );
}
