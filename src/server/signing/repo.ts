import { and, asc, count, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../auth/principal';
import { inScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { signingEventProjects, signingEvents } from '../db/schema/signing';

export type EventRow = typeof signingEvents.$inferSelect;

/**
 * Signing events are city-wide; what an event shows of its projects (agenda, signed list,
 * statistics) is limited to the caller's data scope, like every project read.
 */
export function signingRepo(db: Executor, scope: Scope) {
  const projectVisible = (...conds: (SQL | undefined)[]) =>
    and(isNull(projects.deletedAt), inScope(projects.regionId, scope), ...conds);

  return {
    async findEvent(id: string, opts: { forUpdate?: boolean } = {}) {
      const q = db.select().from(signingEvents).where(eq(signingEvents.id, id));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row ?? null;
    },
    async findMonthly(month: string) {
      const [row] = await db
        .select()
        .from(signingEvents)
        .where(and(eq(signingEvents.kind, 'monthly'), eq(signingEvents.month, month)));
      return row ?? null;
    },
    async eventsBetween(from: string, to: string, kind?: EventRow['kind']) {
      return db
        .select()
        .from(signingEvents)
        .where(
          and(
            gte(signingEvents.heldOn, from),
            lte(signingEvents.heldOn, to),
            kind ? eq(signingEvents.kind, kind) : undefined,
          ),
        )
        .orderBy(asc(signingEvents.heldOn));
    },
    async insertEvent(values: typeof signingEvents.$inferInsert) {
      const [row] = await db.insert(signingEvents).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },
    async updateEvent(id: string, version: number, patch: Partial<typeof signingEvents.$inferInsert>) {
      const [row] = await db
        .update(signingEvents)
        .set({ ...patch, version: sql`${signingEvents.version} + 1` })
        .where(and(eq(signingEvents.id, id), eq(signingEvents.version, version)))
        .returning();
      return row ?? null;
    },
    /** Agenda rows (with their projects) that the scope can see. */
    async agenda(eventId: string) {
      return db
        .select({ a: signingEventProjects, p: projects, regionName: regions.name })
        .from(signingEventProjects)
        .innerJoin(projects, eq(projects.id, signingEventProjects.projectId))
        .innerJoin(regions, eq(regions.id, projects.regionId))
        .where(and(eq(signingEventProjects.eventId, eventId), projectVisible()))
        .orderBy(asc(signingEventProjects.sortOrder), asc(projects.code));
    },
    async agendaCounts(eventIds: readonly string[]) {
      if (eventIds.length === 0) return new Map<string, number>();
      const rows = await db
        .select({ id: signingEventProjects.eventId, n: count() })
        .from(signingEventProjects)
        .innerJoin(projects, eq(projects.id, signingEventProjects.projectId))
        .where(and(inArray(signingEventProjects.eventId, [...eventIds]), projectVisible()))
        .groupBy(signingEventProjects.eventId);
      return new Map(rows.map((r) => [r.id, r.n]));
    },
    /** Projects signed at these events (in scope): count and exact total per event. */
    async signedTotals(eventIds: readonly string[]) {
      if (eventIds.length === 0) return new Map<string, { n: number; total: string }>();
      const rows = await db
        .select({
          id: projects.signingEventId,
          n: count(),
          total: sql<string>`coalesce(sum(${projects.totalInvestment}), 0)::numeric(20,2)::text`,
        })
        .from(projects)
        .where(projectVisible(inArray(projects.signingEventId, [...eventIds])))
        .groupBy(projects.signingEventId);
      return new Map(rows.map((r) => [r.id ?? '', { n: r.n, total: r.total }]));
    },
    async signedProjects(eventId: string) {
      return db
        .select({ p: projects, regionName: regions.name })
        .from(projects)
        .innerJoin(regions, eq(regions.id, projects.regionId))
        .where(projectVisible(eq(projects.signingEventId, eventId)))
        .orderBy(asc(projects.regionId), asc(projects.code));
    },
    async upsertAgenda(values: typeof signingEventProjects.$inferInsert) {
      const { eventId: _e, projectId: _p, ...set } = values;
      await db
        .insert(signingEventProjects)
        .values(values)
        .onConflictDoUpdate({ target: [signingEventProjects.eventId, signingEventProjects.projectId], set });
    },
    async setAgendaStatus(
      eventId: string,
      projectIds: readonly string[],
      status: 'planned' | 'signed' | 'withdrawn',
    ) {
      if (projectIds.length === 0) return;
      await db
        .update(signingEventProjects)
        .set({ status })
        .where(
          and(
            eq(signingEventProjects.eventId, eventId),
            inArray(signingEventProjects.projectId, [...projectIds]),
          ),
        );
    },
    async nextSortOrder(eventId: string) {
      const [r] = await db
        .select({ n: sql<number>`coalesce(max(${signingEventProjects.sortOrder}), 0)::int` })
        .from(signingEventProjects)
        .where(eq(signingEventProjects.eventId, eventId));
      return (r?.n ?? 0) + 1;
    },
  };
}

export type SigningRepo = ReturnType<typeof signingRepo>;
