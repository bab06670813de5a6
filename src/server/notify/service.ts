import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { robotBody, webhookUrlProblem } from '../../domain/notify/webhooks';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { departments, regions } from '../db/schema/org';
import { users } from '../db/schema/users';
import { unitHeads, unitWebhooks, webhookDeliveries } from '../db/schema/webhooks';
import { AppError, notFound } from '../http/errors';
import { attempt, fetchPoster, recordAttempt, type Poster } from './deliver';
import type { DeliveryQuery, DeliveryView, WebhookCreate, WebhookPatch, WebhookView } from './schemas';

type UnitKind = 'department' | 'region';
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const isoOf = (d: Date | string) => new Date(d).toISOString();

/** The name of a unit, in SQL, from its kind and id columns. */
const unitName = (kind: SQL, id: SQL) =>
  sql`case when ${kind} = 'department' then (select name from departments where id = ${id}) else (select name from regions where id = ${id}) end`;

async function assertUnit(db: Executor, unit: { kind: UnitKind; id: string }, path: string) {
  const table = unit.kind === 'department' ? departments : regions;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, unit.id));
  if (!row) {
    throw new AppError('VALIDATION_FAILED', `No ${unit.kind} ${unit.id}`, { unit }, [
      { path, message: `unknown ${unit.kind} "${unit.id}"`, code: 'unknown_unit' },
    ]);
  }
}

function assertUrl(url: string) {
  const problem = webhookUrlProblem(url);
  if (problem) {
    throw new AppError(
      'WEBHOOK_URL_INVALID',
      `The robot address "${url}" is not usable: ${problem}`,
      { url, problem },
      [{ path: 'body.url', message: problem, code: 'invalid_url' }],
    );
  }
}

type HookRow = {
  id: string;
  unit_kind: UnitKind;
  unit_id: string;
  unit_name: string | null;
  kind: 'dingtalk' | 'wecom';
  name: string;
  url: string;
  has_secret: boolean;
  enabled: boolean;
  created_at: string | Date;
  pending: number;
  sent: number;
  failed: number;
  last_sent_at: string | Date | null;
  last_error: string | null;
};

const toHook = (r: HookRow): WebhookView => ({
  id: r.id,
  unit: { kind: r.unit_kind, id: r.unit_id, name: r.unit_name ?? r.unit_id },
  kind: r.kind,
  name: r.name,
  url: r.url,
  hasSecret: r.has_secret,
  enabled: r.enabled,
  createdAt: isoOf(r.created_at),
  pending: Number(r.pending),
  sent: Number(r.sent),
  failed: Number(r.failed),
  lastSentAt: iso(r.last_sent_at),
  lastError: r.last_error,
});

/** Every group robot with what became of its messages. */
export async function listWebhooks(db: Executor, id?: string): Promise<WebhookView[]> {
  const rows = await rowsOf<HookRow>(
    db,
    sql`select w.id, w.unit_kind, w.unit_id, ${unitName(sql`w.unit_kind`, sql`w.unit_id`)} as unit_name,
          w.kind, w.name, w.url, w.secret is not null as has_secret, w.enabled, w.created_at,
          count(d.id) filter (where d.status = 'pending')::int as pending,
          count(d.id) filter (where d.status = 'sent')::int as sent,
          count(d.id) filter (where d.status = 'failed')::int as failed,
          max(d.sent_at) as last_sent_at,
          (select d2.last_error from webhook_deliveries d2 where d2.webhook_id = w.id and d2.last_error is not null
            order by d2.created_at desc limit 1) as last_error
        from unit_webhooks w left join webhook_deliveries d on d.webhook_id = w.id
        ${id ? sql`where w.id = ${id}` : sql``}
        group by w.id order by w.unit_kind, w.unit_id, w.created_at`,
  );
  return rows.map(toHook);
}

async function oneWebhook(db: Executor, id: string) {
  const [hook] = await listWebhooks(db, id);
  if (!hook) throw notFound('webhook');
  return hook;
}

export async function createWebhook(db: Db, ctx: Ctx, input: WebhookCreate): Promise<WebhookView> {
  assertUrl(input.url);
  const id = await db.transaction(async (tx) => {
    await assertUnit(tx, input.unit, 'body.unit.id');
    const [row] = await tx
      .insert(unitWebhooks)
      .values({
        unitKind: input.unit.kind,
        unitId: input.unit.id,
        kind: input.kind,
        name: input.name,
        url: input.url,
        secret: input.secret ?? null,
        enabled: input.enabled,
        createdBy: ctx.principal.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: unitWebhooks.id });
    if (!row) throw new Error('insert returned nothing');
    const { secret, ...shown } = input;
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'webhook.create',
        entityType: 'webhook',
        entityId: row.id,
        diff: { after: { ...shown, hasSecret: Boolean(secret) } },
      },
      ctx.now,
    );
    return row.id;
  });
  return oneWebhook(db, id);
}

