import { sql } from 'drizzle-orm';
import type { ItemEvent, ItemFacts } from '../../domain/supervision/events';
import { checkEvent } from '../../domain/supervision/flow';
import { DEFAULT_CLOCK, type ItemCategory, type ItemWeight } from '../../domain/supervision/items';
import { OFFICIAL_CALENDAR } from '../../domain/supervision/official-data';
import { replay } from '../../domain/supervision/replay';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { supervisionEvents, supervisionItems, supervisionTargets } from '../db/schema/supervision';
import { pick, type DemoEnv } from './walk';

const UNIT_OF: Record<ItemCategory, string> = {
  land: 'zrzy',
  environment: 'sthj',
  funds: 'czj',
  approval: 'spj',
  utilities: 'gdj',
  relocation: 'region',
  other: 'fgw',
};

const BLOCKERS: Record<ItemCategory, readonly string[]> = {
  land: ['新增建设用地指标未落实', '土地组卷报批进度慢', '项目用地涉及基本农田调整'],
  environment: ['环评批复未取得', '排污总量指标待调剂', '能评审查未通过'],
  funds: ['配套基础设施资金未到位', '企业贷款审批受阻', '奖补资金兑现滞后'],
  approval: ['施工许可办理受阻', '规划许可待批', '消防审验未通过'],
  utilities: ['施工用电增容未完成', '天然气管网未接入', '供水管道未铺设到位'],
  relocation: ['项目红线内房屋征迁未完成', '地上附着物补偿未达成一致', '迁坟工作推进缓慢'],
  other: ['项目纳入省重点项目申报', '企业反映周边道路未通', '人才公寓配套需协调'],
};
const CATEGORIES = Object.keys(UNIT_OF) as ItemCategory[];

type Scenario = 'on_time' | 'late' | 'extended' | 'returned' | 'major' | 'open';
const SCENARIOS: readonly Scenario[] = [
  'on_time',
  'on_time',
  'on_time',
  'on_time',
  'late',
  'late',
  'extended',
  'returned',
  'major',
  'open',
  'open',
  'open',
];

type Logged = { event: ItemEvent; actor: string; payload: Record<string, unknown> };

export type DemoProject = { id: string; region_id: string; name: string };
export type SupervisionRows = {
  items: (typeof supervisionItems.$inferInsert)[];
  events: (typeof supervisionEvents.$inferInsert)[];
  targets: (typeof supervisionTargets.$inferInsert)[];
  /** Each item's facts and log, as the replay takes them. */
  logs: { facts: ItemFacts; events: ItemEvent[] }[];
};

/**
 * Generates supervision items without touching a database: on time, late (red for good), extended,
 * returned and reassigned, major with a plan, and some still open at every stage, so that the
 * board shows green, yellow and red. Each action is checked by the flow's rules (`checkEvent`) as
 * it is generated and each item is replayed by the domain clock. `uid` names the acting accounts.
 */
