import { asc, eq, sql } from 'drizzle-orm';
import { CalendarRangeError } from '../../domain/supervision/calendar';
import type { ItemEvent } from '../../domain/supervision/events';
import { availableActions, checkEvent, mayAct } from '../../domain/supervision/flow';
import { OFFICIAL_CALENDAR } from '../../domain/supervision/official-data';
import { replay, type ItemView } from '../../domain/supervision/replay';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor, Tx } from '../db/client';
import { departments, regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { supervisionEvents, supervisionItems } from '../db/schema/supervision';
import { users } from '../db/schema/users';
import { AppError, notFound, type ErrorCode } from '../http/errors';
import { projectRepo } from '../projects/repo';
import { getSetting } from '../settings/service';
import { announceEvent } from './announce';
import { supervisionRepo } from './repo';
import type { EventInput, ItemCreate, ItemDetail } from './schemas';

type ItemRow = typeof supervisionItems.$inferSelect;
type EventRow = typeof supervisionEvents.$inferSelect;

const toEvent = (e: EventRow): ItemEvent =>
  ({ ...(e.payload as object), type: e.type, at: e.at.toISOString() }) as ItemEvent;

async function replayOf(
  db: Executor,
  item: ItemRow,
  events: readonly ItemEvent[],
  now: Date,
): Promise<ItemView> {
  const clock = await getSetting(db, 'supervision.clock');
  try {
    return replay(OFFICIAL_CALENDAR, clock, {
      facts: { weight: item.weight, createdAt: item.createdAt.toISOString() },
      events,
      now: now.toISOString(),
    });
  } catch (err) {
    if (err instanceof CalendarRangeError) {
      throw new AppError('CALENDAR_OUT_OF_RANGE', err.message, {
        date: err.date,
        firstYear: err.firstYear,
        lastYear: err.lastYear,
      });
    }
    throw err;
  }
}

async function assertUnit(db: Executor, unit: { kind: 'department' | 'region'; id: string }, path: string) {
  const table = unit.kind === 'department' ? departments : regions;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, unit.id));
  if (!row) {
    throw new AppError('VALIDATION_FAILED', `No ${unit.kind} ${unit.id}`, { unit }, [
      { path, message: `unknown ${unit.kind} "${unit.id}"`, code: 'unknown_unit' },
    ]);
  }
}

/** Who may take an action (the domain's rule: the assigned unit's people, the office, a leader). */
function assertActor(ctx: Ctx, item: ItemRow, type: ItemEvent['type']) {
  if (!mayAct(ctx.principal, { kind: item.unitKind, id: item.unitId }, type)) {
    throw new AppError('WRONG_UNIT', `Your account may not take the action "${type}" on this item`, {
      action: type,
      unit: { kind: item.unitKind, id: item.unitId },
    });
  }
}

/** Stores what the replay made of the item: its state, unit, closing, and its targets' instants. */
async function persist(tx: Executor, ctx: Ctx, item: ItemRow, view: ItemView) {
  await tx
    .update(supervisionItems)
    .set({
      state: view.state,
      updatedAt: ctx.now,
      closedAt: view.closedAt ? new Date(view.closedAt) : null,
      satisfaction: view.satisfaction,
    })
    .where(eq(supervisionItems.id, item.id));
  await supervisionRepo(tx, ctx.principal).saveTargets(item.id, view.targets);
}

export async function createItem(db: Db, ctx: Ctx, input: ItemCreate): Promise<ItemDetail> {
  return getItem(db, ctx, await recordNewItem(db, ctx, input));
}

/**
 * Raises and assigns an item (checked, audited, one transaction) and answers its id. `alongside`
 * runs in the same transaction (a meeting links its decision).
 */
