import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { notifications } from '../db/schema/supervision';
import { notFound } from '../http/errors';
import { ctxOf, type App } from '../http/types';

const Notification = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  itemId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const ListResponse = z.object({ unread: z.number().int(), items: z.array(Notification) });

async function listMine(db: Db, ctx: Ctx, unreadOnly: boolean) {
  const mine = eq(notifications.userId, ctx.principal.id);
  const [rows, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
      .orderBy(desc(notifications.createdAt))
      .limit(100),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    unread: unread?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      itemId: r.itemId,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
  };
}

/** The notification centre: my notifications (newest 100), the unread count, mark read. */
export function registerNotificationRoutes(app: App) {
  const { db } = app.deps;
  const tags = ['notifications'];
  app.get(
    '/api/notifications',
    {
      config: { policy: 'session' },
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: z.strictObject({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: ListResponse },
      },
    },
    async (req) => listMine(db, ctxOf(req), req.query.unread === 'true'),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      config: { policy: 'session' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: ListResponse },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const [row] = await db
        .update(notifications)
        .set({ readAt: ctx.now })
        .where(and(eq(notifications.id, req.params.id), eq(notifications.userId, ctx.principal.id)))
        .returning({ id: notifications.id });
      if (!row) throw notFound('notification');
      return listMine(db, ctx, false);
    },
  );
  app.post(
    '/api/notifications/read-all',
    {
      config: { policy: 'session' },
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: ListResponse } },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await db
        .update(notifications)
        .set({ readAt: ctx.now })
        .where(and(eq(notifications.userId, ctx.principal.id), isNull(notifications.readAt)));
      return listMine(db, ctx, false);
    },
  );
}
