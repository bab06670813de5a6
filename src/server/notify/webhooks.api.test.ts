import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETRY_BACKOFF_SECONDS } from '../../domain/notify/webhooks';
import { runReminders } from '../supervision/reminders';
import { startTestApp, type TestApp } from '../test/harness';
import { fetchPoster, runDeliveries } from './deliver';

type Received = {
  path: string;
  query: URLSearchParams;
  body: { msgtype: string; markdown: Record<string, string> };
};
type Hook = {
  id: string;
  pending: number;
  sent: number;
  failed: number;
  lastError: string | null;
  hasSecret: boolean;
};
type Delivery = {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  itemCode: string | null;
  title: string;
};

const SECRET = 'SEC0123456789abcdef';

/**
 * A group-robot receiver on localhost that behaves like DingTalk and WeCom: it checks DingTalk's
 * signature, answers errcode 0, and can be told to fail the next requests to a path.
 */
function receiver() {
  const got: Received[] = [];
  const failNext = new Map<string, number>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const left = failNext.get(url.pathname) ?? 0;
      if (left > 0) {
        failNext.set(url.pathname, left - 1);
        res.writeHead(502).end('bad gateway');
        return;
      }
      if (url.pathname.startsWith('/dingtalk')) {
        const ts = url.searchParams.get('timestamp') ?? '';
        const want = createHmac('sha256', SECRET).update(`${ts}\n${SECRET}`).digest('base64');
        if (url.searchParams.get('sign') !== want) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errcode: 310000, errmsg: 'sign not match' }));
          return;
        }
      }
      got.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  return { server, got, failNext };
}