export async function recordNewItem(
  db: Db,
  ctx: Ctx,
  input: ItemCreate,
  alongside?: (tx: Tx, itemId: string) => Promise<void>,
): Promise<string> {
  return db.transaction(async (tx) => {
    let regionId = ctx.principal.role === 'county_officer' ? ctx.principal.regionId : null;
    if (input.projectId) {
      const found = await projectRepo(tx, ctx.scope).findById(input.projectId);
      if (!found) {
        throw new AppError('VALIDATION_FAILED', `No project ${input.projectId}`, {}, [
          { path: 'body.projectId', message: 'unknown project', code: 'unknown_project' },
        ]);
      }
      regionId = found.project.regionId;
    }
    await assertUnit(tx, input.unit, 'body.unit.id');
    const [item] = await tx
      .insert(supervisionItems)
      .values({
        code: sql`'DB' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('supervision_item_code_seq')::text, 5, '0')`,
        title: input.title,
        description: input.description,
        category: input.category,
        source: input.source,
        weight: input.weight,
        projectId: input.projectId ?? null,
        regionId,
        unitKind: input.unit.kind,
        unitId: input.unit.id,
        handlerId: input.handlerId ?? null,
        state: 'assigned',
        createdBy: ctx.principal.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!item) throw new Error('insert returned nothing');
    const assigned: ItemEvent = {
      type: 'assigned',
      at: ctx.now.toISOString(),
      unitId: input.unit.id,
      handlerId: input.handlerId ?? null,
    };
    await tx.insert(supervisionEvents).values({
      itemId: item.id,
      type: 'assigned',
      at: ctx.now,
      actorId: ctx.principal.id,
      payload: { unitId: input.unit.id, unitKind: input.unit.kind, handlerId: input.handlerId ?? null },
    });
    const view = await replayOf(tx, item, [assigned], ctx.now);
    await persist(tx, ctx, item, view);
    await announceEvent(tx, item, assigned, view, ctx.principal.id, ctx.now);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'supervision.create',
        entityType: 'supervision_item',
        entityId: item.id,
        regionId,
        diff: { after: item },
      },
      ctx.now,
    );
    if (alongside) await alongside(tx, item.id);
    return item.id;
  });
}

const DENIAL_STATUS: Record<string, ErrorCode> = {
  ACTION_OUT_OF_ORDER: 'ACTION_OUT_OF_ORDER',
  RETURN_TOO_LATE: 'RETURN_TOO_LATE',
  EXTENSION_AFTER_DEADLINE: 'EXTENSION_AFTER_DEADLINE',
  EXTENSION_PENDING: 'EXTENSION_PENDING',
  NO_EXTENSION_PENDING: 'NO_EXTENSION_PENDING',
  PLAN_ONLY_FOR_MAJOR: 'PLAN_ONLY_FOR_MAJOR',
  PLAN_STEPS_OUT_OF_ORDER: 'PLAN_STEPS_OUT_OF_ORDER',
  NO_SUCH_STEP: 'NO_SUCH_STEP',
  EVENT_BEFORE_PREVIOUS: 'EVENT_BEFORE_PREVIOUS',
};

/** Appends one action to the item's log: checked against the flow and the actor, then replayed and stored. */
export async function appendEvent(db: Db, ctx: Ctx, itemId: string, input: EventInput): Promise<ItemDetail> {
  await recordEvent(db, ctx, itemId, input);
  return getItem(db, ctx, itemId);
}

