import { eq } from 'drizzle-orm';
import { passwordProblems } from '../../domain/auth/password-policy';
import { appendAudit, type Actor } from '../audit/trail';
import type { Config } from '../config/env';
import type { Db, Tx } from '../db/client';
import { users } from '../db/schema/users';
import { AppError } from '../http/errors';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import type { Ctx } from './principal';
import { createSession, deleteOtherSessions, deleteSession } from './sessions';

type LoginMeta = { ip: string | null; userAgent: string | null };

const lockedError = (until: Date) =>
  new AppError('ACCOUNT_LOCKED', 'Too many failed logins; the account is locked for a while', {
    lockedUntil: until.toISOString(),
  });

type Reservation =
  | { kind: 'proceed'; user: typeof users.$inferSelect | null; attempt: number }
  | { kind: 'locked'; until: Date };

/**
 * Checks a username and password. Each attempt on an account is counted BEFORE the password is
 * checked, under a row lock, so parallel guesses cannot outrun the limit: once 5 (configurable)
 * attempts have failed, the account locks for 15 minutes. Every attempt is audited, and the
 * answer never tells an unknown username from a wrong password.
 */
export async function login(
  db: Db,
  config: Config,
  now: Date,
  input: { username: string; password: string },
  meta: LoginMeta,
): Promise<{ token: string; userId: string }> {
  const username = input.username.trim().toLowerCase();
  const actorOf = (id: string | null): Actor => ({ id, username, ip: meta.ip });
  const failed = (tx: Tx, userId: string | null, diff: Record<string, unknown>) =>
    appendAudit(
      tx,
      actorOf(userId),
      { action: 'auth.login_failed', entityType: 'user', entityId: userId, diff },
      now,
    );

  const reservation = await db.transaction(async (tx): Promise<Reservation> => {
    const [user] = await tx.select().from(users).where(eq(users.username, username)).for('update');
    if (!user || user.disabled) return { kind: 'proceed', user: user ?? null, attempt: 0 };
    if (user.lockedUntil && user.lockedUntil > now) {
      await failed(tx, user.id, { reason: 'locked', lockedUntil: user.lockedUntil.toISOString() });
      return { kind: 'locked', until: user.lockedUntil };
    }
    if (user.failedLoginCount >= config.lockoutAttempts) {
      const until = new Date(now.getTime() + config.lockoutMs);
      await tx.update(users).set({ lockedUntil: until, failedLoginCount: 0 }).where(eq(users.id, user.id));
      await failed(tx, user.id, { reason: 'too_many_attempts', lockedUntil: until.toISOString() });
      return { kind: 'locked', until };
    }
    const attempt = user.failedLoginCount + 1;
    await tx.update(users).set({ failedLoginCount: attempt, lockedUntil: null }).where(eq(users.id, user.id));
    return { kind: 'proceed', user, attempt };
  });
  if (reservation.kind === 'locked') throw lockedError(reservation.until);

  const { user, attempt } = reservation;
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || user.disabled || !passwordOk) {
    const reason = !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password';
    const lockedUntil = await db.transaction(async (tx) => {
      let until: Date | null = null;
      if (user && !user.disabled && attempt >= config.lockoutAttempts) {
        until = new Date(now.getTime() + config.lockoutMs);
        await tx.update(users).set({ lockedUntil: until, failedLoginCount: 0 }).where(eq(users.id, user.id));
      }
      await failed(tx, user?.id ?? null, { reason, ...(until ? { lockedUntil: until.toISOString() } : {}) });
      return until;
    });
    if (lockedUntil) throw lockedError(lockedUntil);
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
      actorOf(user.id),
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
