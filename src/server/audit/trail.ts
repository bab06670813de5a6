import { asc, eq, gt } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client';
import { auditChainHead, auditEvents } from '../db/schema/audit';
import { chainHash } from './canonical';

export type Actor = { id: string | null; username: string | null; ip: string | null };

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  regionId?: string | null;
  /** Before/after of what changed, or facts of the event (never secrets). */
  diff: Record<string, unknown>;
};

/**
 * Appends one event to the chain inside the caller's transaction, so the event exists exactly
 * when the write it describes does. The head row is locked: appends are serialised.
 */
export async function appendAudit(tx: Tx, actor: Actor, input: AuditInput, at = new Date()): Promise<number> {
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
  if (!head) throw new Error('audit chain head is missing');
  const event = {
    seq: head.seq + 1,
    at,
    actorId: actor.id,
    actorUsername: actor.username,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    regionId: input.regionId ?? null,
    ip: actor.ip,
    diff: input.diff,
  };
  const hash = chainHash(head.hash, event);
  await tx.insert(auditEvents).values({ ...event, prevHash: head.hash, hash });
  await tx.update(auditChainHead).set({ seq: event.seq, hash }).where(eq(auditChainHead.id, 1));
  return event.seq;
}

export type VerifyResult = {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
};

const BATCH = 2000;

/** Walks the whole chain and names the first broken link. */
export async function verifyAuditChain(db: Executor): Promise<VerifyResult> {
  let prevHash = 'GENESIS';
  let expectedSeq = 1;
  let checked = 0;
  const broken = (seq: number, reason: string): VerifyResult => ({
    ok: false,
    checked,
    firstBrokenSeq: seq,
    reason,
  });
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, `event ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return broken(row.seq, 'prev_hash does not match the previous event');
      const hash = chainHash(prevHash, row);
      if (hash !== row.hash) return broken(row.seq, 'content does not match its hash');
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  if (!head) return broken(expectedSeq, 'chain head is missing');
  if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
    return broken(expectedSeq, `chain head names event ${head.seq} but the trail ends at ${expectedSeq - 1}`);
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
