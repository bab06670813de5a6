import { sql, type SQL } from 'drizzle-orm';
import { percentOf } from '../../domain/delivery/rates';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { departments, regions } from '../db/schema/org';
import { supervisionItems, supervisionTargets } from '../db/schema/supervision';
import { itemsVisibleTo } from './repo';

const I = supervisionItems;

/** The figures of a unit's line, each one also a filter of the item list (`?stat=`). */
export const UNIT_STATS = ['all', 'open', 'overdue', 'closed', 'resolved', 'onTime', 'late'] as const;
export type UnitStat = (typeof UNIT_STATS)[number];

/**
 * The item's resolve target, joined as `rt`. Every query that uses `statCondition` joins it, so
 * that the statistics and the drill-down list count the same rows (one per item: the target's
 * key is unique per item).
 */
export const resolveTargetJoin = sql`left join ${supervisionTargets} rt on rt.item_id = ${I.id} and rt.key = 'resolve'`;

/**
 * Which items a figure counts, as of `now`: the one definition shared by `unitStatistics` (as
 * `count(*) filter (where …)`) and the item list (as `where …`), so the two cannot drift.
 * - open: not closed (a returned item waiting for reassignment is open);
 * - overdue: open, with a target past its breach instant and not done;
 * - resolved: the resolve target is done; on time: done before its breach instant; late: at or after.
 */
export function statCondition(stat: UnitStat, now: Date): SQL {
  const at = now.toISOString();
  switch (stat) {
    case 'all':
      return sql`true`;
    case 'open':
      return sql`${I.state} <> 'closed'`;
    case 'closed':
      return sql`${I.state} = 'closed'`;
    case 'overdue':
      // Uncorrelated, so PostgreSQL runs it once per statement as a hashed set (from the partial
      // index of open targets) instead of once per item.
      return sql`(${I.state} <> 'closed' and ${I.id} in (select ot.item_id from ${supervisionTargets} ot
        where ot.done_at is null and ot.breach_at <= ${at}::timestamptz))`;
    case 'resolved':
      return sql`rt.done_at is not null`;
    case 'onTime':
      return sql`(rt.done_at is not null and rt.done_at < rt.breach_at)`;
    case 'late':
      return sql`(rt.done_at is not null and rt.done_at >= rt.breach_at)`;
  }
}

type Row = {
  is_total: number;
  unit_kind: 'department' | 'region' | null;
  unit_id: string | null;
  unit_name: string | null;
  total: number;
  open: number;
  closed: number;
  overdue: number;
  resolved: number;
  resolved_on_time: number;
  late: number;
  avg_days: string | null;
};

const figuresOf = (r: Row) => ({
  total: r.total,
  open: r.open,
  closed: r.closed,
  overdue: r.overdue,
  resolved: r.resolved,
  resolvedOnTime: r.resolved_on_time,
  late: r.late,
  onTimeRate: percentOf(BigInt(r.resolved_on_time), BigInt(r.resolved)),
  averageDaysToResolve: r.avg_days,
  clearedRate: percentOf(BigInt(r.closed), BigInt(r.total)),
});

/**
 * Per responsible unit, and for all of them together: items, open, overdue now (an open target
 * past its deadline), closed, the on-time rate (按期办结率: resolved before the resolve deadline ÷
 * resolved), average days from assignment to resolution, and 销号清零 progress (closed ÷ all).
 * Ranked by on-time rate, then clearing progress. One statement; each count is
 * `GET /api/supervision/items?unitKind=&unit=&stat=` (without the unit for the total).
 */
export async function unitStatistics(db: Db, ctx: Ctx) {
  const now = ctx.now;
  const n = (stat: UnitStat) => sql`count(*) filter (where ${statCondition(stat, now)})::int`;
  const rows = await rowsOf<Row>(
    db,
    sql`select grouping(${I.unitKind}, ${I.unitId})::int as is_total,
        ${I.unitKind} as unit_kind, ${I.unitId} as unit_id, coalesce(d.name, r.name, ${I.unitId}) as unit_name,
        ${n('all')} as total, ${n('open')} as open, ${n('closed')} as closed, ${n('overdue')} as overdue,
        ${n('resolved')} as resolved, ${n('onTime')} as resolved_on_time, ${n('late')} as late,
        round(avg(extract(epoch from (rt.done_at - ${I.createdAt})) / 86400)
          filter (where ${statCondition('resolved', now)}), 1)::text as avg_days
      from ${supervisionItems}
      ${resolveTargetJoin}
      left join ${departments} d on ${I.unitKind} = 'department' and d.id = ${I.unitId}
      left join ${regions} r on ${I.unitKind} = 'region' and r.id = ${I.unitId}
      where ${itemsVisibleTo(ctx.principal)}
      group by grouping sets ((${I.unitKind}, ${I.unitId}, d.name, r.name), ())`,
  );
  const units = rows.flatMap((r) =>
    r.is_total === 0 && r.unit_kind && r.unit_id
      ? [{ unit: { kind: r.unit_kind, id: r.unit_id, name: r.unit_name ?? r.unit_id }, ...figuresOf(r) }]
      : [],
  );
  const totalRow = rows.find((r) => r.is_total !== 0);
  const key = (p: string | null) => (p === null ? -1 : Number(p));
  units.sort(
    (a, b) =>
      key(b.onTimeRate) - key(a.onTimeRate) ||
      key(b.clearedRate) - key(a.clearedRate) ||
      a.unit.name.localeCompare(b.unit.name, 'zh'),
  );
  return {
    asOf: now.toISOString(),
    units: units.map((u, i) => ({ ...u, rank: i + 1 })),
    total: totalRow ? figuresOf(totalRow) : null,
  };
}
