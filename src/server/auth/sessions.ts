import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { sessions, users } from '../db/schema/users';
import type { Principal } from './principal';

export const SESSION_COOKIE = 'tuijin_sid';
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 30_000;

export type SessionPolicy = { idleMs: number; maxMs: number };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Executor,
  userId: string,
  now: Date,
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.maxMs),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export type SessionLookup =
  { status: 'ok'; principal: Principal } | { status: 'expired' } | { status: 'none' };

/** Finds the session of a cookie token; an idle or over-age session is deleted and reported expired. */
export async function loadSession(
  db: Executor,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionLookup> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return { status: 'none' };
  const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
  if (idleFor > policy.idleMs || now >= row.session.expiresAt || row.user.disabled) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired' };
  }
  if (idleFor > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const u = row.user;
  return {
    status: 'ok',
    principal: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      regionId: u.regionId,
      departmentId: u.departmentId,
      mustChangePassword: u.mustChangePassword,
    },
  };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteOtherSessions(db: Executor, userId: string, keepToken: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashToken(keepToken))));
}

/** Housekeeping: removes sessions past their idle or absolute limit. */
export async function purgeExpiredSessions(db: Executor, now: Date, policy: SessionPolicy): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - policy.idleMs))));
}
