import { z } from 'zod';
import { sendXlsx } from '../office/send';
import { ctxOf, type App } from '../http/types';
import { EXPORT_MAX_ROWS, exportProjects } from './export';
import {
  ProjectCreate,
  ProjectDetail,
  ProjectListQuery,
  ProjectListResponse,
  ProjectPatch,
  TransitionInput,
} from './schemas';
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  transitionProject,
  updateProject,
} from './service';

const IdParams = z.strictObject({ id: z.uuid() });

export function registerProjectRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/projects',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: 'List projects in your scope, with filters and pagination',
        querystring: ProjectListQuery,
        response: { 200: ProjectListResponse },
      },
    },
    async (req) => listProjects(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/projects/export.xlsx',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: `Export the filtered list (same filters and scope as the list) as .xlsx, up to ${EXPORT_MAX_ROWS} rows`,
        querystring: ProjectListQuery,
      },
    },
    async (req, reply) => sendXlsx(reply, '项目清单', await exportProjects(db, ctxOf(req), req.query)),
  );

  app.post(
    '/api/projects',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['projects'],
        summary: 'Create a project (it starts as a lead)',
        body: ProjectCreate,
        response: { 201: ProjectDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createProject(db, ctxOf(req), req.body)),
  );

  app.get(
    '/api/projects/:id',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: 'One project with its lifecycle timeline and the transitions it allows',
        params: IdParams,
        response: { 200: ProjectDetail },
      },
    },
    async (req) => getProject(db, ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/projects/:id',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['projects'],
        summary: 'Update fields; `version` must be the one you read (409 otherwise)',
        params: IdParams,
        body: ProjectPatch,
        response: { 200: ProjectDetail },
      },
    },
    async (req) => updateProject(db, ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/projects/:id',
    {
      config: { policy: 'projects.delete' },
      schema: {
        tags: ['projects'],
        summary: 'Soft-delete a project (city admin)',
        params: IdParams,
        querystring: z.strictObject({ version: z.coerce.number().int().min(1).optional() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteProject(db, ctxOf(req), req.params.id, req.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/projects/:id/transitions',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['projects'],
        summary: 'Move a project along its lifecycle (date, note, reason, evidence, signing)',
        params: IdParams,
        body: TransitionInput,
        response: { 200: ProjectDetail },
      },
    },
    async (req) => transitionProject(db, ctxOf(req), req.params.id, req.body),
  );
}
