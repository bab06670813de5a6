import { and, eq, notInArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { nodeTargets } from '../db/schema/atlas';

/**
 * A lead started from an atlas target is signed: the target is signed too (in the signing's
 * transaction), so the target list and the node's coverage tell the same story.
 */
export async function markTargetSigned(tx: Executor, projectId: string, now: Date) {
  await tx
    .update(nodeTargets)
    .set({ status: 'signed', updatedAt: now })
    .where(and(eq(nodeTargets.projectId, projectId), notInArray(nodeTargets.status, ['signed'])));
}
