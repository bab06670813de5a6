import { sql } from 'drizzle-orm';
import {
  dueDate,
  DEFAULT_REPORT_SCHEDULE,
  lastDueMonth,
  monthOf,
  monthsBetween,
} from '../../domain/delivery/report-month';
import type { Stage } from '../../domain/lifecycle/stages';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { pgArray } from '../db/arrays';
import { rowsOf } from '../db/rows';
import { monthlyReports } from '../db/schema/delivery';
import { projects } from '../db/schema/projects';
import { planMilestone } from '../delivery/milestones';
import { putTeam } from '../delivery/teams';
import { refreshAllSummaries } from '../delivery/summary';
import { overdueMilestones } from '../delivery/overdue';
import { addDays, pick, type DemoEnv } from './walk';

type Facts = {
  id: string;
  region_id: string;
  signed_on: string;
  stage: Stage;
  stage_before_stall: Stage | null;
  last_transition_on: string;
  contracted: string | null;
  total: string;
  foreign_capital: boolean;
  registered_on: string | null;
  started_on: string | null;
  producing_on: string | null;
  at_capacity_on: string | null;
};

const WORK: Record<string, readonly string[]> = {
  signed: ['办理项目备案和工商注册手续', '对接企业完善项目建设方案'],
  registered: ['开展土地组卷报批，完成地勘', '完成规划方案设计，办理用地手续'],
  started: ['主体工程施工，完成基础和钢结构', '厂房主体封顶，开始二次结构施工', '完成场地平整和桩基施工'],
  completed: ['设备进场安装调试', '完成竣工验收，开展试生产准备'],
  producing: ['一期正常生产，产能逐步释放', '生产线满负荷运行，开拓市场订单'],
  stalled: ['项目暂缓，协调企业资金问题'],
};

/** What a project was doing in a month, from the days its milestones were reached. */
function phaseIn(f: Facts, monthEnd: string): string {
  if (f.producing_on && f.producing_on <= monthEnd) return 'producing';
  if (f.started_on && f.started_on <= monthEnd) return 'started';
  if (f.registered_on && f.registered_on <= monthEnd) return 'registered';
  return 'signed';
}

/**
 * Delivery for the demo: monthly reports since each signing (funds arriving while a project is
 * built, none while it is stalled; some counties file diligently, some miss months), 入统/入规
 * flags, a few revised plans and the work teams of the largest projects. Reports are loaded in bulk
 * (one audited event for the load); plans and teams go through the services.
 */
