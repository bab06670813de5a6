import path from 'node:path';
import type { Config } from './config/env';
import { openDatabase, type Database } from './db/client';
import { seedDemo, type DemoSummary } from './demo/seed';
import { localFileStore, type FileStore } from './files/store';
import { seedOrganisation } from './org/seed';

export type Booted = { database: Database; files: FileStore; demo: DemoSummary | null };

/** Opens the database (migrating it), the file store, and loads the organisation and demo data on first start. */
export async function boot(config: Config, now = new Date()): Promise<Booted> {
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    const files = localFileStore(path.join(config.dataDir, 'files'));
    await database.db.transaction((tx) => seedOrganisation(tx));
    const demo = config.demo ? await seedDemo(database.db, files, now) : null;
    return { database, files, demo };
  } catch (err) {
    await database.close();
    throw err;
  }
}
