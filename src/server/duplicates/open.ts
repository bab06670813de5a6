import { and, eq, sql } from 'drizzle-orm';
import { pgArray } from '../db/arrays';
import type { Executor } from '../db/client';
import { duplicateCandidates } from '../db/schema/duplicates';

/** Which of these projects are the later claim of an undecided duplicate candidate. */
export async function openDuplicateIds(db: Executor, projectIds: readonly string[]): Promise<Set<string>> {
  if (projectIds.length === 0) return new Set();
  const rows = await db
    .select({ id: duplicateCandidates.projectId })
    .from(duplicateCandidates)
    .where(
      and(
        eq(duplicateCandidates.status, 'open'),
        sql`${duplicateCandidates.projectId} = any(${pgArray(projectIds)}::uuid[])`,
      ),
    );
  return new Set(rows.map((r) => r.id));
}
