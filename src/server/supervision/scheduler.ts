import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client';
import { runReminders } from './reminders';

/**
 * The reminder job inside the server: a pass at start-up (catching up on what fell due while the
 * server was down), then one every `seconds`. Its state — the lease and what was sent — lives in
 * the database, so several server processes can run it side by side. Answers a stop function.
 */
export function startReminderScheduler(db: Db, now: () => Date, seconds: number, log: FastifyBaseLogger) {
  if (seconds <= 0) return async () => {};
  const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runReminders(db, now(), holder).then(
      (r) => r.sent && log.info({ sent: r.sent }, 'supervision reminders sent'),
      (err: unknown) => log.error({ err }, 'supervision reminders failed'),
    );
  };
  tick();
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
