import { sql, type SQL } from 'drizzle-orm';
import {
  ITEM_STATES,
  type ItemCategory,
  type ItemSource,
  type ItemState,
  type ItemWeight,
} from '../../domain/supervision/items';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { departments, regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { supervisionItems, supervisionTargets } from '../db/schema/supervision';
import { colourSql, itemsVisibleTo } from './repo';
import type { ItemListQuery, ItemListResponse } from './schemas';
import { resolveTargetJoin, statCondition } from './stats';

const I = supervisionItems;
const T = supervisionTargets;

/**
 * Each item's urgency from the instants stored in `supervision_targets` (no replay): the worst
 * colour of its open or late-done targets (2 red, 1 yellow, 0 green) and its nearest breach
 * instant and deadline among the open ones. Joined as `u`.
 */
const urgencyJoin = (now: Date) => sql`left join lateral (
    select
      max(case ${colourSql(now)} when 'red' then 2 when 'yellow' then 1 else 0 end)
        filter (where ${T.doneAt} is null or ${T.doneAt} >= ${T.breachAt}) as severity,
      min(${T.breachAt}) filter (where ${T.doneAt} is null) as next_breach,
      min(${T.deadline}) filter (where ${T.doneAt} is null) as next_deadline
    from ${T} where ${T.itemId} = ${I.id}
  ) u on true`;
const colourOf = sql`case coalesce(u.severity, 0) when 2 then 'red' when 1 then 'yellow' else 'green' end`;
const URGENCY = sql`coalesce(u.severity, 0) desc, u.next_breach asc nulls last, ${I.createdAt} desc, ${I.id} desc`;

/** `%` and `_` typed by a person are letters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every filter but the state: the board's column counts are taken under these. */
function filterConditions(ctx: Ctx, q: ItemListQuery): SQL[] {
  const conds: SQL[] = [itemsVisibleTo(ctx.principal)];
  if (q.unit) conds.push(sql`${I.unitId} = ${q.unit}`);
  if (q.unitKind) conds.push(sql`${I.unitKind} = ${q.unitKind}`);
  if (q.stat) conds.push(statCondition(q.stat, ctx.now));
  if (q.projectId) conds.push(sql`${I.projectId} = ${q.projectId}`);
  if (q.category) conds.push(sql`${I.category} = ${q.category}`);
  if (q.region) conds.push(sql`${I.regionId} = ${q.region}`);
  if (q.q) {
    const like = likePattern(q.q);
    conds.push(sql`(${I.title} ilike ${like} or ${I.code} ilike ${like})`);
  }
  if (q.mine === 'true') {
    // Mine: handled or raised by me, or assigned to my unit (a handler's department, an officer's county).
    const p = ctx.principal;
    const unit =
      p.role === 'unit_handler' && p.departmentId
        ? sql` or (${I.unitKind} = 'department' and ${I.unitId} = ${p.departmentId})`
        : p.role === 'county_officer' && p.regionId
          ? sql` or (${I.unitKind} = 'region' and ${I.unitId} = ${p.regionId})`
          : sql``;
    conds.push(sql`(${I.handlerId} = ${p.id} or ${I.createdBy} = ${p.id}${unit})`);
  }
  if (q.colour) conds.push(sql`${colourOf} = ${q.colour}`);
  return conds;
}

const stateCondition = (state: ItemListQuery['state']): SQL | null =>
  state === 'open' ? sql`${I.state} <> 'closed'` : state ? sql`${I.state} = ${state}` : null;

type Row = {
  id: string;
  code: string;
  title: string;
  category: ItemCategory;
  source: ItemSource;
  weight: ItemWeight;
  state: ItemState;
  colour: 'green' | 'yellow' | 'red';
  unit_kind: 'department' | 'region';
  unit_id: string;
  unit_name: string;
  project_id: string | null;
  project_name: string | null;
  region_id: string | null;
  next_deadline: string | null;
  created_at: string | Date;
};

const iso = (v: string | Date) => (v instanceof Date ? v : new Date(v)).toISOString();

/**
 * Items visible to the caller, most urgent first (red, then yellow, then the nearest breach), with
 * each one's colour now and the number of items in each state under the same filters (the state
 * filter aside). Two statements: the page, and the counts. `perState` answers the first items of
 * every state instead of one page (the board's columns).
 */
export async function listItems(db: Executor, ctx: Ctx, q: ItemListQuery): Promise<ItemListResponse> {
  const conds = filterConditions(ctx, q);
  const state = stateCondition(q.state);
  const where = sql.join(state ? [...conds, state] : conds, sql` and `);
  const from = sql`from ${I} ${resolveTargetJoin} ${urgencyJoin(ctx.now)}`;
  const select = sql`select ${I.id} as id, ${I.code} as code, ${I.title} as title, ${I.category} as category,
      ${I.source} as source, ${I.weight} as weight, ${I.state} as state, ${colourOf} as colour,
      ${I.unitKind} as unit_kind, ${I.unitId} as unit_id,
      coalesce((select ${departments.name} from ${departments} where ${I.unitKind} = 'department' and ${departments.id} = ${I.unitId}),
        (select ${regions.name} from ${regions} where ${I.unitKind} = 'region' and ${regions.id} = ${I.unitId}), ${I.unitId}) as unit_name,
      ${I.projectId} as project_id, (select ${projects.name} from ${projects} where ${projects.id} = ${I.projectId}) as project_name,
      ${I.regionId} as region_id, u.next_deadline::text as next_deadline, ${I.createdAt} as created_at`;
  const page = q.perState
    ? sql`select * from (${select}, row_number() over (partition by ${I.state} order by ${URGENCY}) as rn
        ${from} where ${where}) x where x.rn <= ${q.perState}
        order by array_position(${sql.raw(`array[${ITEM_STATES.map((s) => `'${s}'`).join(',')}]::text[]`)}, x.state::text), x.rn`
    : sql`${select} ${from} where ${where} order by ${URGENCY}
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`;
  // The counts need the urgency join only to filter by colour.
  const countFrom = q.colour ? from : sql`from ${I} ${resolveTargetJoin}`;
  const [rows, counts] = await Promise.all([
    rowsOf<Row>(db, page),
    rowsOf<{ state: ItemState; n: number }>(
      db,
      sql`select ${I.state} as state, count(*)::int as n ${countFrom}
        where ${sql.join(conds, sql` and `)} group by ${I.state}`,
    ),
  ]);
  const countsByState = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<ItemState, number>;
  for (const c of counts) countsByState[c.state] = c.n;
  const total = ITEM_STATES.filter((s) =>
    q.state === 'open' ? s !== 'closed' : q.state ? s === q.state : true,
  ).reduce((sum, s) => sum + countsByState[s], 0);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      category: r.category,
      source: r.source,
      weight: r.weight,
      state: r.state,
      colour: r.colour,
      unit: { kind: r.unit_kind, id: r.unit_id, name: r.unit_name },
      projectId: r.project_id,
      projectName: r.project_name,
      regionId: r.region_id,
      nextDeadline: r.next_deadline,
      createdAt: iso(r.created_at),
    })),
    total,
    page: q.perState ? 1 : q.page,
    pageSize: q.perState ?? q.pageSize,
    countsByState,
  };
}