describe('group robots (DingTalk, WeCom): delivery, signature, retry with back-off, failures for admins', () => {
  let t: TestApp;
  let ducha: string;
  const r = receiver();
  let base = '';
  let itemId = '';
  const post = fetchPoster(2000);
  const api = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: unknown,
    cookie = ducha,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const hooks = async () => (await api('GET', '/api/notify/webhooks')).json<{ items: Hook[] }>().items;

  beforeAll(async () => {
    await new Promise<void>((ok) => r.server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}`;
    t = await startTestApp();
    ducha = await t.login('ducha');
  });
  afterAll(async () => {
    await t.close();
    await new Promise((ok) => r.server.close(ok));
  });

  it('refuses a robot address that is not http(s), naming the field, and keeps nothing', async () => {
    const res = await api('POST', '/api/notify/webhooks', {
      unit: { kind: 'department', id: 'zrzy' },
      kind: 'wecom',
      name: '自然资源局工作群',
      url: 'ftp://example.com/robot',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('WEBHOOK_URL_INVALID');
    expect(res.json().error.details[0].path).toBe('body.url');
    expect(await hooks()).toHaveLength(0);
    const county = await api('GET', '/api/notify/webhooks', undefined, await t.login('wancheng'));
    expect(county.statusCode).toBe(403);
  });

  it('posts an assignment to the unit’s DingTalk (signed) and WeCom robots, retrying a failure after back-off', async () => {
    for (const [kind, path, secret] of [
      ['dingtalk', '/dingtalk/zrzy', SECRET],
      ['wecom', '/wecom/zrzy', null],
    ] as const) {
      const res = await api('POST', '/api/notify/webhooks', {
        unit: { kind: 'department', id: 'zrzy' },
        kind,
        name: `自然资源局${kind}群`,
        url: `${base}${path}?access_token=abc`,
        secret,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ hasSecret: secret !== null });
      expect(JSON.stringify(res.json())).not.toContain(SECRET);
    }
    r.failNext.set('/dingtalk/zrzy', 1);
    const created = await api('POST', '/api/supervision/items', {
      title: '用地指标未落实',
      description: '项目二期用地指标待调剂',
      category: 'land',
      source: 'meeting_decision',
      unit: { kind: 'department', id: 'zrzy' },
    });
    expect(created.statusCode, created.body).toBe(201);
    itemId = created.json().id;
    const code = created.json().code as string;

    // Two processes pass at once: each message is claimed by one of them.
    const [a, b] = await Promise.all([
      runDeliveries(t.database.db, t.clock.now, post),
      runDeliveries(t.database.db, t.clock.now, post),
    ]);
    expect(a.claimed + b.claimed).toBe(2);
    expect(a.sent + b.sent).toBe(1);
    expect(r.got.map((g) => g.path)).toEqual(['/wecom/zrzy']);
    expect(r.got[0]?.body.markdown.content).toContain(code);
    expect(r.got[0]?.body.markdown.content).toContain('请签收');

    // Not before the back-off has passed.
    t.clock.advance((RETRY_BACKOFF_SECONDS[0] - 1) * 1000);
    expect((await runDeliveries(t.database.db, t.clock.now, post)).claimed).toBe(0);
    t.clock.advance(1000);
    expect(await runDeliveries(t.database.db, t.clock.now, post)).toMatchObject({ claimed: 1, sent: 1 });
    const ding = r.got.find((g) => g.path === '/dingtalk/zrzy');
    expect(ding?.query.get('access_token')).toBe('abc');
    expect(ding?.query.get('timestamp')).toBe(String(t.clock.now.getTime()));
    expect(ding?.body).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: expect.stringContaining(code) },
    });
    const list = await hooks();
    expect(list.map((h) => [h.sent, h.pending, h.failed])).toEqual([
      [1, 0, 0],
      [1, 0, 0],
    ]);
  });

  it('shows a robot that cannot be reached: the test message fails at once, queued ones fail after the last retry', async () => {
    const dead = await api('POST', '/api/notify/webhooks', {
      unit: { kind: 'department', id: 'zrzy' },
      kind: 'wecom',
      name: '已停用的旧群',
      url: 'http://127.0.0.1:9/robot',
    });
    const test = await api('POST', `/api/notify/webhooks/${dead.json().id}/test`);
    expect(test.statusCode).toBe(200);
    expect(test.json()).toMatchObject({ ok: false, delivery: { status: 'failed', attempts: 1 } });
    expect(test.json().error).toMatch(/ECONNREFUSED|fetch failed/);

    const wrongSecret = await api('POST', '/api/notify/webhooks', {
      unit: { kind: 'department', id: 'zrzy' },
      kind: 'dingtalk',
      name: '密钥填错的群',
      url: `${base}/dingtalk/wrong`,
      secret: 'SECwrong',
    });
    const signed = await api('POST', `/api/notify/webhooks/${wrongSecret.json().id}/test`);
    expect(signed.json()).toMatchObject({ ok: false, error: 'errcode 310000: sign not match' });
    await api('PATCH', `/api/notify/webhooks/${wrongSecret.json().id}`, { enabled: false });

    // An action queues a message to each enabled robot of the unit, the unreachable one included.
    expect(
      (
        await api(
          'POST',
          `/api/supervision/items/${itemId}/events`,
          { type: 'returned', reason: '非本单位职责' },
          await t.login('zrzy'),
        )
      ).statusCode,
    ).toBe(200);
    const reassigned = await api('POST', `/api/supervision/items/${itemId}/events`, {
      type: 'assigned',
      unit: { kind: 'department', id: 'zrzy' },
    });
    expect(reassigned.statusCode, reassigned.body).toBe(200);
    let attempts = 0;
    for (const wait of [0, ...RETRY_BACKOFF_SECONDS]) {
      t.clock.advance(wait * 1000);
      const pass = await runDeliveries(t.database.db, t.clock.now, post);
      attempts += pass.claimed;
    }
    // Two actions (returned, assigned): each to the two good robots once, and to the dead one six times.
    expect(attempts).toBe(2 * (2 + RETRY_BACKOFF_SECONDS.length + 1));
    ducha = await t.login('ducha'); // the back-off outlasted the session
    const failed = (await api('GET', '/api/notify/deliveries?status=failed')).json<{
      items: Delivery[];
      total: number;
    }>();
    const queued = failed.items.find((d) => d.itemCode !== null);
    expect(queued).toMatchObject({ status: 'failed', attempts: RETRY_BACKOFF_SECONDS.length + 1 });
    expect(queued?.lastError).toMatch(/ECONNREFUSED|fetch failed/);

    // Fixed (the address corrected), an administrator queues it again and it goes out.
    await api('PATCH', `/api/notify/webhooks/${dead.json().id}`, { url: `${base}/wecom/new` });
    const retried = await api('POST', `/api/notify/deliveries/${queued?.id}/retry`);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await runDeliveries(t.database.db, t.clock.now, post)).toMatchObject({ claimed: 1, sent: 1 });
    expect(r.got.at(-1)?.path).toBe('/wecom/new');
  });

  it('escalates to the unit head named by the office, never to an account of another unit', async () => {
    const sys = await t.login('sysadmin');
    const made = await api(
      'POST',
      '/api/users',
      {
        username: 'zrzy_head',
        displayName: '自然资源局局长',
        role: 'unit_handler',
        departmentId: 'zrzy',
        initialPassword: 'Tuijin-Head-2026!',
      },
      sys,
    );
    expect(made.statusCode, made.body).toBe(201);
    const heads = await api('GET', '/api/notify/unit-heads');
    expect(heads.statusCode, heads.body).toBe(200);
    const zrzy = heads.json().items.find((e: { unit: { id: string } }) => e.unit.id === 'zrzy');
    expect(zrzy.candidates.map((c: { username: string }) => c.username).sort()).toEqual([
      'zrzy',
      'zrzy_head',
    ]);
    const me = await api('GET', '/api/auth/me', undefined, await t.login('leader'));
    const leaderId = me.json().user.id as string;
    const wrong = await api('PUT', '/api/notify/unit-heads/department/zrzy', {
      userIds: [made.json().id, leaderId],
    });
    expect(wrong.statusCode, wrong.body).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'NOT_OF_UNIT', details: [{ path: 'body.userIds.1' }] });
    const ok = await api('PUT', '/api/notify/unit-heads/department/zrzy', { userIds: [made.json().id] });
    expect(ok.json().heads.map((h: { username: string }) => h.username)).toEqual(['zrzy_head']);

    // The reassigned item's deploy target breaches; a day on, escalation 101 goes to the head.
    t.clock.advance(5 * 86_400_000);
    expect((await runReminders(t.database.db, t.clock.now, 'server-a')).sent).toBeGreaterThan(0);
    const head = await t.login('zrzy_head', 'Tuijin-Head-2026!');
    const notes = (await api('GET', '/api/notifications', undefined, head)).json<{
      items: { kind: string; body: string }[];
    }>();
    expect(notes.items.some((n) => n.kind === 'escalation' && n.body.includes('单位负责人'))).toBe(true);
  });
});
