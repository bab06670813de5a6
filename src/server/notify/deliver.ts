import { eq, sql } from 'drizzle-orm';
import { nextAttemptAfter, readRobotAnswer, type RobotAnswer } from '../../domain/notify/webhooks';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { webhookDeliveries } from '../db/schema/webhooks';
import { dingtalkSignedUrl } from './sign';

/** Posts one JSON body; answers the HTTP status and text, or throws when the host is unreachable. */
export type Poster = (url: string, body: unknown) => Promise<{ status: number; text: string }>;

export const fetchPoster =
  (timeoutMs = 8000): Poster =>
  async (url, body) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    return { status: res.status, text: await res.text() };
  };

/** A network failure in words: "connect ECONNREFUSED 127.0.0.1:9", "timeout after 8 s" … */
function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError') return 'no answer in time (timeout)';
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof Error) return `${err.message}: ${cause.message}`;
    return err.message;
  }
  return String(err);
}

type Claimed = {
  id: string;
  attempts: number;
  body: unknown;
  kind: 'dingtalk' | 'wecom';
  url: string;
  secret: string | null;
  enabled: boolean;
};

/** One attempt at one robot: the answer as the robot gave it, or why it could not be reached. */
export async function attempt(
  post: Poster,
  hook: { kind: 'dingtalk' | 'wecom'; url: string; secret: string | null },
  body: unknown,
  now: Date,
): Promise<RobotAnswer & { httpStatus: number | null }> {
  const url =
    hook.kind === 'dingtalk' && hook.secret
      ? dingtalkSignedUrl(hook.url, hook.secret, now.getTime())
      : hook.url;
  try {
    const res = await post(url, body);
    return { ...readRobotAnswer(res.status, res.text), httpStatus: res.status };
  } catch (err) {
    return { ok: false, error: reasonOf(err), httpStatus: null };
  }
}

/** Records the outcome of an attempt: sent, or the next try after back-off, or failed for good. */
export async function recordAttempt(
  db: Db,
  d: { id: string; attempts: number },
  res: RobotAnswer & { httpStatus: number | null },
  now: Date,
  /** A one-off attempt (a test message): a failure is final, not retried. */
  once = false,
) {
  const attempts = d.attempts + 1;
  const next = res.ok || once ? null : nextAttemptAfter(attempts, now.getTime());
  await db
    .update(webhookDeliveries)
    .set({
      attempts,
      lastHttpStatus: res.httpStatus,
      lastError: res.ok ? null : res.error,
      status: res.ok ? 'sent' : next === null ? 'failed' : 'pending',
      sentAt: res.ok ? now : null,
      nextAttemptAt: next === null ? now : new Date(next),
    })
    .where(eq(webhookDeliveries.id, d.id));
  return attempts;
}

/**
 * One pass of the delivery job: claims what is due (row locks, skipping rows another process
 * holds, and moving their next attempt two minutes on while they are in flight), posts each, and
 * records the outcome. Two processes never post the same delivery in the same round.
 */
export async function runDeliveries(db: Db, now: Date, post: Poster, limit = 50) {
  const claimed = await rowsOf<Claimed>(
    db,
    sql`with due as (
          select d.id from webhook_deliveries d
          where d.status = 'pending' and d.next_attempt_at <= ${now.toISOString()}::timestamptz
          order by d.next_attempt_at limit ${limit}
          for update skip locked)
        update webhook_deliveries d set next_attempt_at = ${now.toISOString()}::timestamptz + interval '2 minutes'
        from due, unit_webhooks w
        where d.id = due.id and w.id = d.webhook_id
        returning d.id, d.attempts, d.body, w.kind, w.url, w.secret, w.enabled`,
  );
  let sent = 0;
  let failed = 0;
  for (const d of claimed) {
    if (!d.enabled) {
      await db
        .update(webhookDeliveries)
        .set({ status: 'failed', lastError: 'the robot was disabled before it was sent', nextAttemptAt: now })
        .where(eq(webhookDeliveries.id, d.id));
      failed++;
      continue;
    }
    const res = await attempt(post, d, d.body, now);
    await recordAttempt(db, d, res, now);
    if (res.ok) sent++;
    else failed++;
  }
  return { claimed: claimed.length, sent, failed };
}