export async function seedDelivery(
  env: DemoEnv,
  admin: Ctx,
  ctxFor: (regionId: string) => Ctx,
  people: { leaderId: string | null; handlerId: string | null },
) {
  const today = shanghaiDate(env.now);
  const { rand } = env;
  const facts = await rowsOf<Facts>(
    env.tx,
    sql`select p.id, p.region_id, p.signed_on::text, p.stage, p.stage_before_stall, p.last_transition_on::text,
        p.contracted_investment::text as contracted, p.total_investment::text as total, p.foreign_capital,
        max(m.actual_on::text) filter (where m.milestone = 'registered') as registered_on,
        max(m.actual_on::text) filter (where m.milestone = 'started') as started_on,
        max(m.actual_on::text) filter (where m.milestone = 'producing') as producing_on,
        max(m.actual_on::text) filter (where m.milestone = 'at_capacity') as at_capacity_on
      from projects p left join project_milestones m on m.project_id = p.id
      where p.signed_on is not null and p.deleted_at is null and p.merged_into_id is null
      group by p.id order by p.code`,
  );
  const diligence = new Map<string, number>();
  const speed = new Map<string, number>();
  for (const f of facts) {
    if (!diligence.has(f.region_id)) {
      diligence.set(f.region_id, 0.7 + rand() * 0.3);
      speed.set(f.region_id, 0.6 + rand() * 0.7);
    }
  }
  const lastDue = lastDueMonth(today, DEFAULT_REPORT_SCHEDULE);
  const cols = {
    project: [] as string[],
    region: [] as string[],
    month: [] as string[],
    out: [] as string[],
    inProv: [] as string[],
    local: [] as string[],
    usd: [] as string[],
    work: [] as string[],
    problems: [] as (string | null)[],
    filedBy: [] as string[],
    filedAt: [] as string[],
    late: [] as boolean[],
  };
  for (const f of facts) {
    const contractedWan = Math.floor(Number(f.contracted ?? f.total) / 10_000);
    const d = diligence.get(f.region_id) ?? 0.9;
    const pace = speed.get(f.region_id) ?? 1;
    const stopOn =
      f.stage === 'stalled' || f.stage === 'terminated'
        ? f.last_transition_on
        : f.at_capacity_on
          ? f.at_capacity_on
          : null;
    let arrivedWan = 0;
    const target = Math.floor(contractedWan * Math.min(1, 0.55 + 0.35 * pace));
    for (const month of monthsBetween(monthOf(f.signed_on), monthOf(today))) {
      if (stopOn && `${month}-01` > stopOn) break;
      const monthEnd = `${month}-28`;
      const isCurrent = month === monthOf(today);
      const chance = isCurrent ? 0.25 : month === lastDue ? d - 0.25 : d;
      if (rand() > chance) continue;
      const phase = phaseIn(f, monthEnd);
      const building = phase === 'started' || phase === 'registered';
      let wan = 0;
      if (building || (phase === 'producing' && arrivedWan < target)) {
        const share = phase === 'registered' ? 0.03 : 0.06 * pace;
        wan = Math.min(target - arrivedWan, Math.floor(contractedWan * share * (0.5 + rand())));
      }
      arrivedWan += Math.max(0, wan);
      const foreign = f.foreign_capital && wan > 0;
      const usdWan = foreign ? Math.floor(wan / 7.1 / 2) : 0;
      const rmbWan = foreign ? wan - Math.floor(usdWan * 7.1) : wan;
      const out = Math.floor(rmbWan * 0.8);
      const late = !isCurrent && rand() < 0.12;
      const due = dueDate(month, DEFAULT_REPORT_SCHEDULE);
      const filed = isCurrent
        ? addDays(today, -1)
        : late
          ? addDays(due, 2)
          : addDays(due, -1 - Math.floor(rand() * 4));
      cols.project.push(f.id);
      cols.region.push(f.region_id);
      cols.month.push(`${month}-01`);
      cols.out.push(`${out * 10_000}`);
      cols.inProv.push(`${Math.floor((rmbWan - out) / 2) * 10_000}`);
      cols.local.push(`${(rmbWan - out - Math.floor((rmbWan - out) / 2)) * 10_000}`);
      cols.usd.push(`${usdWan * 10_000}`);
      cols.work.push(
        pick(
          WORK[f.stage === 'stalled' && stopOn && month >= monthOf(stopOn) ? 'stalled' : phase] ??
            WORK.signed ??
            [],
          Math.floor(rand() * 3),
        ),
      );
      cols.problems.push(
        rand() < 0.2
          ? pick(
              ['用地指标尚未落实', '施工用电增容待协调', '环评批复进度偏慢', '配套资金到位不及时'],
              Math.floor(rand() * 4),
            )
          : null,
      );
      cols.filedBy.push(ctxFor(f.region_id).principal.id);
      cols.filedAt.push(`${filed}T09:30:00+08:00`);
      cols.late.push(late);
    }
  }
  await env.tx.execute(sql`
    insert into ${monthlyReports} (project_id, region_id, month, funds_out_of_province, funds_in_province, funds_local,
      funds_foreign_usd, work_done, problems, filed_by, filed_at, late, updated_at)
    select * , ${env.now.toISOString()}::timestamptz from unnest(
      ${pgArray(cols.project)}::uuid[], ${pgArray(cols.region)}::text[], ${pgArray(cols.month)}::date[],
      ${pgArray(cols.out)}::numeric[], ${pgArray(cols.inProv)}::numeric[], ${pgArray(cols.local)}::numeric[],
      ${pgArray(cols.usd)}::numeric[], ${pgArray(cols.work)}::text[], ${pgArray(cols.problems)}::text[],
      ${pgArray(cols.filedBy)}::uuid[], ${pgArray(cols.filedAt)}::timestamptz[], ${pgArray(cols.late)}::boolean[])`);
  await refreshAllSummaries(env.tx);
  await appendAudit(
    env.tx,
    admin.actor,
    {
      action: 'report.demo_load',
      entityType: 'monthly_report',
      entityId: null,
      diff: { reports: cols.project.length, demo: true },
    },
    env.now,
  );
  // 入统 a month or two after the start; 入规 for some producing projects.
  await env.tx.execute(sql`
    update ${projects} p set stats_entered_on = least(m.actual_on + 45, ${today}::date)
    from project_milestones m where m.project_id = p.id and m.milestone = 'started' and m.actual_on + 45 <= ${today}::date`);
  await env.tx.execute(sql`
    update ${projects} p set above_scale_on = m.actual_on + 200
    from project_milestones m where m.project_id = p.id and m.milestone = 'producing' and m.actual_on + 200 <= ${today}::date
      and (hashtext(p.code) % 3) <> 0`);
  // A few overdue starts got a revised plan, with the reason.
  const overdue = (await overdueMilestones(env.tx, admin, {})).filter((o) => o.milestone === 'started');
  for (const o of overdue.slice(0, 5)) {
    await planMilestone(env.db, ctxFor(o.regionId), o.projectId, 'started', {
      plannedOn: addDays(today, 60 + Math.floor(rand() * 60)),
      reason: pick(
        ['受征迁影响，开工计划顺延', '规划方案调整，重新报批', '企业融资延后，经协调顺延'],
        Math.floor(rand() * 3),
      ),
    });
  }
  // Work teams (工作专班) for the ten largest signed projects still being delivered.
  const big = [...facts]
    .filter((f) => f.stage !== 'terminated' && f.stage !== 'at_capacity')
    .sort((a, b) => Number(b.total) - Number(a.total))
    .slice(0, 10);
  const { leaderId } = people;
  if (leaderId) {
    for (const [i, f] of big.entries()) {
      const officer = ctxFor(f.region_id);
      await putTeam(env.db, officer, f.id, {
        leaderId,
        leadUnit:
          i % 3 === 0
            ? { kind: 'department', id: pick(['fgw', 'zrzy', 'gxj'], i) }
            : { kind: 'region', id: f.region_id },
        members: [
          ...(officer.principal.role === 'county_officer'
            ? [{ userId: officer.principal.id, duty: '项目服务专员' }]
            : []),
          ...(people.handlerId && i % 2 === 0 ? [{ userId: people.handlerId, duty: '用地保障' }] : []),
        ],
        note: '每月至少一次现场办公，协调解决要素保障问题',
      });
    }
  }
  return { reports: cols.project.length, teams: leaderId ? big.length : 0 };
}
