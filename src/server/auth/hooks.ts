import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/trail';
import { AppError } from '../http/errors';
import type { App, RouteEntry } from '../http/types';
import { isAllowed, POLICIES, type PolicyName } from './policies';
import { scopeOf } from './principal';
import { loadSession, SESSION_COOKIE } from './sessions';

/** Routes that are not part of the JSON API (static web app, API docs) need no policy. */
export function needsPolicy(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * The first two steps of every route's pipeline: authenticate (session cookie → principal and
 * data scope) and authorise (the route's declared policy). A route without a policy cannot
 * even be registered.
 */
export function installAuth(app: App) {
  app.decorateRequest('ctx', null);
  app.decorateRequest('sessionToken', null);

  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    if (!needsPolicy(route.url)) return;
    if (!policy || !(policy in POLICIES)) {
      throw new Error(`Route ${route.method} ${route.url} declares no authorisation policy`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, policy });
    }
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const policy: PolicyName | undefined = req.routeOptions.config?.policy;
    if (!policy || policy === 'public') return;
    const { db, config, now } = app.deps;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED', 'Log in first');
    const at = now();
    const found = await loadSession(db, token, at, {
      idleMs: config.sessionIdleMs,
      maxMs: config.sessionMaxMs,
    });
    if (found.status !== 'ok') {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw found.status === 'expired'
        ? new AppError('SESSION_EXPIRED', 'The session has expired; log in again')
        : new AppError('UNAUTHENTICATED', 'Log in first');
    }
    const principal = found.principal;
    req.sessionToken = token;
    const ctx = {
      principal,
      scope: scopeOf(principal),
      actor: { id: principal.id, username: principal.username, ip: req.ip },
      now: at,
    };
    req.ctx = ctx;
    if (principal.mustChangePassword && policy !== 'session') {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Change the initial password first');
    }
    if (!isAllowed(policy, principal.role)) {
      await db.transaction((tx) =>
        appendAudit(
          tx,
          ctx.actor,
          {
            action: 'auth.denied',
            entityType: 'route',
            entityId: `${req.method} ${req.routeOptions.url}`,
            diff: { role: principal.role, policy, url: req.url.slice(0, 300) },
          },
          at,
        ),
      );
      throw new AppError('FORBIDDEN', 'Your role may not do this');
    }
  });
}
