import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/org/roles';
import { DEMO_ACCOUNTS } from '../demo/accounts';
import { startTestApp, type TestApp } from '../test/harness';
import type { RouteEntry } from '../http/types';
import { isAllowed, POLICIES } from './policies';

/**
 * The permission matrix: every registered API route × every role. A route registered without a
 * policy fails here (and the app refuses to start); a role that reaches a route its policy does
 * not list fails here too.
 */
describe('permission matrix', () => {
  let t: TestApp;
  const routes: RouteEntry[] = [];
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    t = await startTestApp();
    routes.push(...t.app.routeTable);
    for (const role of ROLES) {
      const account = DEMO_ACCOUNTS.find((a) => a.role === role);
      if (!account) throw new Error(`no demo account for ${role}`);
      cookies.set(role, await t.login(account.username));
    }
  });
  afterAll(() => t.close());

  it('covers every API route, each with a known policy, and documents every one of them', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(17);
    for (const r of routes) expect(Object.keys(POLICIES), `${r.method} ${r.url}`).toContain(r.policy);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    for (const r of routes) {
      if (r.url === '/api/openapi.json') continue;
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    }
  });

  it('refuses a route that declares no policy', async () => {
    const { buildApp } = await import('../app');
    const app = await buildApp(t.app.deps);
    expect(() => app.get('/api/unguarded', async () => ({ ok: true }))).toThrow(
      /declares no authorisation policy/,
    );
    await app.close();
  });

  for (const role of ROLES) {
    it(`${role}: allowed routes answer, forbidden ones answer 403`, async () => {
      const cookie = cookies.get(role);
      for (const r of routes) {
        if (r.policy === 'public') continue;
        if (r.url === '/api/auth/logout') continue; // would end the session the loop relies on
        const url = r.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
        const res = await t.app.inject({
          method: r.method as 'GET',
          url,
          headers: { cookie: cookie ?? '' },
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        });
        const allowed = isAllowed(r.policy, role);
        const label = `${role} ${r.method} ${r.url} → ${res.statusCode}`;
        if (allowed) expect(res.statusCode, label).not.toBe(403);
        else expect(res.json<{ error: { code: string } }>().error.code, label).toBe('FORBIDDEN');
        expect(res.statusCode, label).toBeLessThan(500);
      }
    });
  }

  it('keeps duties separate (三权分立): written out by hand, not derived from the policy table', async () => {
    const expected: Record<string, readonly Role[]> = {
      'GET /api/projects': ['city_admin', 'county_officer', 'unit_handler', 'supervisor', 'leader'],
      'POST /api/projects': ['city_admin', 'county_officer'],
      'DELETE /api/projects/:id': ['city_admin'],
      'GET /api/audit': ['auditor'],
      'GET /api/users': ['sys_admin'],
      'POST /api/users': ['sys_admin'],
    };
    for (const [route, roles] of Object.entries(expected)) {
      const [method, url] = route.split(' ');
      const entry = routes.find((r) => r.method === method && r.url === url);
      expect(entry, route).toBeDefined();
      for (const role of ROLES) {
        expect(isAllowed(entry?.policy ?? 'public', role), `${role} ${route}`).toBe(roles.includes(role));
      }
    }
  });

  it('answers 401 without a session on every non-public route', async () => {
    for (const r of routes) {
      if (r.policy === 'public') continue;
      const res = await t.app.inject({ method: r.method as 'GET', url: r.url.replace(/:(\w+)/g, 'x') });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });
});
