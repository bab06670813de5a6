import { and, asc, count, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { normaliseInvestorName } from '../../domain/duplicates/similarity';
import type { Scope } from '../auth/principal';
import { inScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { investors } from '../db/schema/investors';
import type { InvestorListQuery } from './schemas';

export type InvestorRow = typeof investors.$inferSelect;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The investor registry is shared city-wide: every business role reads all of it (that is how a
 * county sees that an investor is already courted elsewhere). Writes are scoped: a county officer
 * changes only the records its region keeps.
 */
export function investorRepo(db: Executor, scope: Scope) {
  const live = (...conds: (SQL | undefined)[]) => and(isNull(investors.deletedAt), ...conds);
  return {
    async findById(id: string) {
      const [row] = await db
        .select()
        .from(investors)
        .where(live(eq(investors.id, id)));
      return row ?? null;
    },
    async findByCreditCode(code: string) {
      const [row] = await db
        .select()
        .from(investors)
        .where(live(eq(investors.creditCode, code)));
      return row ?? null;
    },
    async findByNormalizedName(name: string) {
      return db
        .select()
        .from(investors)
        .where(live(eq(investors.normalizedName, normaliseInvestorName(name))));
    },
    /** Whether the caller may change this record (county officers: only their region's). */
    writable(row: InvestorRow): boolean {
      return (
        scope.kind === 'all' || (row.ownerRegionId !== null && scope.regionIds.includes(row.ownerRegionId))
      );
    },
    async list(q: InvestorListQuery) {
      const conds: (SQL | undefined)[] = [];
      if (q.q) {
        const like = `%${escapeLike(q.q)}%`;
        conds.push(
          or(
            ilike(investors.name, like),
            ilike(investors.normalizedName, `%${escapeLike(normaliseInvestorName(q.q))}%`),
            ilike(investors.creditCode, like),
          ),
        );
      }
      if (q.kind) conds.push(eq(investors.kind, q.kind));
      if (q.originRegion) conds.push(eq(investors.originRegion, q.originRegion));
      if (q.fortune500) conds.push(eq(investors.fortune500, q.fortune500 === 'true'));
      if (q.china500) conds.push(eq(investors.china500, q.china500 === 'true'));
      if (q.listed) conds.push(eq(investors.listed, q.listed === 'true'));
      const where = live(...conds);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(investors)
          .where(where)
          .orderBy(asc(investors.name), asc(investors.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(investors).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    async insert(values: typeof investors.$inferInsert) {
      const [row] = await db.insert(investors).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },
    async update(id: string, version: number, patch: Partial<typeof investors.$inferInsert>) {
      const [row] = await db
        .update(investors)
        .set({ ...patch, version: sql`${investors.version} + 1` })
        .where(
          live(eq(investors.id, id), eq(investors.version, version), inScope(investors.ownerRegionId, scope)),
        )
        .returning();
      return row ?? null;
    },
  };
}
