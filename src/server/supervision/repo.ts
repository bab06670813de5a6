import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import type { Executor } from '../db/client';
import { supervisionEvents, supervisionItems, supervisionTargets } from '../db/schema/supervision';
import type { TargetState } from '../../domain/supervision/replay';

/**
 * Which items a person sees: a unit handler those assigned to the department, a county officer
 * those of the county (raised there or assigned to it), the city roles all. Every read below
 * carries this condition; an item outside it behaves as missing.
 */
export function itemsVisibleTo(p: Pick<Principal, 'role' | 'regionId' | 'departmentId'>): SQL {
  if (p.role === 'unit_handler') {
    return p.departmentId
      ? (and(eq(supervisionItems.unitKind, 'department'), eq(supervisionItems.unitId, p.departmentId)) ??
          sql`false`)
      : sql`false`;
  }
  if (p.role === 'county_officer') {
    return p.regionId
      ? (or(
          eq(supervisionItems.regionId, p.regionId),
          and(eq(supervisionItems.unitKind, 'region'), eq(supervisionItems.unitId, p.regionId)),
        ) ?? sql`false`)
      : sql`false`;
  }
  return sql`true`;
}

/** A target's colour now, from the instants stored by the last replay (the rule of `replay`). */
export const colourSql = (now: Date) => sql<'green' | 'yellow' | 'red'>`case
  when ${supervisionTargets.doneAt} is not null then case when ${supervisionTargets.doneAt} >= ${supervisionTargets.breachAt} then 'red' else 'green' end
  when ${now.toISOString()}::timestamptz >= ${supervisionTargets.breachAt} then 'red'
  when ${now.toISOString()}::timestamptz >= ${supervisionTargets.yellowAt} then 'yellow'
  else 'green' end`;

export function supervisionRepo(db: Executor, principal: Principal) {
  const visible = itemsVisibleTo(principal);
  return {
    async findById(id: string, forUpdate = false) {
      const q = db
        .select()
        .from(supervisionItems)
        .where(and(eq(supervisionItems.id, id), visible));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row ?? null;
    },
    async events(itemId: string) {
      return db
        .select()
        .from(supervisionEvents)
        .where(eq(supervisionEvents.itemId, itemId))
        .orderBy(supervisionEvents.seq);
    },
    /** Replaces the stored targets of an item with those of the latest replay. */
    async saveTargets(itemId: string, targets: readonly TargetState[]) {
      await db.delete(supervisionTargets).where(eq(supervisionTargets.itemId, itemId));
      if (!targets.length) return;
      await db.insert(supervisionTargets).values(
        targets.map((t) => ({
          itemId,
          key: t.key,
          opensAt: new Date(t.opensAt),
          deadline: t.deadline,
          yellowAt: new Date(t.yellowAt),
          breachAt: new Date(t.breachAt),
          doneAt: t.doneAt ? new Date(t.doneAt) : null,
        })),
      );
    },
  };
}
