import { eq, sql } from 'drizzle-orm';
import { passwordProblems } from '../../domain/auth/password-policy';
import { appendAudit, type Actor } from '../audit/trail';
import type { Config } from '../config/env';
import type { Db } from '../db/client';
import { users } from '../db/schema/users';
import { AppError } from '../http/errors';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import type { Ctx } from './principal';
import { createSession, deleteOtherSessions, deleteSession } from './sessions';

type LoginMeta = { ip: string | null; userAgent: string | null };

/**
 * Checks a username and password. Failures are counted per account; the 5th (configurable)
 * locks the account for 15 minutes. Every attempt is audited, and the answer never tells an
 * unknown username from a wrong password.
 */
export async function login(
  db: Db,
  config: Config,
  now: Date,
  input: { username: string; password: string },
  meta: LoginMeta,
): Promise<{ token: string; userId: string }> {
  const username = input.username.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const actor: Actor = { id: user?.id ?? null, username, ip: meta.ip };
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);

  if (user && user.lockedUntil && user.lockedUntil > now) {
    await db.transaction((tx) =>
      appendAudit(
        tx,
        actor,
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          diff: { reason: 'locked', lockedUntil: user.lockedUntil?.toISOString() },
        },
        now,
      ),
    );
    throw new AppError('ACCOUNT_LOCKED', 'Too many failed logins; the account is locked for a while', {
      lockedUntil: user.lockedUntil.toISOString(),
    });
  }
  if (!user || user.disabled || !passwordOk) {
    const reason = !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password';
    const lockedUntil = await db.transaction(async (tx) => {
      let until: Date | null = null;
      if (user && !user.disabled) {
        const [row] = await tx
          .update(users)
          .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
          .where(eq(users.id, user.id))
          .returning({ failed: users.failedLoginCount });
        if (row && row.failed >= config.lockoutAttempts) {
          until = new Date(now.getTime() + config.lockoutMs);
          await tx
            .update(users)
            .set({ lockedUntil: until, failedLoginCount: 0 })
            .where(eq(users.id, user.id));
        }
      }
      await appendAudit(
        tx,
        actor,
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          diff: { reason, ...(until ? { lockedUntil: until.toISOString() } : {}) },
        },
        now,
      );
      return until;
    });
    if (lockedUntil) {
      throw new AppError('ACCOUNT_LOCKED', 'Too many failed logins; the account is locked for a while', {
        lockedUntil: lockedUntil.toISOString(),
      });
    }
    throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
  }

  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const token = await createSession(
      tx,
      user.id,
      now,
      { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs },
      meta,
    );
    await appendAudit(
      tx,
      actor,
      { action: 'auth.login', entityType: 'user', entityId: user.id, diff: {} },
      now,
    );
    return { token, userId: user.id };
  });
}

export async function logout(db: Db, ctx: Ctx, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await appendAudit(
      tx,
      ctx.actor,
      { action: 'auth.logout', entityType: 'user', entityId: ctx.principal.id, diff: {} },
      ctx.now,
    );
  });
}

export function assertPasswordPolicy(password: string, username: string) {
  const problems = passwordProblems(password, username);
  if (problems.length) {
    throw new AppError(
      'PASSWORD_POLICY',
      `The password does not meet the policy: ${problems.join(', ')}`,
      { problems },
      [{ path: 'body.newPassword', message: problems.join(', '), code: 'password_policy' }],
    );
  }
}

/** Changes one's own password; other sessions of the account end, the current one stays. */
export async function changePassword(
  db: Db,
  ctx: Ctx,
  token: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, ctx.principal.id));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong', undefined, [
      { path: 'body.currentPassword', message: 'wrong password', code: 'invalid_credentials' },
    ]);
  }
  assertPasswordPolicy(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    throw new AppError(
      'PASSWORD_POLICY',
      'The new password must differ from the current one',
      { problems: ['unchanged'] },
      [{ path: 'body.newPassword', message: 'unchanged', code: 'password_policy' }],
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(users.id, user.id));
    await deleteOtherSessions(tx, user.id, token);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'auth.password_change',
        entityType: 'user',
        entityId: user.id,
        diff: { mustChangePassword: { before: user.mustChangePassword, after: false } },
      },
      ctx.now,
    );
  });
}
