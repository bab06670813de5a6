import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { AppError } from '../http/errors';
import { ctxOf, type App } from '../http/types';
import { loadMe, MeSchema } from '../users/me';
import { changePassword, login, logout } from './service';
import { SESSION_COOKIE } from './sessions';

const MeResponse = z.object({ user: MeSchema });

export function registerAuthRoutes(app: App) {
  const { db, config, now } = app.deps;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookie,
  };

  app.post(
    '/api/auth/login',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password; sets the session cookie',
        body: z.strictObject({
          username: z.string().min(1).max(LIMITS.username.max),
          password: z.string().min(1).max(LIMITS.password.max),
        }),
        response: { 200: MeResponse },
      },
    },
    async (req, reply) => {
      const { token, userId } = await login(db, config, now(), req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return { user: await loadMe(db, userId) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { policy: 'session' },
      schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const token = req.sessionToken;
      if (!token) throw new AppError('UNAUTHENTICATED', 'Log in first');
      await logout(db, ctxOf(req), token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { policy: 'session' },
      schema: { tags: ['auth'], summary: 'The logged-in account', response: { 200: MeResponse } },
    },
    async (req) => ({ user: await loadMe(db, ctxOf(req).principal.id) }),
  );

  app.post(
    '/api/auth/password',
    {
      config: { policy: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'Change one’s own password (required after an admin sets an initial one)',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(LIMITS.password.max),
          newPassword: z.string().min(1).max(LIMITS.password.max),
        }),
        response: { 200: MeResponse },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await changePassword(db, ctx, req.sessionToken ?? '', req.body);
      return { user: await loadMe(db, ctx.principal.id) };
    },
  );
}
