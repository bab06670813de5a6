import { sql } from 'drizzle-orm';
import { dueDate, lastDueMonth, addMonths, monthsBetween } from '../../domain/delivery/report-month';
import { percentOf } from '../../domain/delivery/rates';
import { fenToYuan, yuanToFen } from '../../domain/money/money';
import type { Stage } from '../../domain/lifecycle/stages';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { monthlyReports, projectMilestones } from '../db/schema/delivery';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { AppError } from '../http/errors';
import { getSetting } from '../settings/service';
import { rowsOf } from '../db/rows';
import { overdueMilestones, projectFilterSql, type ProjectFilter } from './overdue';
import { teamProjectIds } from './teams';

type MissingRow = {
  id: string;
  code: string;
  name: string;
  region_id: string;
  region_name: string;
  stage: Stage;
  last_month: string | null;
  has_report: boolean;
};

/**
 * Signed projects that owe the report of `month`: signed by its end, neither at design capacity nor
 * terminated before it began; missing when no report exists.
 */
export async function missingReports(db: Executor, ctx: Ctx, q: { month?: string; region?: string }) {
  const today = shanghaiDate(ctx.now);
  const schedule = await getSetting(db, 'reports.schedule');
  const month = q.month ?? lastDueMonth(today, schedule);
  if (month > today.slice(0, 7)) {
    throw new AppError('REPORT_MONTH_FUTURE', `The month ${month} has not begun`, { month }, [
      { path: 'querystring.month', message: 'in the future', code: 'report_month_future' },
    ]);
  }
  const first = `${month}-01`;
  const next = `${addMonths(month, 1)}-01`;
  const rows = await rowsOf<MissingRow>(
    db,
    sql`select ${projects.id} as id, ${projects.code} as code, ${projects.name} as name, ${projects.regionId} as region_id,
        ${regions.name} as region_name, ${projects.stage} as stage,
        (select to_char(max(${monthlyReports.month}), 'YYYY-MM') from ${monthlyReports} where ${monthlyReports.projectId} = ${projects.id}) as last_month,
        exists (select 1 from ${monthlyReports} where ${monthlyReports.projectId} = ${projects.id} and ${monthlyReports.month} = ${first}) as has_report
      from ${projects} join ${regions} on ${regions.id} = ${projects.regionId}
      where ${projectFilterSql(ctx, { regionId: q.region })} and ${projects.signedOn} < ${next}
        and not exists (select 1 from ${projectMilestones} where ${projectMilestones.projectId} = ${projects.id}
          and ${projectMilestones.milestone} = 'at_capacity' and ${projectMilestones.actualOn} < ${first})
        and not (${projects.stage} = 'terminated' and coalesce(${projects.lastTransitionOn} < ${first}, false))
      order by ${regions.sortOrder}, ${projects.code}`,
  );
  const byRegion = new Map<
    string,
    { regionId: string; regionName: string; required: number; missing: number }
  >();
  for (const r of rows) {
    const g = byRegion.get(r.region_id) ?? {
      regionId: r.region_id,
      regionName: r.region_name,
      required: 0,
      missing: 0,
    };
    g.required += 1;
    if (!r.has_report) g.missing += 1;
    byRegion.set(r.region_id, g);
  }
  return {
    month,
    dueOn: dueDate(month, schedule),
    byRegion: [...byRegion.values()],
    projects: rows
      .filter((r) => !r.has_report)
      .map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        regionId: r.region_id,
        regionName: r.region_name,
        stage: r.stage,
        lastReportMonth: r.last_month,
      })),
  };
}

