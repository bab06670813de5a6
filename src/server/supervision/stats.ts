import { sql } from 'drizzle-orm';
import { percentOf } from '../../domain/delivery/rates';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { departments, regions } from '../db/schema/org';
import { supervisionItems, supervisionTargets } from '../db/schema/supervision';
import { itemsVisibleTo } from './repo';

const I = supervisionItems;

type Row = {
  unit_kind: 'department' | 'region';
  unit_id: string;
  unit_name: string;
  total: number;
  open: number;
  closed: number;
  overdue: number;
  resolved: number;
  resolved_on_time: number;
  avg_days: string | null;
};

/**
 * Per responsible unit: items, open, overdue now (an open target past its deadline), closed, the
 * on-time rate (按期办结率: resolved before the resolve deadline ÷ resolved), average days from
 * assignment to resolution, and 销号清零 progress (closed ÷ all). Ranked by on-time rate, then
 * clearing progress. Each count is a filter of the item list (`/api/supervision/items?unit=`).
 */
export async function unitStatistics(db: Db, ctx: Ctx) {
  const now = ctx.now.toISOString();
  const rows = await rowsOf<Row>(
    db,
    sql`select ${I.unitKind} as unit_kind, ${I.unitId} as unit_id,
        coalesce(d.name, r.name, ${I.unitId}) as unit_name,
        count(*)::int as total,
        count(*) filter (where ${I.state} <> 'closed')::int as open,
        count(*) filter (where ${I.state} = 'closed')::int as closed,
        count(*) filter (where ${I.state} <> 'closed' and exists (select 1 from ${supervisionTargets} t
          where t.item_id = ${I.id} and t.done_at is null and t.breach_at <= ${now}::timestamptz))::int as overdue,
        count(rt.done_at)::int as resolved,
        count(*) filter (where rt.done_at < rt.breach_at)::int as resolved_on_time,
        round(avg(extract(epoch from (rt.done_at - ${I.createdAt})) / 86400) filter (where rt.done_at is not null), 1)::text as avg_days
      from ${supervisionItems}
      left join ${supervisionTargets} rt on rt.item_id = ${I.id} and rt.key = 'resolve'
      left join ${departments} d on ${I.unitKind} = 'department' and d.id = ${I.unitId}
      left join ${regions} r on ${I.unitKind} = 'region' and r.id = ${I.unitId}
      where ${itemsVisibleTo(ctx.principal)}
      group by ${I.unitKind}, ${I.unitId}, d.name, r.name`,
  );
  const units = rows.map((r) => ({
    unit: { kind: r.unit_kind, id: r.unit_id, name: r.unit_name },
    total: r.total,
    open: r.open,
    closed: r.closed,
    overdue: r.overdue,
    resolved: r.resolved,
    resolvedOnTime: r.resolved_on_time,
    onTimeRate: percentOf(BigInt(r.resolved_on_time), BigInt(r.resolved)),
    averageDaysToResolve: r.avg_days,
    clearedRate: percentOf(BigInt(r.closed), BigInt(r.total)),
  }));
  const key = (p: string | null) => (p === null ? -1 : Number(p));
  units.sort(
    (a, b) =>
      key(b.onTimeRate) - key(a.onTimeRate) ||
      key(b.clearedRate) - key(a.clearedRate) ||
      a.unit.name.localeCompare(b.unit.name, 'zh'),
  );
  return { asOf: now, units: units.map((u, i) => ({ ...u, rank: i + 1 })) };
}