export function generateSupervisionRows(
  rand: () => number,
  nowDate: Date,
  projects: readonly DemoProject[],
  uid: (username: string) => string,
  count: number,
): SupervisionRows {
  const now = nowDate.getTime();
  const officers = new Set(['411302', '411381']);
  const items: SupervisionRows['items'] = [];
  const eventRows: SupervisionRows['events'] = [];
  const targetRows: SupervisionRows['targets'] = [];
  const logs: SupervisionRows['logs'] = [];
  for (let i = 0; i < count; i++) {
    const scenario = pick(SCENARIOS, Math.floor(rand() * SCENARIOS.length));
    const category = pick(CATEGORIES, Math.floor(rand() * CATEGORIES.length));
    const project =
      rand() < 0.75 && projects.length ? pick(projects, Math.floor(rand() * projects.length)) : null;
    const regionUnit = project?.region_id ?? '411302';
    let unit =
      UNIT_OF[category] === 'region'
        ? { kind: 'region' as const, id: officers.has(regionUnit) ? regionUnit : '411302' }
        : { kind: 'department' as const, id: UNIT_OF[category] };
    const handler = unit.kind === 'region' ? (unit.id === '411381' ? 'dengzhou' : 'wancheng') : unit.id;
    const ageDays = scenario === 'open' ? 1 + rand() * 9 : 12 + rand() * 150;
    let t = now - ageDays * 24 * 3_600_000;
    const raiser =
      project && officers.has(project.region_id)
        ? project.region_id === '411381'
          ? 'dengzhou'
          : 'wancheng'
        : rand() < 0.5
          ? 'ducha'
          : 'leader';
    const weight: ItemWeight = scenario === 'major' ? 'major' : 'ordinary';
    const facts: ItemFacts = { weight, createdAt: new Date(t).toISOString() };
    const log: Logged[] = [];
    const step = (actor: string, hours: number, e: Record<string, unknown> & { type: ItemEvent['type'] }) => {
      const at = t + hours * 3_600_000;
      if (at >= now) return false;
      const event = { ...e, at: new Date(at).toISOString() } as ItemEvent;
      const events = log.map((l) => l.event);
      const view = events.length
        ? replay(OFFICIAL_CALENDAR, DEFAULT_CLOCK, { facts, events, now: event.at })
        : null;
      const denial = checkEvent(OFFICIAL_CALENDAR, DEFAULT_CLOCK, facts, view, events.at(-1) ?? null, event);
      if (denial) throw new Error(`demo item ${i}: ${denial.code}`);
      const { type: _t, at: _a, ...payload } = e;
      log.push({ event, actor, payload });
      t = at;
      return true;
    };
    step(raiser, 0, { type: 'assigned', unitId: unit.id, unitKind: unit.kind, handlerId: null });
    if (scenario === 'returned') {
      step(handler, 3, { type: 'returned', reason: '该事项不属于本单位职责，建议由发展改革委牵头' });
      unit = { kind: 'department', id: 'fgw' };
      step('ducha', 5, { type: 'assigned', unitId: 'fgw', unitKind: 'department', handlerId: null });
    }
    const who = scenario === 'returned' ? 'fgw' : handler;
    const late = scenario === 'late';
    // Open items stop at a random stage: the board shows every column.
    const stopAfter = scenario === 'open' ? Math.floor(rand() * 4) : 99;
    const flow = () => {
      if (stopAfter < 1 || !step(who, 1 + rand() * 6, { type: 'acknowledged' })) return;
      const deployNote = '召开专题会研究部署，明确责任人和时限';
      if (stopAfter < 2 || !step(who, late ? 40 : 4 + rand() * 12, { type: 'deployed', note: deployNote }))
        return;
      const reportNote = '已对接企业，问题正在协调解决';
      if (stopAfter < 3 || !step(who, late ? 70 : 10 + rand() * 40, { type: 'reported', note: reportNote }))
        return;
      if (scenario === 'extended') {
        step(who, 24, { type: 'extension_requested', days: 5, reason: '需报请省级部门审批，申请延期5天' });
        step('leader', 6, { type: 'extension_approved', days: 5 });
      }
      if (scenario === 'major') {
        const due = (days: number) =>
          new Date(t + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
        const steps = [
          { title: '完成方案报批', due: due(20) },
          { title: '完成现场实施', due: due(45) },
          { title: '验收销号', due: due(60) },
        ];
        step(who, 48, { type: 'plan_filed', steps });
        step(who, 24 * 18, { type: 'step_done', step: 0 });
        if (!step(who, 24 * 30, { type: 'step_done', step: 1 })) return;
      }
      if (stopAfter < 4) return;
      const resolveAfter = late ? 24 * 9 : scenario === 'extended' ? 24 * 6 : 24 + rand() * 72;
      if (!step(who, resolveAfter, { type: 'resolved', note: '问题已解决，企业已确认' })) return;
      const satisfaction = late ? 3 : 4 + Math.floor(rand() * 2);
      if (!step('ducha', 24, { type: 'verified', satisfaction, note: '电话回访企业，反映问题已解决' }))
        return;
      step('ducha', 2, { type: 'closed' });
    };
    flow();
    const id = crypto.randomUUID();
    const view = replay(OFFICIAL_CALENDAR, DEFAULT_CLOCK, {
      facts,
      events: log.map((l) => l.event),
      now: nowDate.toISOString(),
    });
    logs.push({ facts, events: log.map((l) => l.event) });
    const title = pick(BLOCKERS[category], i);
    items.push({
      id,
      code: `DB${facts.createdAt.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
      title: project ? `${title}（${project.name}）` : title,
      description: project
        ? `${project.name}推进中遇到的问题，需${unit.kind === 'region' ? '属地' : '责任单位'}协调解决。`
        : '市政府常务会议研究确定的事项，按13710工作制度督办落实。',
      category,
      source: project ? 'project_blocker' : raiser === 'leader' ? 'leader_instruction' : 'meeting_decision',
      weight,
      projectId: project?.id ?? null,
      regionId: project?.region_id ?? null,
      unitKind: unit.kind,
      unitId: unit.id,
      state: view.state,
      createdBy: uid(raiser),
      createdAt: new Date(facts.createdAt),
      updatedAt: new Date(log.at(-1)?.event.at ?? facts.createdAt),
      closedAt: view.closedAt ? new Date(view.closedAt) : null,
      satisfaction: view.satisfaction,
    });
    for (const l of log) {
      eventRows.push({
        itemId: id,
        type: l.event.type,
        at: new Date(l.event.at),
        actorId: uid(l.actor),
        payload: l.payload,
      });
    }
    for (const x of view.targets) {
      targetRows.push({
        itemId: id,
        key: x.key,
        opensAt: new Date(x.opensAt),
        deadline: x.deadline,
        yellowAt: new Date(x.yellowAt),
        breachAt: new Date(x.breachAt),
        doneAt: x.doneAt ? new Date(x.doneAt) : null,
      });
    }
  }
  return { items, events: eventRows, targets: targetRows, logs };
}

/** About 100 demo items (see `generateSupervisionRows`), loaded in bulk with one audited event. */
export async function seedSupervision(
  env: DemoEnv,
  admin: Ctx,
  userIds: ReadonlyMap<string, string>,
  count = 100,
) {
  const projects = await rowsOf<DemoProject>(
    env.tx,
    sql`select id, region_id, name from projects where signed_on is not null and stage not in ('terminated', 'at_capacity')
      and deleted_at is null order by code`,
  );
  const rows = generateSupervisionRows(
    env.rand,
    env.now,
    projects,
    (username) => userIds.get(username) ?? admin.principal.id,
    count,
  );
  await loadSupervisionRows(env.tx, rows);
  await appendAudit(
    env.tx,
    admin.actor,
    {
      action: 'supervision.demo_load',
      entityType: 'supervision_item',
      entityId: null,
      diff: { items: count, events: rows.events.length, demo: true },
    },
    env.now,
  );
  return { items: count, itemEvents: rows.events.length };
}

/** Bulk-inserts generated items, their logs and targets (in chunks the drivers accept). */
export async function loadSupervisionRows(tx: Executor, rows: SupervisionRows) {
  const chunk = 1000;
  for (let k = 0; k < rows.items.length; k += chunk)
    await tx.insert(supervisionItems).values(rows.items.slice(k, k + chunk));
  for (let k = 0; k < rows.events.length; k += chunk)
    await tx.insert(supervisionEvents).values(rows.events.slice(k, k + chunk));
  for (let k = 0; k < rows.targets.length; k += chunk)
    await tx.insert(supervisionTargets).values(rows.targets.slice(k, k + chunk));
  await tx.execute(sql`select setval('supervision_item_code_seq', ${Math.max(1, rows.items.length)})`);
}
