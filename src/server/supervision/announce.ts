import type { ItemEvent } from '../../domain/supervision/events';
import type { ItemView } from '../../domain/supervision/replay';
import type { Executor } from '../db/client';
import { announce } from '../notify/outbox';
import { audienceOf, type ItemRef, type Who } from './audience';

type Item = ItemRef & { id: string; code: string; title: string };

const openDeadline = (view: ItemView) => view.targets.find((t) => t.doneAt === null)?.deadline ?? null;

/** Who hears of each action, and what they read (the unit's group robots hear of all of them). */
const TELL: Partial<
  Record<ItemEvent['type'], { who: Who[]; text: (e: ItemEvent, view: ItemView) => string }>
> = {
  assigned: {
    who: ['unit'],
    text: (_e, v) => `交办至本单位，请签收并于 ${openDeadline(v) ?? '期限'} 前研究部署`,
  },
  returned: {
    who: ['creator', 'office'],
    text: (e) => `责任单位退回：${e.type === 'returned' ? e.reason : ''}，请重新交办`,
  },
  extension_requested: {
    who: ['leader'],
    text: (e) =>
      e.type === 'extension_requested' ? `申请延期 ${e.days} 天：${e.reason}，请审批` : '申请延期，请审批',
  },
  extension_approved: {
    who: ['unit'],
    text: (e, v) =>
      `延期 ${e.type === 'extension_approved' ? e.days : ''} 天已批准，新期限 ${openDeadline(v) ?? ''}`,
  },
  extension_refused: {
    who: ['unit'],
    text: (e) => `延期申请未获批准：${e.type === 'extension_refused' ? e.reason : ''}，请按原期限办理`,
  },
  resolved: { who: ['creator', 'office'], text: () => '责任单位已办结，请回访企业核验' },
  closed: { who: ['creator', 'unit'], text: () => '事项已销号' },
};

/**
 * Tells the people an action concerns, in the action's transaction: in the app, and in the
 * responsible unit's group robots. The actor is not told of their own action.
 */
export async function announceEvent(
  tx: Executor,
  item: Item,
  event: ItemEvent,
  view: ItemView,
  actorId: string,
  now: Date,
) {
  const tell = TELL[event.type];
  if (!tell) return;
  const people = (await Promise.all(tell.who.map((w) => audienceOf(tx, w, item)))).flat();
  await announce(tx, {
    userIds: people.filter((id) => id !== actorId),
    unit: { kind: item.unitKind, id: item.unitId },
    itemId: item.id,
    kind: event.type,
    title: `${item.code} ${item.title}`,
    body: tell.text(event, view),
    link: `/supervision/${item.id}`,
    now,
  });
}
