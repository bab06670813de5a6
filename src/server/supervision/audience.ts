import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { workTeams } from '../db/schema/delivery';
import { unitHeads } from '../db/schema/webhooks';
import { users } from '../db/schema/users';

export type Who = 'unit' | 'unit_head' | 'office' | 'leader' | 'creator';
export type ItemRef = {
  unitKind: 'department' | 'region';
  unitId: string;
  handlerId: string | null;
  projectId: string | null;
  createdBy: string;
};

const active = eq(users.disabled, false);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Active accounts of a unit: a department's handlers or a county's officers. */
export async function unitAccounts(db: Executor, kind: 'department' | 'region', unitId: string) {
  return ids(
    await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          active,
          kind === 'department'
            ? and(eq(users.role, 'unit_handler'), eq(users.departmentId, unitId))
            : and(eq(users.role, 'county_officer'), eq(users.regionId, unitId)),
        ),
      ),
  );
}

/**
 * Who hears of an item at each level of DESIGN §5's chain: the handler (or, with none named, the
 * unit's accounts) → the unit head(s) (or the unit's accounts while none is named) → the
 * supervision office → the responsible leader (the leader of the project's work team, or every
 * leader when the item has no team).
 */
export async function audienceOf(db: Executor, who: Who, item: ItemRef): Promise<string[]> {
  if (who === 'creator') return [item.createdBy];
  if (who === 'unit') return item.handlerId ? [item.handlerId] : unitAccounts(db, item.unitKind, item.unitId);
  if (who === 'unit_head') {
    const heads = ids(
      await db
        .select({ id: users.id })
        .from(unitHeads)
        .innerJoin(users, eq(users.id, unitHeads.userId))
        .where(and(active, eq(unitHeads.unitKind, item.unitKind), eq(unitHeads.unitId, item.unitId))),
    );
    return heads.length ? heads : unitAccounts(db, item.unitKind, item.unitId);
  }
  if (who === 'office') {
    return ids(
      await db
        .select({ id: users.id })
        .from(users)
        .where(and(active, eq(users.role, 'supervisor'))),
    );
  }
  if (item.projectId) {
    const team = ids(
      await db
        .select({ id: users.id })
        .from(workTeams)
        .innerJoin(users, eq(users.id, workTeams.leaderId))
        .where(and(active, eq(workTeams.projectId, item.projectId))),
    );
    if (team.length) return team;
  }
  return ids(
    await db
      .select({ id: users.id })
      .from(users)
      .where(and(active, inArray(users.role, ['leader']))),
  );
}
