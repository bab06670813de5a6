import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock';

/** One database type for both drivers: the query builder is the same PostgreSQL dialect. */
export type Db = NodePgDatabase;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or a transaction: repositories accept both. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

/** Opens the database and applies the committed migrations. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection can be closed by the server (restart, failover, DROP DATABASE … FORCE):
    // the pool drops it and opens another on the next query; without a listener it would crash the process.
    pool.on('error', (err) => process.stderr.write(`database connection lost: ${err.message}\n`));
    const db = drizzlePg(pool);
    try {
      await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
    } catch (err) {
      await pool.end();
      throw err;
    }
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  let lock: DataDirLock | null = null;
  let client: PGlite;
  if (options.kind === 'pglite') {
    fs.mkdirSync(options.dataDir, { recursive: true });
    lock = acquireDataDirLock(options.dataDir);
    try {
      client = await PGlite.create({ dataDir: path.join(options.dataDir, 'pg') });
    } catch (err) {
      lock.release();
      throw err;
    }
  } else {
    client = await PGlite.create();
  }
  const db = drizzleLite(client) as unknown as Db;
  try {
    await migrateLite(drizzleLite(client), { migrationsFolder: MIGRATIONS_DIR });
  } catch (err) {
    await client.close();
    lock?.release();
    throw err;
  }
  return {
    db,
    kind: 'pglite',
    async close() {
      await client.close();
      lock?.release();
    },
  };
}
