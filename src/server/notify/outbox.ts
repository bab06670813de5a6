import { and, eq } from 'drizzle-orm';
import { robotBody, type RobotMessage } from '../../domain/notify/webhooks';
import type { Executor } from '../db/client';
import { notifications } from '../db/schema/supervision';
import { unitWebhooks, webhookDeliveries } from '../db/schema/webhooks';
import { getSetting } from '../settings/service';

export type Unit = { kind: 'department' | 'region'; id: string };

export type Announcement = {
  /** In-app recipients (deduplicated here). */
  userIds: readonly string[];
  /** The unit whose group robots also get the message (null: in-app only). */
  unit: Unit | null;
  itemId: string | null;
  kind: string;
  title: string;
  body: string;
  /** A path inside the app, e.g. /supervision/:id. */
  link: string | null;
  now: Date;
};

/**
 * Tells people: an in-app notification to each recipient and a message queued for each enabled
 * group robot of the unit, in the caller's transaction — so a message exists exactly when the
 * change it announces was committed. The delivery job posts the queue.
 */
export async function announce(tx: Executor, a: Announcement): Promise<{ inApp: number; queued: number }> {
  const to = [...new Set(a.userIds)];
  if (to.length) {
    await tx.insert(notifications).values(
      to.map((userId) => ({
        userId,
        itemId: a.itemId,
        kind: a.kind,
        title: a.title,
        body: a.body,
        link: a.link,
        createdAt: a.now,
      })),
    );
  }
  if (!a.unit) return { inApp: to.length, queued: 0 };
  const hooks = await tx
    .select({ id: unitWebhooks.id, kind: unitWebhooks.kind })
    .from(unitWebhooks)
    .where(
      and(
        eq(unitWebhooks.unitKind, a.unit.kind),
        eq(unitWebhooks.unitId, a.unit.id),
        eq(unitWebhooks.enabled, true),
      ),
    );
  if (!hooks.length) return { inApp: to.length, queued: 0 };
  const base = await getSetting(tx, 'notify.publicUrl');
  const message: RobotMessage = {
    title: a.title,
    lines: [a.body],
    link: base && a.link ? new URL(a.link, base).toString() : null,
  };
  await tx.insert(webhookDeliveries).values(
    hooks.map((h) => ({
      webhookId: h.id,
      itemId: a.itemId,
      title: a.title,
      body: robotBody(h.kind, message),
      nextAttemptAt: a.now,
      createdAt: a.now,
    })),
  );
  return { inApp: to.length, queued: hooks.length };
}
