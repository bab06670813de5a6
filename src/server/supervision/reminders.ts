import { sql } from 'drizzle-orm';
import { dueSteps, STEP_AUDIENCE, type ReminderStep } from '../../domain/supervision/reminders';
import type { Db, Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { jobLeases, remindersSent } from '../db/schema/supervision';
import { announce } from '../notify/outbox';
import { audienceOf } from './audience';

const LEASE = 'supervision.reminders';

/**
 * Takes (or renews) the lease of a job for `ms`: only its holder runs it until it expires, so two
 * server processes on one database do not both scan. Answers whether this holder has it.
 */
export async function takeLease(db: Executor, name: string, holder: string, now: Date, ms: number) {
  const until = new Date(now.getTime() + ms);
  const rows = await db
    .insert(jobLeases)
    .values({ name, holder, expiresAt: until })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder, expiresAt: until },
      setWhere: sql`${jobLeases.expiresAt} < ${now.toISOString()}::timestamptz or ${jobLeases.holder} = ${holder}`,
    })
    .returning({ holder: jobLeases.holder });
  return rows.length > 0;
}

type Due = {
  item_id: string;
  code: string;
  title: string;
  unit_kind: 'department' | 'region';
  unit_id: string;
  handler_id: string | null;
  project_id: string | null;
  created_by: string;
  key: string;
  deadline: string;
  opens_at: Date | string;
  breach_at: Date | string;
  sent: number[] | null;
};

const TEXT: Record<ReminderStep, (key: string, deadline: string) => string> = {
  50: (k, d) => `「${k}」时限已过半，请于 ${d} 前完成`,
  75: (k, d) => `「${k}」时限已用 75%，请于 ${d} 前完成`,
  100: (k, d) => `「${k}」已超过期限（${d}），请立即办理`,
  101: (k, d) => `「${k}」超期 1 天（期限 ${d}），请单位负责人督促办理`,
  102: (k, d) => `「${k}」超期 2 天（期限 ${d}），提请督查室督办`,
  103: (k, d) => `「${k}」超期 3 天（期限 ${d}），报告分管领导`,
};
const TARGET_NAME: Record<string, string> = { deploy: '研究部署', report: '反馈进展', resolve: '落实办结' };

/**
 * One pass of the reminder job: every open target whose next reminder or escalation is due gets it,
 * exactly once (the `reminders_sent` key), with in-app notifications to the step's audience.
 * A restarted server catches up on what fell due while it was down.
 */
export async function runReminders(db: Db, now: Date, holder: string) {
  if (!(await takeLease(db, LEASE, holder, now, 55_000))) return { leased: false, sent: 0 };
  const due = await rowsOf<Due>(
    db,
    sql`select i.id as item_id, i.code, i.title, i.unit_kind, i.unit_id, i.handler_id, i.project_id, i.created_by, t.key, t.deadline::text, t.opens_at, t.breach_at,
        (select array_agg(r.step::int) from reminders_sent r where r.item_id = t.item_id and r.target_key = t.key and r.deadline = t.deadline) as sent
      from supervision_targets t join supervision_items i on i.id = t.item_id
      where t.done_at is null and i.state not in ('closed', 'returned')
        and t.opens_at + (t.breach_at - t.opens_at) / 2 <= ${now.toISOString()}::timestamptz`,
  );
  let sent = 0;
  for (const d of due) {
    const steps = dueSteps(
      { opensAt: new Date(d.opens_at).getTime(), breachAt: new Date(d.breach_at).getTime(), doneAt: null },
      now.getTime(),
      new Set(d.sent ?? []),
    );
    if (!steps.send.length && !steps.pass.length) continue;
    await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(remindersSent)
        .values(
          [...steps.pass, ...steps.send].map((step) => ({
            itemId: d.item_id,
            targetKey: d.key,
            step,
            deadline: d.deadline,
            sentAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ step: remindersSent.step });
      const mine = claimed.map((c) => c.step as ReminderStep).filter((s) => steps.send.includes(s));
      for (const step of mine) {
        const to = await audienceOf(tx, STEP_AUDIENCE[step], {
          unitKind: d.unit_kind,
          unitId: d.unit_id,
          handlerId: d.handler_id,
          projectId: d.project_id,
          createdBy: d.created_by,
        });
        const key = TARGET_NAME[d.key] ?? d.key.replace('step:', '计划步骤 ');
        const told = await announce(tx, {
          userIds: to,
          unit: { kind: d.unit_kind, id: d.unit_id },
          itemId: d.item_id,
          kind: step >= 100 ? 'escalation' : 'reminder',
          title: `${d.code} ${d.title}`,
          body: TEXT[step](key, d.deadline),
          link: `/supervision/${d.item_id}`,
          now,
        });
        sent += told.inApp;
      }
    });
  }
  return { leased: true, sent };
}
