import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/** Runs a hand-written statement and answers its rows (same shape on PGlite and PostgreSQL). */
export async function rowsOf<T>(db: Executor, q: SQL): Promise<T[]> {
  return (await db.execute(q)).rows as T[];
}
