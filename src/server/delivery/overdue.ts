import { sql, type SQL } from 'drizzle-orm';
import type { Milestone } from '../../domain/delivery/milestones';
import type { Stage } from '../../domain/lifecycle/stages';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import { inScope } from '../auth/scope';
import { pgArray } from '../db/arrays';
import type { Executor } from '../db/client';
import { projectMilestones } from '../db/schema/delivery';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { rowsOf } from '../db/rows';

export type ProjectFilter = { regionId?: string | null; projectIds?: readonly string[] };

export const projectFilterSql = (
  ctx: Ctx,
  f: ProjectFilter,
): SQL => sql`${projects.deletedAt} is null and ${projects.mergedIntoId} is null
  and ${inScope(projects.regionId, ctx.scope)}
  ${f.regionId ? sql`and ${projects.regionId} = ${f.regionId}` : sql``}
  ${f.projectIds ? sql`and ${projects.id} = any(${pgArray(f.projectIds)}::uuid[])` : sql``}`;

type OverdueRow = {
  project_id: string;
  code: string;
  name: string;
  region_id: string;
  region_name: string;
  stage: Stage;
  milestone: Milestone;
  planned_on: string;
  days_late: number;
};

/**
 * Milestones past their plan (the revised one, else the contract deadline) without an actual date,
 * on signed projects that are not terminated; a milestone skipped, or passed by a later one, is not
 * overdue. The rule of `milestoneStates`, in SQL for lists and dashboards.
 */
export async function overdueMilestones(db: Executor, ctx: Ctx, f: ProjectFilter) {
  const today = shanghaiDate(ctx.now);
  const rows = await rowsOf<OverdueRow>(
    db,
    sql`select * from (
      select ${projects.id} as project_id, ${projects.code} as code, ${projects.name} as name,
        ${projects.regionId} as region_id, ${regions.name} as region_name, ${projects.stage} as stage,
        ms.m as milestone,
        coalesce(pm.planned_on, case ms.m when 'registered' then ${projects.registerBy}
          when 'started' then ${projects.startBy} when 'producing' then ${projects.produceBy} end)::text as planned_on,
        pm.actual_on, pm.skip_reason
      from ${projects}
      join ${regions} on ${regions.id} = ${projects.regionId}
      cross join unnest(enum_range(null::milestone)) as ms(m)
      left join ${projectMilestones} pm on pm.project_id = ${projects.id} and pm.milestone = ms.m
      where ${projectFilterSql(ctx, f)} and ${projects.signedOn} is not null and ${projects.stage} <> 'terminated'
    ) x
    where x.actual_on is null and x.skip_reason is null and x.planned_on < ${today}
      and not exists (select 1 from ${projectMilestones} later where later.project_id = x.project_id
        and later.milestone > x.milestone and later.actual_on is not null)
    order by x.planned_on, x.code`,
  );
  return rows.map((r) => ({
    projectId: r.project_id,
    code: r.code,
    name: r.name,
    regionId: r.region_id,
    regionName: r.region_name,
    stage: r.stage,
    milestone: r.milestone,
    plannedOn: r.planned_on,
    daysLate: Math.round((Date.parse(today) - Date.parse(r.planned_on)) / 86_400_000),
  }));
}
