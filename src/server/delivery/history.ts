import { desc, eq, or, sql, and } from 'drizzle-orm';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { auditEvents } from '../db/schema/audit';
import { users } from '../db/schema/users';
import { notFound } from '../http/errors';
import { projectRepo } from '../projects/repo';

export const HISTORY_LIMIT = 200;

/**
 * The change history of one project for the people who work on it: the audit events about the
 * project and about its records (files, monthly reports), newest first. The whole trail stays with
 * the auditor; this is the part a project's own readers may see.
 */
export async function projectHistory(db: Db, ctx: Ctx, projectId: string) {
  if (!(await projectRepo(db, ctx.scope).findById(projectId))) throw notFound('project');
  const rows = await db
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorUsername: auditEvents.actorUsername,
      actorName: users.displayName,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      diff: auditEvents.diff,
    })
    .from(auditEvents)
    .leftJoin(users, eq(sql`${users.id}::text`, auditEvents.actorId))
    .where(
      or(
        and(eq(auditEvents.entityType, 'project'), eq(auditEvents.entityId, projectId)),
        eq(sql`${auditEvents.diff}->>'projectId'`, projectId),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(HISTORY_LIMIT);
  return {
    items: rows.map((r) => ({
      ...r,
      actorName: r.actorName ?? r.actorUsername,
      at: r.at.toISOString(),
      diff: r.diff as Record<string, unknown>,
    })),
  };
}
