import { z } from 'zod';
import { appendAudit } from '../audit/trail';
import { files } from '../db/schema/projects';
import { notFound } from '../http/errors';
import { ctxOf, type App } from '../http/types';
import { projectRepo } from '../projects/repo';
import { EvidenceFile } from '../projects/schemas';
import { receiveUpload, sendStoredFile, sendThumbnail, UPLOAD_RULES } from './upload';

const Params = z.strictObject({ id: z.uuid() });

export function registerFileRoutes(app: App) {
  const { db, files: store } = app.deps;

  app.post(
    '/api/projects/:id/files',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['files'],
        summary: `Upload evidence for a project (${UPLOAD_RULES})`,
        params: Params,
        response: { 201: EvidenceFile },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const repo = projectRepo(db, ctx.scope);
      const project = await repo.findById(req.params.id);
      if (!project) throw notFound('project');
      const row = await receiveUpload(req, store, (upload) =>
        db.transaction(async (tx) => {
          const [f] = await tx
            .insert(files)
            .values({
              projectId: project.project.id,
              ...upload,
              uploadedBy: ctx.principal.id,
              createdAt: ctx.now,
            })
            .returning();
          if (!f) throw new Error('insert returned nothing');
          await appendAudit(
            tx,
            ctx.actor,
            {
              action: 'file.upload',
              entityType: 'file',
              entityId: f.id,
              regionId: project.project.regionId,
              diff: { projectId: f.projectId, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 },
            },
            ctx.now,
          );
          return f;
        }),
      );
      return reply.status(201).send({ id: row.id, name: row.name, mime: row.mime, size: row.size });
    },
  );

  app.get(
    '/api/projects/:id/files',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['files'],
        summary: 'Every file uploaded for a project, newest first (with whether it has a preview)',
        params: Params,
        response: {
          200: z.object({
            items: z.array(EvidenceFile.extend({ hasThumbnail: z.boolean(), createdAt: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const repo = projectRepo(db, ctxOf(req).scope);
      const project = await repo.findById(req.params.id);
      if (!project) throw notFound('project');
      const rows = await repo.filesOf(project.project.id);
      return {
        items: rows
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
          .map((f) => ({
            id: f.id,
            name: f.name,
            mime: f.mime,
            size: f.size,
            hasThumbnail: f.thumbnailKey !== null,
            createdAt: f.createdAt.toISOString(),
          })),
      };
    },
  );

  app.get(
    '/api/projects/:id/files/:fileId',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['files'],
        summary: 'Download a file of a project',
        params: z.strictObject({ id: z.uuid(), fileId: z.uuid() }),
        querystring: z.strictObject({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (req, reply) => {
      const repo = projectRepo(db, ctxOf(req).scope);
      const project = await repo.findById(req.params.id);
      if (!project) throw notFound('file');
      const [f] = await repo.filesOf(project.project.id, [req.params.fileId]);
      if (!f) throw notFound('file');
      return sendStoredFile(reply, store, f, req.query.download === '1');
    },
  );

  app.get(
    '/api/projects/:id/files/:fileId/thumbnail',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags: ['files'],
        summary: 'A small WebP preview of an image file of a project',
        params: z.strictObject({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const repo = projectRepo(db, ctxOf(req).scope);
      const project = await repo.findById(req.params.id);
      if (!project) throw notFound('file');
      const [f] = await repo.filesOf(project.project.id, [req.params.fileId]);
      if (!f) throw notFound('file');
      return sendThumbnail(reply, store, f);
    },
  );
}