/** A county's (or, for city roles, the city's or one region's) delivery at a glance. */
export async function overview(db: Db, ctx: Ctx, q: { region?: string }) {
  const today = shanghaiDate(ctx.now);
  const year = Number(today.slice(0, 4));
  const f: ProjectFilter = { regionId: q.region ?? null };
  const active = sql`${projectFilterSql(ctx, f)} and ${projects.signedOn} is not null`;
  const [stages, overdue, missing, fundRows, totals] = await Promise.all([
    rowsOf<{ stage: Stage; count: number }>(
      db,
      sql`select ${projects.stage} as stage, count(*)::int as count from ${projects} where ${active} group by 1 order by 1`,
    ),
    overdueMilestones(db, ctx, f),
    missingReports(db, ctx, { region: q.region }),
    rowsOf<{ month: string; arrived: string }>(
      db,
      sql`select to_char(${monthlyReports.month}, 'YYYY-MM') as month,
          sum(${monthlyReports.fundsOutOfProvince} + ${monthlyReports.fundsInProvince} + ${monthlyReports.fundsLocal})::numeric(20,2)::text as arrived
        from ${monthlyReports} join ${projects} on ${projects.id} = ${monthlyReports.projectId}
        where ${active} group by 1 order by 1`,
    ),
    rowsOf<{ contracted: string; stats: number; above: number }>(
      db,
      sql`select coalesce(sum(${projects.contractedInvestment}) filter (where ${projects.stage} <> 'terminated'), 0)::numeric(20,2)::text as contracted,
          count(*) filter (where ${projects.statsEnteredOn} is not null)::int as stats,
          count(*) filter (where ${projects.aboveScaleOn} is not null)::int as above
        from ${projects} where ${active}`,
    ),
  ]);
  const byMonthMap = new Map(fundRows.map((r) => [r.month, r.arrived]));
  const byMonth = monthsBetween(`${year}-01`, today.slice(0, 7)).map((month) => ({
    month,
    arrived: byMonthMap.get(month) ?? '0.00',
  }));
  const arrivedThisYear = fenToYuan(byMonth.reduce((a, m) => a + yuanToFen(m.arrived), 0n));
  const arrivedTotal = fenToYuan(fundRows.reduce((a, m) => a + yuanToFen(m.arrived), 0n));
  const t = totals[0] ?? { contracted: '0.00', stats: 0, above: 0 };
  return {
    today,
    year,
    regionId: q.region ?? null,
    signedActive: stages.filter((s) => s.stage !== 'terminated').reduce((a, s) => a + s.count, 0),
    byStage: stages,
    overdue,
    missing,
    funds: {
      contracted: t.contracted,
      arrivedThisYear,
      arrivedTotal,
      percentThisYear: percentOf(yuanToFen(arrivedThisYear), yuanToFen(t.contracted)),
      byMonth,
    },
    flags: { statsEntered: t.stats, aboveScale: t.above },
  };
}

/** The projects of the work teams the caller leads or sits on, with what needs attention. */
export async function myProjects(db: Db, ctx: Ctx) {
  const mine = await teamProjectIds(db, ctx.principal.id);
  if (!mine.length) return { items: [] };
  const ids = mine.map((m) => m.projectId);
  const [rows, overdue] = await Promise.all([
    rowsOf<{
      id: string;
      code: string;
      name: string;
      region_name: string;
      stage: Stage;
      last_month: string | null;
    }>(
      db,
      sql`select ${projects.id} as id, ${projects.code} as code, ${projects.name} as name, ${regions.name} as region_name,
          ${projects.stage} as stage,
          (select to_char(max(${monthlyReports.month}), 'YYYY-MM') from ${monthlyReports} where ${monthlyReports.projectId} = ${projects.id}) as last_month
        from ${projects} join ${regions} on ${regions.id} = ${projects.regionId}
        where ${projectFilterSql(ctx, { projectIds: ids })} order by ${projects.code}`,
    ),
    overdueMilestones(db, ctx, { projectIds: ids }),
  ]);
  const role = new Map(mine.map((m) => [m.projectId, m]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      regionName: r.region_name,
      stage: r.stage,
      role: role.get(r.id)?.role ?? 'member',
      duty: role.get(r.id)?.duty ?? null,
      overdue: overdue.filter((o) => o.projectId === r.id).map((o) => o.milestone),
      lastReportMonth: r.last_month,
    })),
  };
}
