import { asc, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO_ACCOUNTS } from '../demo/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainHead, auditEvents } from '../db/schema/audit';
import { projectBody, startTestApp, type TestApp } from '../test/harness';
import { chainHash } from './canonical';
import { verifyAuditChain, type VerifyResult } from './trail';

type AuditItem = {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: Record<string, unknown>;
  hash: string;
};
type AuditPage = { items: AuditItem[]; total: number; page: number; pageSize: number };
type ErrorBody = { error: { code: string } };

const errorCode = (res: LightMyRequestResponse) => res.json<ErrorBody>().error.code;

/** The message of a rejected database call, including the driver error a query wrapper may hold as cause. */
async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const messages: string[] = [];
    for (let e: unknown = err; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' | ');
  }
  throw new Error('expected the statement to be refused, but it succeeded');
}

async function verify(t: TestApp, cookie: string): Promise<VerifyResult> {
  const res = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json<VerifyResult>();
}

async function browse(t: TestApp, cookie: string, query: Record<string, string> = {}): Promise<AuditPage> {
  const res = await t.app.inject({ method: 'GET', url: '/api/audit', query, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json<AuditPage>();
}

/** Some audited writes: logins, a failed login, a project created and updated by the city admin. */
async function makeHistory(t: TestApp): Promise<string> {
  const admin = await t.login('admin');
  await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: 'Nope-12345' },
  });
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/projects',
    headers: { cookie: admin },
    payload: projectBody(),
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  await t.login('wancheng');
  return id;
}

const disableTrigger = (t: TestApp) =>
  t.database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);

async function lastSeq(t: TestApp): Promise<number> {
  const [head] = await t.database.db.select().from(auditChainHead);
  return head?.seq ?? 0;
}

