import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { pageOf } from '../http/schemas';
import { LIMITS } from '../../domain/limits';
import { auditEvents } from '../db/schema/audit';
import type { App } from '../http/types';
import { verifyAuditChain } from './trail';

const AuditQuery = z.strictObject({
  actor: z.string().trim().max(LIMITS.username.max).optional(),
  action: z.string().trim().max(50).optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
});

const AuditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  regionId: z.string().nullable(),
  ip: z.string().nullable(),
  diff: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

/** Read-only: there is no route that changes or deletes audit events. */
export function registerAuditRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit trail, newest first',
        querystring: AuditQuery,
        response: {
          200: pageOf(AuditEvent),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const conds: SQL[] = [];
      if (q.actor) conds.push(eq(auditEvents.actorUsername, q.actor.toLowerCase()));
      if (q.action) conds.push(eq(auditEvents.action, q.action));
      if (q.entityType) conds.push(eq(auditEvents.entityType, q.entityType));
      if (q.entityId) conds.push(eq(auditEvents.entityId, q.entityId));
      if (q.from) conds.push(gte(auditEvents.at, new Date(q.from)));
      if (q.to) conds.push(lt(auditEvents.at, new Date(q.to)));
      const where = conds.length ? and(...conds) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.seq))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          seq: r.seq,
          at: r.at.toISOString(),
          actorUsername: r.actorUsername,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          regionId: r.regionId,
          ip: r.ip,
          diff: r.diff as Record<string, unknown>,
          hash: r.hash,
        })),
        total: total?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain; names the first broken link',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            firstBrokenSeq: z.number().int().nullable(),
            reason: z.string().nullable(),
          }),
        },
      },
    },
    async () => verifyAuditChain(db),
  );
}
