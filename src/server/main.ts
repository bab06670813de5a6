import { buildApp } from './app';
import { boot } from './boot';
import { ConfigError, loadConfig } from './config/env';
import { DataDirLockedError } from './db/lock';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts';
import { startReminderScheduler } from './supervision/scheduler';

/** Starts Tuijin: one process, database migrated at start-up, web app and API on one port. */
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, files, demo } = await boot(config);
  const app = await buildApp(
    { db: database.db, dbKind: database.kind, config, files, now: () => new Date() },
    { logger: true },
  );
  const stopReminders = startReminderScheduler(
    database.db,
    () => new Date(),
    config.reminderSeconds,
    app.log,
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await stopReminders();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host =
    config.host === '0.0.0.0' || config.host === '::'
      ? 'localhost'
      : config.host === '127.0.0.1'
        ? 'localhost'
        : config.host;
  const lines = [
    '',
    `  推进 Tuijin is ready at http://${host}:${port}  (${Math.round(performance.now() - started)} ms)`,
    `  database: ${database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API docs: http://${host}:${port}/api/docs`,
  ];
  if (demo) {
    lines.push(
      `  demo data loaded: ${demo.projects} projects, ${demo.transitions} lifecycle steps, ${demo.events} signing days, ${demo.reports} monthly reports, ${demo.teams} work teams, ${demo.items} supervision items`,
    );
  }
  if (config.demo) {
    lines.push(`  demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS)
      lines.push(`    ${a.username.padEnd(10)} ${a.role.padEnd(15)} ${a.displayName}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  if (err instanceof DataDirLockedError || err instanceof ConfigError) {
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    process.stderr.write(
      `Tuijin failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
  process.exit(1);
});
