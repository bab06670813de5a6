import { sql } from 'drizzle-orm';
import { addDays } from '../../domain/supervision/calendar';
import type { Ctx } from '../auth/principal';
import { inScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { projects } from '../db/schema/projects';
import { overdueMilestones } from '../delivery/overdue';
import { itemsVisibleTo } from '../supervision/repo';
import { listItems } from '../supervision/list';

type ProjectLine = {
  id: string;
  code: string;
  name: string;
  region_id: string;
  region_name: string;
  stage: string;
  on: string | null;
  days: number | null;
  total: number;
};
const live = (ctx: Ctx) =>
  sql`projects.deleted_at is null and projects.merged_into_id is null and ${inScope(projects.regionId, ctx.scope)}`;

/**
 * The weekly meeting's agenda for a date (DESIGN §7), within the caller's scope: stalled projects,
 * milestones past their plan, red and yellow supervision items, deadlines in the coming week,
 * the week's new signings and leads, and the signed-but-not-started list, longest first.
 */
export async function agendaFor(db: Executor, ctx: Ctx, date: string) {
  const weekAgo = addDays(date, -7);
  const weekAhead = addDays(date, 6);
  // The scope filter names "projects"."region_id": the table is not aliased.
  const q = (where: ReturnType<typeof sql>, on: ReturnType<typeof sql>, order: ReturnType<typeof sql>) =>
    rowsOf<ProjectLine>(
      db,
      sql`select projects.id, projects.code, projects.name, projects.region_id,
          (select r.name from regions r where r.id = projects.region_id) as region_name, projects.stage, ${on}::text as on,
          count(*) over ()::int as total,
          (${date}::date - ${on}::date) as days
        from projects where ${live(ctx)} and ${where} order by ${order} limit 50`,
    );
  const [stalled, overdue, red, yellow, deadlines, signings, leads, notStarted] = await Promise.all([
    q(
      sql`projects.stage = 'stalled'`,
      sql`projects.last_transition_on`,
      sql`projects.last_transition_on nulls first`,
    ),
    overdueMilestones(db, ctx, {}),
    listItems(db, ctx, { colour: 'red', state: 'open', page: 1, pageSize: 50 }),
    listItems(db, ctx, { colour: 'yellow', state: 'open', page: 1, pageSize: 50 }),
    rowsOf<{ id: string; code: string; title: string; key: string; deadline: string; total: number }>(
      db,
      sql`select i.id, i.code, i.title, t.key, t.deadline::text as deadline, count(*) over ()::int as total
        from supervision_targets t join supervision_items i on i.id = t.item_id
        where t.done_at is null and i.state not in ('closed', 'returned')
          and t.deadline between ${date}::date and ${weekAhead}::date
          and i.id in (select supervision_items.id from supervision_items where ${itemsVisibleTo(ctx.principal)})
        order by t.deadline, i.code limit 50`,
    ),
    q(
      sql`projects.signed_on between ${weekAgo}::date and ${date}::date`,
      sql`projects.signed_on`,
      sql`projects.signed_on, projects.code`,
    ),
    q(
      sql`projects.stage = 'lead' and (projects.created_at at time zone 'Asia/Shanghai')::date between ${weekAgo}::date and ${date}::date`,
      sql`(projects.created_at at time zone 'Asia/Shanghai')::date`,
      sql`projects.created_at`,
    ),
    q(
      sql`projects.stage in ('signed', 'registered', 'land_secured')`,
      sql`projects.signed_on`,
      sql`projects.signed_on, projects.code`,
    ),
  ]);
  const project = (p: ProjectLine) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    regionId: p.region_id,
    regionName: p.region_name,
    stage: p.stage,
    on: p.on,
    days: p.days === null ? null : Number(p.days),
  });
  const item = (i: {
    id: string;
    code: string;
    title: string;
    category: string;
    state: string;
    unit: { kind: 'department' | 'region'; id: string; name: string };
    projectId: string | null;
    nextDeadline: string | null;
  }) => ({
    id: i.id,
    code: i.code,
    title: i.title,
    category: i.category,
    state: i.state,
    unitKind: i.unit.kind,
    unitId: i.unit.id,
    unitName: i.unit.name,
    projectId: i.projectId,
    nextDeadline: i.nextDeadline,
  });
  const total = (rows: ProjectLine[]) => rows[0]?.total ?? 0;
  return {
    date,
    // How many rows each section has in all (each lists its first 50).
    totals: {
      stalled: total(stalled),
      overdueMilestones: overdue.length,
      redItems: red.total,
      yellowItems: yellow.total,
      deadlinesThisWeek: deadlines[0]?.total ?? 0,
      newSignings: total(signings),
      newLeads: total(leads),
      signedNotStarted: total(notStarted),
    },
    stalled: stalled.map(project),
    overdueMilestones: overdue.slice(0, 50),
    redItems: red.items.map(item),
    yellowItems: yellow.items.map(item),
    deadlinesThisWeek: deadlines.map(({ total: _t, ...d }) => d),
    newSignings: signings.map(project),
    newLeads: leads.map(project),
    signedNotStarted: notStarted.map(project),
  };
}