/** Appends one action without answering the item (for bulk callers such as the demo). */
export async function recordEvent(db: Db, ctx: Ctx, itemId: string, input: EventInput): Promise<void> {
  await db.transaction(async (tx) => {
    const repo = supervisionRepo(tx, ctx.principal);
    const item = await repo.findById(itemId, true);
    if (!item) throw notFound('supervision item');
    assertActor(ctx, item, input.type);
    const rows = await repo.events(itemId);
    const events = rows.map(toEvent);
    const at = ctx.now.toISOString();
    const { unit, ...rest } = input.type === 'assigned' ? input : { ...input, unit: null };
    const event = { ...rest, at, ...(unit ? { unitId: unit.id } : {}) } as ItemEvent;
    if (unit) await assertUnit(tx, unit, 'body.unit.id');
    const before = await replayOf(tx, item, events, ctx.now);
    const denial = checkEvent(
      OFFICIAL_CALENDAR,
      await getSetting(tx, 'supervision.clock'),
      { weight: item.weight, createdAt: item.createdAt.toISOString() },
      before,
      events.at(-1) ?? null,
      event,
    );
    if (denial) {
      const { code, ...params } = denial;
      throw new AppError(
        DENIAL_STATUS[code] ?? 'BAD_REQUEST',
        `The action "${input.type}" is not possible now (${code})`,
        params,
      );
    }
    const { type: _t, at: _a, ...payload } = event as ItemEvent & Record<string, unknown>;
    await tx.insert(supervisionEvents).values({
      itemId,
      type: input.type,
      at: ctx.now,
      actorId: ctx.principal.id,
      payload: unit ? { ...payload, unitKind: unit.kind } : payload,
    });
    if (unit) {
      await tx
        .update(supervisionItems)
        .set({
          unitKind: unit.kind,
          unitId: unit.id,
          handlerId: input.type === 'assigned' ? (input.handlerId ?? null) : null,
        })
        .where(eq(supervisionItems.id, itemId));
    }
    const after = await replayOf(tx, item, [...events, event], ctx.now);
    await persist(tx, ctx, item, after);
    const unitNow = unit
      ? {
          unitKind: unit.kind,
          unitId: unit.id,
          handlerId: input.type === 'assigned' ? (input.handlerId ?? null) : null,
        }
      : {};
    await announceEvent(tx, { ...item, ...unitNow }, event, after, ctx.principal.id, ctx.now);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: `supervision.${input.type}`,
        entityType: 'supervision_item',
        entityId: itemId,
        regionId: item.regionId,
        diff: {
          event: { type: input.type, ...payload },
          state: { before: before.state, after: after.state },
        },
      },
      ctx.now,
    );
  });
}

async function unitName(db: Executor, kind: 'department' | 'region', id: string) {
  const table = kind === 'department' ? departments : regions;
  const [row] = await db.select({ name: table.name }).from(table).where(eq(table.id, id));
  return row?.name ?? id;
}

export async function getItem(db: Db, ctx: Ctx, id: string): Promise<ItemDetail> {
  const repo = supervisionRepo(db, ctx.principal);
  const item = await repo.findById(id);
  if (!item) throw notFound('supervision item');
  const rows = await db
    .select({ e: supervisionEvents, actorName: users.displayName })
    .from(supervisionEvents)
    .leftJoin(users, eq(users.id, supervisionEvents.actorId))
    .where(eq(supervisionEvents.itemId, id))
    .orderBy(asc(supervisionEvents.seq));
  const view = await replayOf(
    db,
    item,
    rows.map((r) => toEvent(r.e)),
    ctx.now,
  );
  const [creator] = await db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, item.createdBy));
  const project = item.projectId
    ? (await db.select({ name: projects.name }).from(projects).where(eq(projects.id, item.projectId)))[0]
    : undefined;
  const open = view.targets
    .filter((t) => !t.doneAt)
    .map((t) => t.deadline)
    .sort();
  return {
    id: item.id,
    code: item.code,
    title: item.title,
    description: item.description,
    category: item.category,
    source: item.source,
    weight: item.weight,
    state: view.state,
    colour: view.colour,
    unit: { kind: item.unitKind, id: item.unitId, name: await unitName(db, item.unitKind, item.unitId) },
    projectId: item.projectId,
    projectName: project?.name ?? null,
    regionId: item.regionId,
    nextDeadline: open[0] ?? null,
    createdAt: item.createdAt.toISOString(),
    handlerId: item.handlerId,
    createdBy: creator?.name ?? '',
    targets: view.targets,
    pendingExtension: view.pendingExtension,
    plan: view.plan,
    satisfaction: view.satisfaction,
    closedAt: view.closedAt,
    actions: availableActions(ctx.principal, { kind: item.unitKind, id: item.unitId }, view, item.weight),
    events: rows.map((r) => ({
      seq: r.e.seq,
      type: r.e.type,
      at: r.e.at.toISOString(),
      actorName: r.actorName,
      payload: r.e.payload as Record<string, unknown>,
    })),
  };
}

/** The list lives in `list.ts` (urgency order, counts by state, the statistics' drill-down). */
export { listItems } from './list';