export async function updateWebhook(db: Db, ctx: Ctx, id: string, patch: WebhookPatch): Promise<WebhookView> {
  if (patch.url !== undefined) assertUrl(patch.url);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(unitWebhooks).where(eq(unitWebhooks.id, id)).for('update');
    if (!before) throw notFound('webhook');
    await tx
      .update(unitWebhooks)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(unitWebhooks.id, id));
    const { secret, ...shown } = patch;
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'webhook.update',
        entityType: 'webhook',
        entityId: id,
        diff: {
          before: {
            name: before.name,
            url: before.url,
            enabled: before.enabled,
            hasSecret: before.secret !== null,
          },
          after: { ...shown, ...(secret !== undefined ? { hasSecret: secret !== null } : {}) },
        },
      },
      ctx.now,
    );
  });
  return oneWebhook(db, id);
}

type DeliveryRow = {
  id: string;
  webhook_id: string;
  webhook_name: string;
  kind: 'dingtalk' | 'wecom';
  unit_kind: UnitKind;
  unit_id: string;
  unit_name: string | null;
  item_id: string | null;
  item_code: string | null;
  title: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string | Date;
  last_error: string | null;
  last_http_status: number | null;
  sent_at: string | Date | null;
  created_at: string | Date;
};

const toDelivery = (r: DeliveryRow): DeliveryView => ({
  id: r.id,
  webhookId: r.webhook_id,
  webhookName: r.webhook_name,
  kind: r.kind,
  unit: { kind: r.unit_kind, id: r.unit_id, name: r.unit_name ?? r.unit_id },
  itemId: r.item_id,
  itemCode: r.item_code,
  title: r.title,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: isoOf(r.next_attempt_at),
  lastError: r.last_error,
  lastHttpStatus: r.last_http_status,
  sentAt: iso(r.sent_at),
  createdAt: isoOf(r.created_at),
});

const deliverySelect = sql`select d.id, d.webhook_id, w.name as webhook_name, w.kind, w.unit_kind, w.unit_id,
    ${unitName(sql`w.unit_kind`, sql`w.unit_id`)} as unit_name, d.item_id, i.code as item_code, d.title, d.status,
    d.attempts, d.next_attempt_at, d.last_error, d.last_http_status, d.sent_at, d.created_at
  from webhook_deliveries d join unit_webhooks w on w.id = d.webhook_id
  left join supervision_items i on i.id = d.item_id`;

