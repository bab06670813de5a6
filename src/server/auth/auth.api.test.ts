import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/accounts';
import type { App } from '../http/types';
import { cookieOf, startTestApp, type TestApp } from '../test/harness';
import { startSecondApp } from '../test/second-app';

type ErrorBody = {
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string; code: string }[];
    params?: Record<string, unknown>;
    requestId: string;
  };
};
type MeBody = {
  user: { id: string; username: string; role: string; regionId: string | null; mustChangePassword: boolean };
};
type AuditItem = {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  entityId: string | null;
  ip: string | null;
  diff: Record<string, unknown>;
};
type AuditPage = { items: AuditItem[]; total: number };

const MINUTE = 60_000;

const errorOf = (res: LightMyRequestResponse) => res.json<ErrorBody>().error;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const loginAs = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

const me = (cookie: string, app: App = t.app) =>
  app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

async function auditEvents(query: Record<string, string>): Promise<AuditPage> {
  // A fresh auditor session: other tests move the clock past the idle limit.
  const cookie = await t.login('auditor');
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/audit',
    query: { pageSize: '200', ...query },
    headers: { cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<AuditPage>();
}

describe('login', () => {
  it('sets an http-only SameSite session cookie and /api/auth/me answers the account', async () => {
    const res = await loginAs('admin', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json<MeBody>().user).toMatchObject({
      username: 'admin',
      role: 'city_admin',
      mustChangePassword: false,
    });
    const cookie = res.cookies.find((c) => c.name === 'tuijin_sid');
    expect(cookie).toBeDefined();
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite?.toLowerCase()).toMatch(/^(lax|strict)$/);
    expect(cookie?.path).toBe('/');
    expect(cookie?.value.length).toBeGreaterThanOrEqual(32);

    const who = await me(cookieOf(res));
    expect(who.statusCode).toBe(200);
    expect(who.json<MeBody>().user).toMatchObject({ username: 'admin', role: 'city_admin' });
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const res = await loginAs('  WanCheng ', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json<MeBody>().user).toMatchObject({ username: 'wancheng', regionId: '411302' });
  });

  it('answers a wrong password and an unknown user identically (no user enumeration)', async () => {
    const wrong = await loginAs('wancheng', 'Wrong-password-1');
    const unknown = await loginAs('nobody.here', 'Wrong-password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const a = errorOf(wrong);
    const b = errorOf(unknown);
    expect(a.code).toBe('INVALID_CREDENTIALS');
    expect({ ...a, requestId: '' }).toEqual({ ...b, requestId: '' });
    expect(wrong.cookies.find((c) => c.name === 'tuijin_sid')).toBeUndefined();
    expect(unknown.cookies.find((c) => c.name === 'tuijin_sid')).toBeUndefined();
    // The failure count is not visible either: the account still logs in.
    expect((await loginAs('wancheng', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('MALFORMED_JSON');
  });

  it('answers an unknown field with 400 VALIDATION_FAILED naming the field path', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: DEMO_PASSWORD, rememberMe: true },
    });
    expect(res.statusCode).toBe(400);
    const err = errorOf(res);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details?.map((d) => d.path)).toContain('body.rememberMe');
    expect(err.message).toContain('body.rememberMe');
  });

  it('answers a missing password with 400 VALIDATION_FAILED on body.password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.map((d) => d.path)).toContain('body.password');
  });
});

