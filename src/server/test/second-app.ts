import path from 'node:path';
import { buildApp } from '../app';
import { localFileStore } from '../files/store';
import type { App } from '../http/types';
import type { TestApp } from './harness';

/**
 * A second app instance on the same database, configuration and clock as `t`: what a second
 * stateless server behind a load balancer is. Nothing is shared with the first but the database.
 */
export async function startSecondApp(t: TestApp): Promise<App> {
  const app = await buildApp({
    db: t.database.db,
    dbKind: t.database.kind,
    config: t.config,
    files: localFileStore(path.join(t.config.dataDir, 'files')),
    now: () => t.clock.now,
  });
  await app.ready();
  return app;
}
