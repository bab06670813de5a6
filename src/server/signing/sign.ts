import { eq } from 'drizzle-orm';
import { checkTransition } from '../../domain/lifecycle/transitions';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { projects } from '../db/schema/projects';
import { signingEvents } from '../db/schema/signing';
import { AppError, notFound } from '../http/errors';
import { recordTransition } from '../projects/service';
import { signingRepo } from './repo';
import { getEvent } from './service';

/**
 * Marks every planned project of an event's agenda signed, in one transaction, each through the
 * lifecycle rules. Every project is checked first: if any cannot be signed, the answer lists them
 * all (code, stage, reason) and nothing is written.
 */
export async function signAgenda(db: Db, ctx: Ctx, eventId: string) {
  const today = shanghaiDate(ctx.now);
  await db.transaction(async (tx) => {
    const repo = signingRepo(tx, ctx.scope);
    const event = await repo.findEvent(eventId, { forUpdate: true });
    if (!event) throw notFound('signing event');
    if (event.status === 'cancelled') throw new AppError('BAD_REQUEST', 'The event is cancelled');
    if (event.heldOn > today) {
      throw new AppError(
        'DATE_IN_FUTURE',
        `The event is on ${event.heldOn}; projects are marked signed on the day or after`,
        {
          date: event.heldOn,
          today,
        },
      );
    }
    const planned = (await repo.agenda(eventId)).filter((r) => r.a.status === 'planned');
    if (planned.length === 0) throw new AppError('BAD_REQUEST', 'No planned project on the agenda');
    const problems = planned.flatMap(({ p }) => {
      const check = checkTransition(
        {
          stage: p.stage,
          stageBeforeStall: p.stageBeforeStall,
          landSituation: p.landSituation,
          lastTransitionOn: p.lastTransitionOn,
        },
        { to: 'signed', date: event.heldOn, today, evidenceCount: 0, hasSigning: true },
      );
      return check.ok
        ? []
        : [
            {
              projectId: p.id,
              projectCode: p.code,
              name: p.name,
              stage: p.stage,
              reason: check.denial.code,
              denial: check.denial,
            },
          ];
    });
    if (problems.length) {
      throw new AppError(
        'TRANSITION_FORBIDDEN',
        `${problems.length} of ${planned.length} projects cannot be signed; nothing was changed`,
        {
          problems,
        },
      );
    }
    const txDb = tx as unknown as Db;
    for (const { a, p } of planned) {
      await recordTransition(txDb, ctx, p.id, {
        to: 'signed',
        date: event.heldOn,
        version: p.version,
        note: `${event.title}签约`,
        evidenceFileIds: [],
        signing: {
          signingType: a.signingType,
          contractedInvestment: a.contractedInvestment,
          fundsOutOfProvince: a.fundsOutOfProvince,
          fundsInProvince: a.fundsInProvince,
          fundsLocal: a.fundsLocal,
          fundsForeignUsd: a.fundsForeignUsd,
          registerBy: a.registerBy,
          startBy: a.startBy,
          produceBy: a.produceBy,
        },
      });
      await tx.update(projects).set({ signingEventId: eventId }).where(eq(projects.id, p.id));
    }
    await repo.setAgendaStatus(
      eventId,
      planned.map((r) => r.p.id),
      'signed',
    );
    await tx
      .update(signingEvents)
      .set({ status: 'held', updatedAt: ctx.now })
      .where(eq(signingEvents.id, eventId));
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'signing_event.sign',
        entityType: 'signing_event',
        entityId: eventId,
        diff: { signed: planned.map((r) => ({ projectId: r.p.id, code: r.p.code })) },
      },
      ctx.now,
    );
  });
  return getEvent(db, ctx, eventId);
}
