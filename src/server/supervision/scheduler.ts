import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client';
import { fetchPoster, runDeliveries, type Poster } from '../notify/deliver';
import { runReminders } from './reminders';

/**
 * The background jobs inside the server: reminders and escalations, then the group-robot
 * deliveries they (and every action) queued. A pass at start-up catches up on what fell due while
 * the server was down, then one every `seconds`. Their state — the lease, what was sent, the
 * outbox — lives in the database, so several server processes can run them side by side.
 * Answers a stop function.
 */
export function startReminderScheduler(
  db: Db,
  now: () => Date,
  seconds: number,
  log: FastifyBaseLogger,
  post: Poster = fetchPoster(),
) {
  if (seconds <= 0) return async () => {};
  const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<unknown> = Promise.resolve();
  const pass = async () => {
    try {
      const r = await runReminders(db, now(), holder);
      if (r.sent) log.info({ sent: r.sent }, 'supervision reminders sent');
    } catch (err) {
      log.error({ err }, 'supervision reminders failed');
    }
    try {
      const d = await runDeliveries(db, now(), post);
      if (d.claimed) log.info(d, 'group-robot deliveries');
    } catch (err) {
      log.error({ err }, 'group-robot deliveries failed');
    }
  };
  const tick = () => {
    running = running.then(pass);
  };
  tick();
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
