import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { appendAudit } from '../audit/trail';
import { files } from '../db/schema/projects';
import { AppError, notFound } from '../http/errors';
import { ctxOf, type App } from '../http/types';
import { projectRepo } from '../projects/repo';
import { EvidenceFile } from '../projects/schemas';
import { sniffMime } from './sniff';
import { thumbnailOf } from './thumbnail';

const Params = z.strictObject({ id: z.uuid() });

export function registerFileRoutes(app: App) {
  const { db, files: store } = app.deps;

  app.post(
    '/api/projects/:id/files',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['files'],
        summary: `Upload evidence for a project (multipart field "file"; images, PDF, .docx, .xlsx; ≤ ${LIMITS.fileBytes / 1024 / 1024} MB)`,
        params: Params,
        response: { 201: EvidenceFile },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const repo = projectRepo(db, ctx.scope);
      const project = await repo.findById(req.params.id);
      if (!project) throw notFound('project');
      const part = await req.file({ limits: { fileSize: LIMITS.fileBytes, files: 1 } });
      if (!part) throw new AppError('BAD_REQUEST', 'Send the file as multipart field "file"');
      const bytes = await part.toBuffer();
      if (part.file.truncated)
        throw new AppError('FILE_TOO_LARGE', 'The file is too large', { maxBytes: LIMITS.fileBytes });
      const name = part.filename.slice(0, LIMITS.name) || 'file';
      const mime = sniffMime(bytes, name);
      if (!mime) {
        throw new AppError('FILE_TYPE_NOT_ALLOWED', `Files like "${name}" are not accepted`, {
          allowed: ['jpg', 'png', 'webp', 'pdf', 'docx', 'xlsx'],
        });
      }
      const stored = await store.put(bytes);
      const thumb = mime.startsWith('image/') ? await thumbnailOf(bytes) : null;
      if (mime.startsWith('image/') && !thumb) {
        await store.remove(stored.key);
        throw new AppError('FILE_INVALID', `"${name}" is not a readable image`, { name });
      }
      const thumbStored = thumb ? await store.put(thumb) : null;
      try {
        const row = await db.transaction(async (tx) => {
          const [f] = await tx
            .insert(files)
            .values({
              projectId: project.project.id,
              name,
              mime,
              size: stored.size,
              sha256: stored.sha256,
              storageKey: stored.key,
              thumbnailKey: thumbStored?.key ?? null,
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
              diff: { projectId: f.projectId, name, mime, size: f.size, sha256: f.sha256 },
            },
            ctx.now,
          );
          return f;
        });
        return reply.status(201).send({ id: row.id, name: row.name, mime: row.mime, size: row.size });
      } catch (err) {
        await store.remove(stored.key);
        if (thumbStored) await store.remove(thumbStored.key);
        throw err;
      }
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
      const bytes = await store.get(f.storageKey);
      const disposition = req.query.download === '1' ? 'attachment' : 'inline';
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(f.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=3600')
        .send(bytes);
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
      if (!f?.thumbnailKey) throw notFound('thumbnail');
      return (
        reply
          // An image small enough to be its own preview keeps its type.
          .header('content-type', f.thumbnailKey === f.storageKey ? f.mime : 'image/webp')
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=86400')
          .send(await store.get(f.thumbnailKey))
      );
    },
  );
}