describe('the chained trail', () => {
  let t: TestApp;
  let auditor: string;
  let projectId: string;

  beforeAll(async () => {
    t = await startTestApp();
    projectId = await makeHistory(t);
    auditor = await t.login('auditor');
  });
  afterAll(async () => {
    await t.close();
  });

  it('chains every write: seq contiguous from 1, prevHash = previous hash, hash over the content', async () => {
    const rows = await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    expect(rows.length).toBeGreaterThan(10);
    let prev = 'GENESIS';
    rows.forEach((row, i) => {
      expect(row.seq).toBe(i + 1);
      expect(row.prevHash).toBe(prev);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.hash).toBe(chainHash(prev, row));
      prev = row.hash;
    });
    const [head] = await t.database.db.select().from(auditChainHead);
    expect(head).toMatchObject({ seq: rows.length, hash: prev });

    const page = await browse(t, auditor, { pageSize: '200' });
    expect(page.total).toBe(rows.length);
    expect(page.items.map((e) => e.seq)).toEqual(rows.map((r) => r.seq).reverse());
    expect(page.items.map((e) => e.hash)).toEqual(rows.map((r) => r.hash).reverse());
  });

  it('records the write with the data it describes', async () => {
    const page = await browse(t, auditor, { entityType: 'project', entityId: projectId });
    expect(page.items.map((e) => e.action)).toEqual(['project.create']);
    expect(page.items[0]?.actorUsername).toBe('admin');
  });

  it('verifies: GET /api/audit/verify answers ok with every event checked', async () => {
    expect(await verify(t, auditor)).toEqual({
      ok: true,
      checked: await lastSeq(t),
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('has no route that changes or deletes audit events', async () => {
    for (const cookie of [auditor, await t.login('admin'), await t.login('sysadmin')]) {
      for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
        for (const url of ['/api/audit', '/api/audit/1', '/api/audit/verify']) {
          const res = await t.app.inject({ method, url, headers: { cookie }, payload: { action: 'x' } });
          expect(res.statusCode, `${method} ${url}`).toBe(404);
          expect(errorCode(res)).toBe('NOT_FOUND');
        }
      }
    }
  });

  it('stays one contiguous chain under concurrent writes', async () => {
    const before = await lastSeq(t);
    const admin = await t.login('admin');
    const writes = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: i % 3 === 0 ? 'zrzy' : `ghost${i}`, password: `Wrong-guess-${i}` },
        }),
      ),
      ...Array.from({ length: 4 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/projects',
          headers: { cookie: admin },
          payload: projectBody({ name: `并发写入测试项目${i}` }),
        }),
      ),
    ]);
    expect(writes.map((r) => r.statusCode).sort()).toEqual([...Array(4).fill(201), ...Array(12).fill(401)]);
    expect(await lastSeq(t)).toBe(before + 1 + 16);
    expect(await verify(t, auditor)).toMatchObject({ ok: true, checked: before + 17 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit_events in the database itself', async () => {
    const db = t.database.db;
    expect(await rejection(db.execute(sql`UPDATE audit_events SET action = 'forged' WHERE seq = 2`))).toMatch(
      /append-only/,
    );
    expect(await rejection(db.execute(sql`DELETE FROM audit_events WHERE seq = 2`))).toMatch(/append-only/);
    expect(await rejection(db.execute(sql`DELETE FROM audit_events`))).toMatch(/append-only/);
    expect(await rejection(db.execute(sql`TRUNCATE audit_events`))).toMatch(/append-only/);
    expect((await verify(t, auditor)).ok).toBe(true);
  });

  it('lets the auditor filter by action, actor and entity, and page', async () => {
    const logins = await browse(t, auditor, { action: 'auth.login' });
    expect(logins.total).toBeGreaterThanOrEqual(3);
    expect(logins.items.every((e) => e.action === 'auth.login')).toBe(true);

    const byAdmin = await browse(t, auditor, { actor: 'ADMIN' });
    expect(byAdmin.items.length).toBeGreaterThanOrEqual(3);
    expect(byAdmin.items.every((e) => e.actorUsername === 'admin')).toBe(true);
    expect(new Set(byAdmin.items.map((e) => e.action))).toEqual(
      new Set(['auth.login', 'auth.login_failed', 'project.create']),
    );

    const failedAdmin = await browse(t, auditor, { actor: 'admin', action: 'auth.login_failed' });
    expect(failedAdmin.total).toBe(1);
    expect(failedAdmin.items[0]?.diff).toMatchObject({ reason: 'wrong_password' });

    const users = await browse(t, auditor, { entityType: 'user', action: 'user.create' });
    expect(users.total).toBe(DEMO_ACCOUNTS.length);

    const p1 = await browse(t, auditor, { pageSize: '3', page: '1' });
    const p2 = await browse(t, auditor, { pageSize: '3', page: '2' });
    expect(p1.items).toHaveLength(3);
    expect(p2.items[0]?.seq).toBe((p1.items[2]?.seq ?? 0) - 1);
    expect(p1.total).toBe(p2.total);

    const nothing = await browse(t, auditor, { actor: 'no.such.actor' });
    expect(nothing).toMatchObject({ items: [], total: 0 });

    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/audit?colour=red',
      headers: { cookie: auditor },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses everyone but the auditor, and audits the denial as auth.denied', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/audit' });
    expect(anonymous.statusCode).toBe(401);

    for (const username of ['wancheng', 'admin', 'sysadmin', 'leader']) {
      const cookie = await t.login(username);
      for (const url of ['/api/audit', '/api/audit/verify']) {
        const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
        expect(res.statusCode, `${username} ${url}`).toBe(403);
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
    }
    const denied = await browse(t, auditor, { action: 'auth.denied', actor: 'wancheng' });
    expect(denied.total).toBe(2);
    expect(denied.items.map((e) => e.entityId).sort()).toEqual(['GET /api/audit', 'GET /api/audit/verify']);
    expect(denied.items[0]).toMatchObject({
      entityType: 'route',
      diff: { role: 'county_officer', policy: 'audit.read' },
    });
    expect((await browse(t, auditor, { action: 'auth.denied' })).total).toBe(8);
  });

  it('does not let the auditor change business data', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: auditor },
      payload: projectBody(),
    });
    expect(res.statusCode).toBe(403);
    const read = await t.app.inject({ method: 'GET', url: '/api/projects', headers: { cookie: auditor } });
    expect(read.statusCode).toBe(403);
  });

  // Last in this block: it breaks the chain on purpose.
  it('detects an edited event once the trigger is disabled by a superuser, and names its seq', async () => {
    const target = Math.floor((await lastSeq(t)) / 2);
    await disableTrigger(t);
    const [original] = await t.database.db
      .execute<{ diff: string }>(sql`SELECT diff::text AS diff FROM audit_events WHERE seq = ${target}`)
      .then((r) => r.rows);
    await t.database.db.execute(
      sql`UPDATE audit_events SET diff = '{"forged": true}'::jsonb WHERE seq = ${target}`,
    );

    const broken = await verify(t, auditor);
    expect(broken).toMatchObject({ ok: false, firstBrokenSeq: target, checked: target - 1 });
    expect(broken.reason).toMatch(/content/);

    // Putting the content back restores the chain: the check is over the content, not over a flag.
    await t.database.db.execute(
      sql`UPDATE audit_events SET diff = ${original?.diff ?? ''}::jsonb WHERE seq = ${target}`,
    );
    expect((await verify(t, auditor)).ok).toBe(true);

    // An attacker who also recomputes the edited event's hash breaks the next link instead.
    const [row] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.seq, target));
    if (!row) throw new Error('no row');
    const forged = { ...row, diff: { forged: true } };
    const rehash = chainHash(row.prevHash, forged);
    await t.database.db.execute(
      sql`UPDATE audit_events SET diff = '{"forged": true}'::jsonb, hash = ${rehash} WHERE seq = ${target}`,
    );
    const relinked = await verify(t, auditor);
    expect(relinked).toMatchObject({ ok: false, firstBrokenSeq: target + 1 });
    expect(relinked.reason).toMatch(/prev_hash/);
  });
});

describe('deleted events', () => {
  it('names a deleted middle event as missing', async () => {
    const t = await startTestApp();
    try {
      await makeHistory(t);
      const auditor = await t.login('auditor');
      const target = Math.floor((await lastSeq(t)) / 2);
      await disableTrigger(t);
      await t.database.db.execute(sql`DELETE FROM audit_events WHERE seq = ${target}`);

      const result = await verify(t, auditor);
      expect(result).toMatchObject({ ok: false, firstBrokenSeq: target, checked: target - 1 });
      expect(result.reason).toMatch(new RegExp(`event ${target} is missing`));
      expect(await verifyAuditChain(t.database.db)).toEqual(result);
    } finally {
      await t.close();
    }
  });

  it('detects a deleted last event although every remaining link is sound', async () => {
    const t = await startTestApp();
    try {
      await makeHistory(t);
      const auditor = await t.login('auditor');
      const last = await lastSeq(t);
      await disableTrigger(t);
      await t.database.db.execute(sql`DELETE FROM audit_events WHERE seq = ${last}`);

      const result = await verify(t, auditor);
      expect(result.ok).toBe(false);
      expect(result.firstBrokenSeq).toBe(last);
      expect(result.checked).toBe(last - 1);
      expect(result.reason).toMatch(/head/);
    } finally {
      await t.close();
    }
  });
});
