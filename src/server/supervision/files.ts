import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/trail';
import type { Principal } from '../auth/principal';
import type { Executor } from '../db/client';
import type { supervisionItems } from '../db/schema/supervision';
import { users } from '../db/schema/users';
import { supervisionFiles } from '../db/schema/webhooks';
import { receiveUpload, sendStoredFile, sendThumbnail, UPLOAD_RULES } from '../files/upload';
import { AppError, notFound } from '../http/errors';
import { ctxOf, type App } from '../http/types';
import { supervisionRepo } from './repo';
import { ItemParams } from './schemas';

type ItemRow = typeof supervisionItems.$inferSelect;

const tags = ['supervision'];
const FileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

export const ItemFile = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  hasThumbnail: z.boolean(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

/**
 * Who may attach papers to an item they can see: its unit's people (a department's handlers, a
 * county's officers), the supervision office, a leader, and whoever raised it.
 */
function mayAttach(p: Principal, item: ItemRow): boolean {
  const ofUnit =
    (item.unitKind === 'department' && p.role === 'unit_handler' && p.departmentId === item.unitId) ||
    (item.unitKind === 'region' && p.role === 'county_officer' && p.regionId === item.unitId);
  const office = p.role === 'supervisor' || p.role === 'city_admin';
  return ofUnit || office || p.role === 'leader' || item.createdBy === p.id;
}

function assertMayAttach(p: Principal, item: ItemRow) {
  if (mayAttach(p, item)) return;
  throw new AppError('WRONG_UNIT', 'Your account may not attach files to this item', {
    action: 'attach',
    unit: { kind: item.unitKind, id: item.unitId },
  });
}

/** A closed item (销号) is cleared: its papers are final. */
function assertOpen(item: ItemRow) {
  if (item.state === 'closed') {
    throw new AppError('ACTION_OUT_OF_ORDER', 'The item is closed: no more files', {
      action: 'attach',
      state: item.state,
    });
  }
}

async function visibleItem(db: Executor, principal: Principal, id: string, forUpdate = false) {
  const item = await supervisionRepo(db, principal).findById(id, forUpdate);
  if (!item) throw notFound('supervision item');
  return item;
}

async function fileOf(db: Executor, itemId: string, fileId: string) {
  const [f] = await db
    .select()
    .from(supervisionFiles)
    .where(and(eq(supervisionFiles.itemId, itemId), eq(supervisionFiles.id, fileId)));
  if (!f) throw notFound('file');
  return f;
}

/** Attachments of supervision items (the blocker's papers, photos of the site, the reply letter). */
export function registerSupervisionFileRoutes(app: App) {
  const { db, files: store } = app.deps;

  app.post(
    '/api/supervision/items/:id/files',
    {
      config: { policy: 'supervision.act' },
      schema: {
        tags,
        summary: `Attach a file to an item (${UPLOAD_RULES}); its unit, the office, a leader or its creator`,
        params: ItemParams,
        response: { 201: ItemFile },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const item = await visibleItem(db, ctx.principal, req.params.id);
      assertMayAttach(ctx.principal, item);
      assertOpen(item);
      const row = await receiveUpload(req, store, (upload) =>
        db.transaction(async (tx) => {
          // Locked and read again: an item closed meanwhile takes no more files.
          assertOpen(await visibleItem(tx, ctx.principal, item.id, true));
          const [f] = await tx
            .insert(supervisionFiles)
            .values({ itemId: item.id, ...upload, uploadedBy: ctx.principal.id, createdAt: ctx.now })
            .returning();
          if (!f) throw new Error('insert returned nothing');
          await appendAudit(
            tx,
            ctx.actor,
            {
              action: 'supervision.file_upload',
              entityType: 'supervision_item',
              entityId: item.id,
              regionId: item.regionId,
              diff: { fileId: f.id, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 },
            },
            ctx.now,
          );
          return f;
        }),
      );
      return reply.status(201).send({
        id: row.id,
        name: row.name,
        mime: row.mime,
        size: row.size,
        hasThumbnail: row.thumbnailKey !== null,
        uploadedBy: ctx.principal.displayName,
        createdAt: row.createdAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/supervision/items/:id/files',
    {
      config: { policy: 'supervision.read' },
      schema: {
        tags,
        summary:
          'The files attached to an item, newest first, with who attached them, and whether you may attach more',
        params: ItemParams,
        response: { 200: z.object({ items: z.array(ItemFile), canAttach: z.boolean() }) },
      },
    },
    async (req) => {
      const { principal } = ctxOf(req);
      const item = await visibleItem(db, principal, req.params.id);
      const rows = await db
        .select({ f: supervisionFiles, by: users.displayName })
        .from(supervisionFiles)
        .innerJoin(users, eq(users.id, supervisionFiles.uploadedBy))
        .where(eq(supervisionFiles.itemId, item.id))
        .orderBy(desc(supervisionFiles.createdAt), desc(supervisionFiles.id));
      return {
        items: rows.map(({ f, by }) => ({
          id: f.id,
          name: f.name,
          mime: f.mime,
          size: f.size,
          hasThumbnail: f.thumbnailKey !== null,
          uploadedBy: by,
          createdAt: f.createdAt.toISOString(),
        })),
        canAttach: item.state !== 'closed' && mayAttach(principal, item),
      };
    },
  );

  app.get(
    '/api/supervision/items/:id/files/:fileId',
    {
      config: { policy: 'supervision.read' },
      schema: {
        tags,
        summary: 'Open (or with download=1, save) a file of an item',
        params: FileParams,
        querystring: z.strictObject({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (req, reply) => {
      const item = await visibleItem(db, ctxOf(req).principal, req.params.id);
      const f = await fileOf(db, item.id, req.params.fileId);
      return sendStoredFile(reply, store, f, req.query.download === '1');
    },
  );

  app.get(
    '/api/supervision/items/:id/files/:fileId/thumbnail',
    {
      config: { policy: 'supervision.read' },
      schema: {
        tags,
        summary: 'A small WebP preview of an image attached to an item',
        params: FileParams,
      },
    },
    async (req, reply) => {
      const item = await visibleItem(db, ctxOf(req).principal, req.params.id);
      return sendThumbnail(reply, store, await fileOf(db, item.id, req.params.fileId));
    },
  );
}
