import { and, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { meetingDecisions, meetings } from '../db/schema/meetings';
import { supervisionItems } from '../db/schema/supervision';
import { AppError, notFound } from '../http/errors';
import type { ItemCreate } from '../supervision/schemas';
import { recordNewItem } from '../supervision/service';
import { agendaFor } from './agenda';

/**
 * Which meetings a person sees: a county officer their county's; the city's people every meeting
 * (a city meeting's agenda spans counties, so it is not shown to a county).
 */
function visible(ctx: Ctx): SQL | undefined {
  if (ctx.scope.kind === 'all') return undefined;
  const ids = ctx.scope.regionIds;
  return ids.length
    ? or(...ids.map((id) => eq(meetings.regionId, id)))
    : eq(meetings.id, '00000000-0000-0000-0000-000000000000');
}

type Row = typeof meetings.$inferSelect;
const toView = (
  m: Row,
  decisions: { id: string; code: string; title: string; state: string; projectId: string | null }[],
) => ({
  id: m.id,
  heldOn: m.heldOn,
  regionId: m.regionId,
  title: m.title,
  agenda: m.agenda as Awaited<ReturnType<typeof agendaFor>>,
  minutes: m.minutes,
  attendees: m.attendees,
  version: m.version,
  decisions,
  createdAt: m.createdAt.toISOString(),
});

export async function getMeeting(db: Executor, ctx: Ctx, id: string) {
  const [m] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), visible(ctx)));
  if (!m) throw notFound('meeting');
  const decisions = await db
    .select({
      id: supervisionItems.id,
      code: supervisionItems.code,
      title: supervisionItems.title,
      state: supervisionItems.state,
      projectId: supervisionItems.projectId,
    })
    .from(meetingDecisions)
    .innerJoin(supervisionItems, eq(supervisionItems.id, meetingDecisions.itemId))
    .where(eq(meetingDecisions.meetingId, id))
    .orderBy(supervisionItems.code);
  return toView(m, decisions);
}

export async function listMeetings(db: Executor, ctx: Ctx) {
  const rows = await db.select().from(meetings).where(visible(ctx)).orderBy(desc(meetings.heldOn)).limit(100);
  return {
    items: rows.map((m) => ({
      id: m.id,
      heldOn: m.heldOn,
      regionId: m.regionId,
      title: m.title,
      version: m.version,
    })),
  };
}

/** Calls a meeting for a date: its agenda is generated now, within the caller's scope, and kept. */
export async function createMeeting(db: Db, ctx: Ctx, input: { heldOn: string; title?: string | null }) {
  const regionId = ctx.principal.role === 'county_officer' ? ctx.principal.regionId : null;
  const [held] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.heldOn, input.heldOn),
        regionId ? eq(meetings.regionId, regionId) : isNull(meetings.regionId),
      ),
    );
  if (held) {
    throw new AppError(
      'ALREADY_EXISTS',
      `A meeting on ${input.heldOn} was already called`,
      { meetingId: held.id },
      [
        {
          path: 'body.heldOn',
          message: 'a meeting was already called for this date',
          code: 'already_exists',
        },
      ],
    );
  }
  const agenda = await agendaFor(db, ctx, input.heldOn);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        heldOn: input.heldOn,
        regionId,
        title:
          input.title ?? `${input.heldOn.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日')}招商引资周例会`,
        agenda,
        createdBy: ctx.principal.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: meetings.id });
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: row.id,
        regionId,
        diff: { heldOn: input.heldOn },
      },
      ctx.now,
    );
    return row.id;
  });
  return getMeeting(db, ctx, id);
}

export async function updateMinutes(
  db: Db,
  ctx: Ctx,
  id: string,
  input: { version: number; minutes?: string | null; attendees?: string | null },
) {
  await db.transaction(async (tx) => {
    const [m] = await tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.id, id), visible(ctx)))
      .for('update');
    if (!m) throw notFound('meeting');
    if (m.version !== input.version)
      throw new AppError('VERSION_CONFLICT', 'The minutes were changed by someone else; reload them');
    const { version: _v, ...set } = input;
    await tx
      .update(meetings)
      .set({ ...set, version: m.version + 1, updatedAt: ctx.now })
      .where(eq(meetings.id, id));
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'meeting.minutes',
        entityType: 'meeting',
        entityId: id,
        regionId: m.regionId,
        diff: { before: { minutes: m.minutes, attendees: m.attendees }, after: set },
      },
      ctx.now,
    );
  });
  return getMeeting(db, ctx, id);
}

/**
 * A decision of the meeting becomes a supervision item in one action: raised as a meeting
 * decision through the flow's own rules (and audited there), and linked to the meeting.
 */
export async function addDecision(db: Db, ctx: Ctx, id: string, input: Omit<ItemCreate, 'source'>) {
  const [m] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), visible(ctx)));
  if (!m) throw notFound('meeting');
  await recordNewItem(db, ctx, { ...input, source: 'meeting_decision' }, async (tx, itemId) => {
    await tx.insert(meetingDecisions).values({ meetingId: id, itemId });
  });
  return getMeeting(db, ctx, id);
}

export const todayOf = (ctx: Ctx) => shanghaiDate(ctx.now);