/** Deliveries, newest first: the failed ones are what administrators come here for. */
export async function listDeliveries(db: Executor, q: DeliveryQuery) {
  const where = sql.join(
    [
      sql`true`,
      ...(q.status ? [sql`d.status = ${q.status}`] : []),
      ...(q.webhookId ? [sql`d.webhook_id = ${q.webhookId}`] : []),
    ],
    sql` and `,
  );
  const [rows, total] = await Promise.all([
    rowsOf<DeliveryRow>(
      db,
      sql`${deliverySelect} where ${where} order by d.created_at desc, d.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
    ),
    rowsOf<{ n: number }>(db, sql`select count(*)::int as n from webhook_deliveries d where ${where}`),
  ]);
  return { items: rows.map(toDelivery), total: Number(total[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
}

async function oneDelivery(db: Executor, id: string) {
  const [row] = await rowsOf<DeliveryRow>(db, sql`${deliverySelect} where d.id = ${id}`);
  if (!row) throw notFound('delivery');
  return toDelivery(row);
}

/** Puts a failed (or pending) delivery back in the queue for the next pass, with fresh attempts. */
export async function retryDelivery(db: Db, ctx: Ctx, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: ctx.now })
      .where(and(eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, ['failed', 'pending'])))
      .returning({ id: webhookDeliveries.id });
    if (!row) throw notFound('failed or pending delivery');
    await appendAudit(
      tx,
      ctx.actor,
      { action: 'webhook.retry', entityType: 'webhook_delivery', entityId: id, diff: {} },
      ctx.now,
    );
  });
  return oneDelivery(db, id);
}

/**
 * Sends a test message to a robot now and answers what the robot said (a wrong address, a wrong
 * secret or keyword shows here at once); the attempt is kept as a delivery like any other.
 */
export async function testWebhook(db: Db, ctx: Ctx, id: string, post: Poster = fetchPoster()) {
  const [hook] = await db.select().from(unitWebhooks).where(eq(unitWebhooks.id, id));
  if (!hook) throw notFound('webhook');
  const title = '推进平台测试消息';
  const body = robotBody(hook.kind, {
    title,
    lines: [
      `这是一条来自推进平台的测试消息，发送人：${ctx.principal.displayName}。收到即表示「${hook.name}」配置正确。`,
    ],
  });
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ webhookId: id, title, body, nextAttemptAt: ctx.now, createdAt: ctx.now })
    .returning({ id: webhookDeliveries.id });
  if (!row) throw new Error('insert returned nothing');
  const res = await attempt(post, hook, body, ctx.now);
  // A test is tried once: a failure is shown (until a retry succeeds), not retried by the job.
  await recordAttempt(db, { id: row.id, attempts: 0 }, res, ctx.now, true);
  return {
    ok: res.ok,
    error: res.ok ? null : res.error,
    httpStatus: res.httpStatus,
    delivery: await oneDelivery(db, row.id),
  };
}

const unitAccounts = (kind: UnitKind, id: string) =>
  and(
    eq(users.disabled, false),
    kind === 'department'
      ? and(eq(users.role, 'unit_handler'), eq(users.departmentId, id))
      : and(eq(users.role, 'county_officer'), eq(users.regionId, id)),
  );

/** Every unit with its head(s) and the accounts that may be named. */
export async function listUnitHeads(db: Executor) {
  const [deps, regs, heads, accounts] = await Promise.all([
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .orderBy(departments.sortOrder),
    db
      .select({ id: regions.id, name: regions.name, kind: regions.kind })
      .from(regions)
      .orderBy(regions.sortOrder),
    db
      .select({
        kind: unitHeads.unitKind,
        unitId: unitHeads.unitId,
        id: users.id,
        displayName: users.displayName,
        username: users.username,
      })
      .from(unitHeads)
      .innerJoin(users, eq(users.id, unitHeads.userId)),
    db
      .select({
        id: users.id,
        displayName: users.displayName,
        username: users.username,
        role: users.role,
        departmentId: users.departmentId,
        regionId: users.regionId,
      })
      .from(users)
      .where(and(eq(users.disabled, false), inArray(users.role, ['unit_handler', 'county_officer']))),
  ]);
  const person = (u: { id: string; displayName: string; username: string }) => ({
    id: u.id,
    displayName: u.displayName,
    username: u.username,
  });
  const entry = (kind: UnitKind, u: { id: string; name: string }) => ({
    unit: { kind, id: u.id, name: u.name },
    heads: heads.filter((h) => h.kind === kind && h.unitId === u.id).map(person),
    candidates: accounts
      .filter((a) =>
        kind === 'department'
          ? a.role === 'unit_handler' && a.departmentId === u.id
          : a.role === 'county_officer' && a.regionId === u.id,
      )
      .map(person),
  });
  return {
    items: [
      ...deps.map((d) => entry('department', d)),
      ...regs.filter((r) => r.kind !== 'city').map((r) => entry('region', r)),
    ],
  };
}

/** Names the head(s) of a unit: accounts of that unit only. */
export async function putUnitHeads(db: Db, ctx: Ctx, kind: UnitKind, unitId: string, userIds: string[]) {
  await db.transaction(async (tx) => {
    await assertUnit(tx, { kind, id: unitId }, 'params.unitId');
    const ids = [...new Set(userIds)];
    const ok = ids.length
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, ids), unitAccounts(kind, unitId)))
      : [];
    const bad = ids.findIndex((id) => !ok.some((o) => o.id === id));
    if (bad >= 0) {
      throw new AppError(
        'NOT_OF_UNIT',
        `Account ${ids[bad]} is not an active account of ${kind} ${unitId}`,
        { userId: ids[bad], unit: { kind, id: unitId } },
        [{ path: `body.userIds.${bad}`, message: 'not an account of this unit', code: 'not_of_unit' }],
      );
    }
    const before = await tx
      .delete(unitHeads)
      .where(and(eq(unitHeads.unitKind, kind), eq(unitHeads.unitId, unitId)))
      .returning({ userId: unitHeads.userId });
    if (ids.length)
      await tx.insert(unitHeads).values(ids.map((userId) => ({ unitKind: kind, unitId, userId })));
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'unit.heads',
        entityType: kind,
        entityId: unitId,
        diff: { before: before.map((b) => b.userId), after: ids },
      },
      ctx.now,
    );
  });
  const all = await listUnitHeads(db);
  const entry = all.items.find((e) => e.unit.kind === kind && e.unit.id === unitId);
  if (!entry) throw notFound('unit');
  return entry;
}
