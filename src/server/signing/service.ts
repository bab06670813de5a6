import { FIRST_SIGNING_MONTH, monthlyOccurrences } from '../../domain/signing/schedule';
import { normaliseYuan } from '../../domain/money/money';
import { shanghaiDate } from '../../domain/time';
import { changedFields } from '../audit/diff';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { AppError, notFound } from '../http/errors';
import { projectRepo } from '../projects/repo';
import { getSetting } from '../settings/service';
import { signingRepo, type EventRow } from './repo';
import type { z } from 'zod';
import type { AgendaInput, EventCreate, EventDetail, EventPatch, EventSummary } from './schemas';

type EventSummaryView = z.infer<typeof EventSummary>;

const KIND_TITLE = {
  monthly: '项目签约推进日',
  three_batches: '“三个一批”项目集中签约',
  expo: '展会集中签约',
} as const;

export function monthlyTitle(month: string) {
  const [y, m] = month.split('-');
  return `南阳市${y}年${Number(m)}月${KIND_TITLE.monthly}`;
}

const addMonths = (month: string, n: number) => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** Stored events in the range, plus the scheduled monthly occurrences nobody has prepared yet. */
export async function listEvents(
  db: Db,
  ctx: Ctx,
  q: { from?: string; to?: string; kind?: EventRow['kind'] },
) {
  const today = shanghaiDate(ctx.now);
  const from = q.from ?? `${FIRST_SIGNING_MONTH}-01`;
  const to = q.to ?? `${addMonths(today.slice(0, 7), 2)}-31`;
  const repo = signingRepo(db, ctx.scope);
  const stored = await repo.eventsBetween(from, to, q.kind);
  const ids = stored.map((e) => e.id);
  const [agenda, signed] = await Promise.all([repo.agendaCounts(ids), repo.signedTotals(ids)]);
  const items: EventSummaryView[] = stored.map((e) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    month: e.month,
    heldOn: e.heldOn,
    scheduledOn: e.scheduledOn,
    status: e.status,
    virtual: false,
    agendaCount: agenda.get(e.id) ?? 0,
    signedCount: signed.get(e.id)?.n ?? 0,
    signedTotalInvestment: signed.get(e.id)?.total ?? '0.00',
  }));
  if (!q.kind || q.kind === 'monthly') {
    const day = await getSetting(db, 'signing.dayOfMonth');
    const months = new Set(stored.filter((e) => e.kind === 'monthly').map((e) => e.month));
    const firstMonth = from.slice(0, 7) < FIRST_SIGNING_MONTH ? FIRST_SIGNING_MONTH : from.slice(0, 7);
    for (const o of monthlyOccurrences(firstMonth, to.slice(0, 7), day)) {
      if (months.has(o.month) || o.date < from || o.date > to) continue;
      items.push({
        id: null,
        kind: 'monthly',
        title: monthlyTitle(o.month),
        month: o.month,
        heldOn: o.date,
        scheduledOn: o.date,
        status: 'planned',
        virtual: true,
        agendaCount: 0,
        signedCount: 0,
        signedTotalInvestment: '0.00',
      });
    }
  }
  return items.sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
}

export async function getEvent(db: Db, ctx: Ctx, id: string): Promise<EventDetail> {
  const repo = signingRepo(db, ctx.scope);
  const e = await repo.findEvent(id);
  if (!e) throw notFound('signing event');
  const [agenda, signed] = await Promise.all([repo.agenda(id), repo.signedTotals([id])]);
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    month: e.month,
    heldOn: e.heldOn,
    scheduledOn: e.scheduledOn,
    status: e.status,
    virtual: false,
    agendaCount: agenda.length,
    signedCount: signed.get(id)?.n ?? 0,
    signedTotalInvestment: signed.get(id)?.total ?? '0.00',
    mainVenue: e.mainVenue,
    subVenues: e.subVenues,
    reports: e.reports,
    pledgeSpeakers: e.pledgeSpeakers,
    notes: e.notes,
    version: e.version,
    agenda: agenda.map(({ a, p, regionName }) => ({
      projectId: p.id,
      code: p.code,
      name: p.name,
      regionId: p.regionId,
      regionName,
      investorName: p.investorName,
      stage: p.stage,
      totalInvestment: p.totalInvestment,
      status: a.status,
      signingType: a.signingType,
      contractedInvestment: a.contractedInvestment,
      fundsOutOfProvince: a.fundsOutOfProvince,
      fundsInProvince: a.fundsInProvince,
      fundsLocal: a.fundsLocal,
      fundsForeignUsd: a.fundsForeignUsd,
      registerBy: a.registerBy,
      startBy: a.startBy,
      produceBy: a.produceBy,
      venueRegionId: a.venueRegionId,
      sortOrder: a.sortOrder,
    })),
  };
}

const auditable = ({ createdAt: _c, updatedAt: _u, version: _v, ...rest }: EventRow) => rest;