describe('lock-out', () => {
  it('locks the account on the 5th failure for 15 minutes, refusing even the right password', async () => {
    for (let i = 1; i <= 4; i++) {
      const res = await loginAs('leader', `Wrong-${i}-password`);
      expect(res.statusCode).toBe(401);
      expect(errorOf(res).code).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await loginAs('leader', 'Wrong-5-password');
    expect(fifth.statusCode).toBe(423);
    const err = errorOf(fifth);
    expect(err.code).toBe('ACCOUNT_LOCKED');
    const lockedUntil = new Date(String(err.params?.lockedUntil));
    expect(Math.abs(lockedUntil.getTime() - (t.clock.now.getTime() + 15 * MINUTE))).toBeLessThan(1000);

    const right = await loginAs('leader', DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(errorOf(right).code).toBe('ACCOUNT_LOCKED');
    expect(right.cookies.find((c) => c.name === 'tuijin_sid')).toBeUndefined();

    t.clock.advance(15 * MINUTE - 1000);
    expect((await loginAs('leader', DEMO_PASSWORD)).statusCode).toBe(423);

    t.clock.advance(2000);
    const after = await loginAs('leader', DEMO_PASSWORD);
    expect(after.statusCode).toBe(200);
    expect((await me(cookieOf(after))).statusCode).toBe(200);

    const failed = await auditEvents({ action: 'auth.login_failed', actor: 'leader' });
    expect(failed.items.map((e) => e.diff.reason)).toEqual([
      'locked',
      'locked',
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'wrong_password',
    ]);
    expect(failed.items[2]?.diff.lockedUntil).toBe(lockedUntil.toISOString());
  });

  it('starts counting afresh after a successful login', async () => {
    for (let i = 0; i < 4; i++) expect((await loginAs('ducha', 'Wrong-password-9')).statusCode).toBe(401);
    expect((await loginAs('ducha', DEMO_PASSWORD)).statusCode).toBe(200);
    // Four more failures would make nine in a row without the reset.
    for (let i = 0; i < 4; i++) {
      const res = await loginAs('ducha', 'Wrong-password-9');
      expect(res.statusCode).toBe(401);
      expect(errorOf(res).code).toBe('INVALID_CREDENTIALS');
    }
    expect((await loginAs('ducha', DEMO_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expires after 30 minutes idle: 401 SESSION_EXPIRED, and the cookie is cleared', async () => {
    const cookie = await t.login('zrzy');
    t.clock.advance(30 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('SESSION_EXPIRED');
    const cleared = res.cookies.find((c) => c.name === 'tuijin_sid');
    expect(cleared?.value ?? '').toBe('');
    // The session is gone, not merely refused once.
    t.clock.advance(-31 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(401);
    t.clock.advance(31 * MINUTE);
  });

  it('stays alive with activity every 20 minutes', async () => {
    const cookie = await t.login('zrzy');
    for (let i = 0; i < 6; i++) {
      t.clock.advance(20 * MINUTE);
      const res = await me(cookie);
      expect(res.statusCode).toBe(200);
    }
  });

  it('ends at the 12-hour absolute limit even with activity', async () => {
    const cookie = await t.login('leader');
    for (let i = 0; i < 35; i++) {
      t.clock.advance(20 * MINUTE);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.advance(20 * MINUTE); // 12 h after login
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('SESSION_EXPIRED');
  });

  it('answers a request without a cookie, or with a forged one, with 401 UNAUTHENTICATED', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(errorOf(none).code).toBe('UNAUTHENTICATED');
    const forged = await me('tuijin_sid=forged-token-that-was-never-issued');
    expect(forged.statusCode).toBe(401);
    expect(errorOf(forged).code).toBe('UNAUTHENTICATED');
  });

  it('ends the session at logout: the cookie no longer works', async () => {
    const cookie = await t.login('wancheng');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'tuijin_sid')?.value ?? '').toBe('');
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect(errorOf(after).code).toBe('UNAUTHENTICATED');
    const events = await auditEvents({ action: 'auth.logout', actor: 'wancheng' });
    expect(events.total).toBeGreaterThanOrEqual(1);
  });

  it('works on a second app instance on the same database, and logout there ends it everywhere', async () => {
    const second = await startSecondApp(t);
    try {
      const cookie = await t.login('dengzhou');
      const there = await me(cookie, second);
      expect(there.statusCode).toBe(200);
      expect(there.json<MeBody>().user.username).toBe('dengzhou');

      // Activity on the second instance keeps the session alive on the first.
      t.clock.advance(20 * MINUTE);
      expect((await me(cookie, second)).statusCode).toBe(200);
      t.clock.advance(20 * MINUTE);
      expect((await me(cookie)).statusCode).toBe(200);

      const out = await second.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      expect((await me(cookie)).statusCode).toBe(401);
    } finally {
      await second.close();
    }
  });
});

describe('initial password set by an administrator', () => {
  const username = 'xinye.officer';
  const initialPassword = 'Initial#2026';
  const newPassword = 'Nanyang@Xinye2026';

  it('must be changed before any business route answers', async () => {
    const admin = await t.login('sysadmin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username,
        displayName: '新野县招商专员',
        role: 'county_officer',
        regionId: '411329',
        initialPassword,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ mustChangePassword: boolean }>().mustChangePassword).toBe(true);

    const login = await loginAs(username, initialPassword);
    expect(login.statusCode).toBe(200);
    expect(login.json<MeBody>().user.mustChangePassword).toBe(true);
    const cookie = cookieOf(login);
    const other = await t.login(username, initialPassword);

    for (const [method, url] of [
      ['GET', '/api/projects'],
      ['POST', '/api/projects'],
      ['GET', '/api/regions'],
      ['GET', '/api/departments'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie },
        ...(method === 'POST' ? { payload: {} } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(errorOf(res).code, `${method} ${url}`).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json<MeBody>().user).toMatchObject({ username, mustChangePassword: true });

    const change = (currentPassword: string, next: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword, newPassword: next },
      });

    const weak = await change(initialPassword, 'abc');
    expect(weak.statusCode).toBe(400);
    expect(errorOf(weak).code).toBe('PASSWORD_POLICY');
    expect(errorOf(weak).params?.problems).toEqual(expect.arrayContaining(['too_short', 'too_few_classes']));

    const withName = await change(initialPassword, `X1!${username}`);
    expect(withName.statusCode).toBe(400);
    expect(errorOf(withName).params?.problems).toEqual(['contains_username']);

    const same = await change(initialPassword, initialPassword);
    expect(same.statusCode).toBe(400);
    expect(errorOf(same).code).toBe('PASSWORD_POLICY');

    const wrongCurrent = await change('Not-the-current-1', newPassword);
    expect(wrongCurrent.statusCode).toBe(401);
    expect(errorOf(wrongCurrent).code).toBe('INVALID_CREDENTIALS');

    const good = await change(initialPassword, newPassword);
    expect(good.statusCode).toBe(200);
    expect(good.json<MeBody>().user.mustChangePassword).toBe(false);

    const projects = await t.app.inject({ method: 'GET', url: '/api/projects', headers: { cookie } });
    expect(projects.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/regions', headers: { cookie } })).statusCode).toBe(
      200,
    );

    // The change ended the account's other sessions; the old password no longer works.
    expect((await me(other)).statusCode).toBe(401);
    expect((await loginAs(username, initialPassword)).statusCode).toBe(401);
    expect((await loginAs(username, newPassword)).statusCode).toBe(200);

    const changes = await auditEvents({ action: 'auth.password_change', actor: username });
    expect(changes.total).toBe(1);
    expect(JSON.stringify(changes.items)).not.toContain(newPassword);
  });
});

describe('audit of logins', () => {
  it('records every success and failure, with the reason and never the password', async () => {
    const [loginsBefore, failsBefore] = await Promise.all([
      auditEvents({ action: 'auth.login', actor: 'zrzy' }),
      auditEvents({ action: 'auth.login_failed', actor: 'zrzy' }),
    ]);
    expect((await loginAs('zrzy', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await loginAs('zrzy', 'Secret-typo-77')).statusCode).toBe(401);
    expect((await loginAs('ghost.user', 'Secret-typo-78')).statusCode).toBe(401);

    const logins = await auditEvents({ action: 'auth.login', actor: 'zrzy' });
    const fails = await auditEvents({ action: 'auth.login_failed', actor: 'zrzy' });
    expect(logins.total).toBe(loginsBefore.total + 1);
    expect(fails.total).toBe(failsBefore.total + 1);
    const who = await me(await t.login('zrzy'));
    const userId = who.json<MeBody>().user.id;
    expect(logins.items[0]).toMatchObject({ action: 'auth.login', actorUsername: 'zrzy', entityId: userId });
    expect(fails.items[0]).toMatchObject({
      action: 'auth.login_failed',
      actorUsername: 'zrzy',
      entityId: userId,
      diff: { reason: 'wrong_password' },
    });
    expect(fails.items[0]?.ip).toBeTruthy();

    const ghost = await auditEvents({ action: 'auth.login_failed', actor: 'ghost.user' });
    expect(ghost.total).toBe(1);
    expect(ghost.items[0]).toMatchObject({ entityId: null, diff: { reason: 'unknown_user' } });

    const all = await auditEvents({ action: 'auth.login_failed' });
    expect(JSON.stringify(all.items)).not.toMatch(/Secret-typo|Wrong-\d-password/);
  });

  it('has an auth.login event for every successful login of the file so far', async () => {
    const logins = await auditEvents({ action: 'auth.login', pageSize: '200' });
    const users = new Set(logins.items.map((e) => e.actorUsername));
    for (const u of [
      'admin',
      'wancheng',
      'dengzhou',
      'zrzy',
      'ducha',
      'leader',
      'auditor',
      'sysadmin',
      'xinye.officer',
    ]) {
      expect(users, u).toContain(u);
    }
  });
});

describe('lock-out under parallel guesses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts each guess before checking it, so a burst cannot outrun the limit', async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 15 ? DEMO_PASSWORD : `Wrong-guess-${i}`));
    const res = await Promise.all(
      guesses.map((password) =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password } }),
      ),
    );
    const codes = res.map((r) => r.statusCode);
    expect(codes[15]).toBe(423);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 200)).toEqual([]);
  });
});