export async function createEvent(db: Db, ctx: Ctx, input: EventCreate): Promise<EventDetail> {
  const repo = signingRepo(db, ctx.scope);
  let heldOn = input.heldOn;
  let scheduledOn: string | null = null;
  if (input.kind === 'monthly') {
    if (!input.month) {
      throw new AppError('VALIDATION_FAILED', 'A monthly signing day needs its month', undefined, [
        { path: 'body.month', message: 'required for a monthly event', code: 'required' },
      ]);
    }
    const existing = await repo.findMonthly(input.month);
    if (existing) {
      throw new AppError('ALREADY_EXISTS', `The signing day of ${input.month} is already prepared`, {
        id: existing.id,
      });
    }
    const day = await getSetting(db, 'signing.dayOfMonth');
    scheduledOn = monthlyOccurrences(input.month, input.month, day)[0]?.date ?? null;
    heldOn = heldOn ?? scheduledOn ?? undefined;
  }
  if (!heldOn) {
    throw new AppError('VALIDATION_FAILED', 'The event needs a date', undefined, [
      { path: 'body.heldOn', message: 'required', code: 'required' },
    ]);
  }
  const title =
    input.title ||
    (input.month && input.kind === 'monthly' ? monthlyTitle(input.month) : KIND_TITLE[input.kind]);
  const id = await db.transaction(async (tx) => {
    const row = await signingRepo(tx, ctx.scope).insertEvent({
      ...input,
      title,
      month: input.kind === 'monthly' ? (input.month ?? null) : null,
      heldOn,
      scheduledOn: scheduledOn && scheduledOn !== heldOn ? scheduledOn : null,
      createdBy: ctx.principal.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'signing_event.create',
        entityType: 'signing_event',
        entityId: row.id,
        diff: { before: null, after: auditable(row) },
      },
      ctx.now,
    );
    return row.id;
  });
  return getEvent(db, ctx, id);
}

export async function updateEvent(db: Db, ctx: Ctx, id: string, input: EventPatch): Promise<EventDetail> {
  const { version, ...patch } = input;
  await db.transaction(async (tx) => {
    const repo = signingRepo(tx, ctx.scope);
    const current = await repo.findEvent(id, { forUpdate: true });
    if (!current) throw notFound('signing event');
    if (current.status === 'held' && (patch.heldOn || patch.status)) {
      throw new AppError('BAD_REQUEST', 'A held event keeps its date and status');
    }
    // Moving an occurrence keeps the schedule's date beside it.
    const scheduledOn =
      patch.heldOn && patch.heldOn !== current.heldOn
        ? (current.scheduledOn ?? current.heldOn)
        : current.scheduledOn;
    const updated = await repo.updateEvent(id, version, {
      ...patch,
      scheduledOn: scheduledOn === (patch.heldOn ?? current.heldOn) ? null : scheduledOn,
      updatedAt: ctx.now,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT', 'The event was changed by someone else; reload it');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'signing_event.update',
        entityType: 'signing_event',
        entityId: id,
        diff: { changes: changedFields(auditable(current), auditable(updated)) },
      },
      ctx.now,
    );
  });
  return getEvent(db, ctx, id);
}

const money = (v: string | null | undefined) => (v ? normaliseYuan(v) : null);

/** Puts a project (of one's own scope, still in the pipeline) on an event's agenda with its planned signing. */
export async function putOnAgenda(
  db: Db,
  ctx: Ctx,
  eventId: string,
  input: AgendaInput,
): Promise<EventDetail> {
  await db.transaction(async (tx) => {
    const repo = signingRepo(tx, ctx.scope);
    const event = await repo.findEvent(eventId, { forUpdate: true });
    if (!event) throw notFound('signing event');
    if (event.status !== 'planned')
      throw new AppError('BAD_REQUEST', 'Only a planned event takes agenda changes');
    const found = await projectRepo(tx, ctx.scope).findById(input.projectId);
    if (!found) throw notFound('project');
    if (!['lead', 'negotiating'].includes(found.project.stage)) {
      throw new AppError(
        'TRANSITION_FORBIDDEN',
        `Project ${found.project.code} is ${found.project.stage}, not in the pipeline`,
        {
          from: found.project.stage,
          to: 'signed',
        },
      );
    }
    const values = {
      ...input,
      eventId,
      contractedInvestment: normaliseYuan(input.contractedInvestment),
      fundsOutOfProvince: money(input.fundsOutOfProvince),
      fundsInProvince: money(input.fundsInProvince),
      fundsLocal: money(input.fundsLocal),
      fundsForeignUsd: money(input.fundsForeignUsd),
      venueRegionId: input.venueRegionId ?? null,
      status: 'planned' as const,
      sortOrder: await repo.nextSortOrder(eventId),
      addedBy: ctx.principal.id,
      addedAt: ctx.now,
    };
    await repo.upsertAgenda(values);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'signing_event.agenda_add',
        entityType: 'signing_event',
        entityId: eventId,
        regionId: found.project.regionId,
        diff: { agenda: values },
      },
      ctx.now,
    );
  });
  return getEvent(db, ctx, eventId);
}

export async function withdrawFromAgenda(
  db: Db,
  ctx: Ctx,
  eventId: string,
  projectId: string,
): Promise<EventDetail> {
  await db.transaction(async (tx) => {
    const repo = signingRepo(tx, ctx.scope);
    const event = await repo.findEvent(eventId, { forUpdate: true });
    if (!event) throw notFound('signing event');
    const row = (await repo.agenda(eventId)).find((r) => r.p.id === projectId);
    if (!row) throw notFound('agenda item');
    if (row.a.status !== 'planned')
      throw new AppError('BAD_REQUEST', 'Only a planned agenda item can be withdrawn');
    await repo.setAgendaStatus(eventId, [projectId], 'withdrawn');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'signing_event.agenda_withdraw',
        entityType: 'signing_event',
        entityId: eventId,
        regionId: row.p.regionId,
        diff: { projectId },
      },
      ctx.now,
    );
  });
  return getEvent(db, ctx, eventId);
}
