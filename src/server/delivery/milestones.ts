import { milestoneStates, type Milestone } from '../../domain/delivery/milestones';
import { shanghaiDate } from '../../domain/time';
import { changedFields } from '../audit/diff';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { projectRepo } from '../projects/repo';
import { milestoneRow, milestoneRows, planChanges, setPlan } from './milestones-repo';
import { signedProject } from './reports';

/** Plan versus actual of every milestone, with the evidence that proves each actual date. */
export async function getMilestones(db: Db, ctx: Ctx, projectId: string) {
  const p = await signedProject(db, ctx, projectId);
  const rows = await milestoneRows(db, projectId);
  const states = milestoneStates(
    rows.map((r) => ({
      milestone: r.milestone,
      plannedOn: r.plannedOn,
      actualOn: r.actualOn,
      skipped: r.skipReason !== null,
    })),
    p,
    p.stage,
    shanghaiDate(ctx.now),
  );
  const fileIds = [...new Set(rows.flatMap((r) => r.evidenceFileIds ?? []))];
  const files = new Map(
    (fileIds.length ? await projectRepo(db, ctx.scope).filesOf(projectId, fileIds) : []).map((f) => [
      f.id,
      f,
    ]),
  );
  const byKey = new Map(rows.map((r) => [r.milestone, r]));
  return {
    signedOn: p.signedOn,
    milestones: states.map((s) => {
      const r = byKey.get(s.milestone);
      return {
        ...s,
        planReason: r?.planReason ?? null,
        skipReason: r?.skipReason ?? null,
        note: r?.note ?? null,
        evidence: (r?.evidenceFileIds ?? []).flatMap((id) => {
          const f = files.get(id);
          return f ? [{ id: f.id, name: f.name, mime: f.mime, size: f.size }] : [];
        }),
      };
    }),
    planChanges: (await planChanges(db, projectId)).map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/** Revises the planned date of a milestone not yet reached (reason required, audited). */
export async function planMilestone(
  db: Db,
  ctx: Ctx,
  projectId: string,
  milestone: Milestone,
  input: { plannedOn: string; reason: string },
) {
  await db.transaction(async (tx) => {
    const p = await signedProject(tx, ctx, projectId, true);
    if (p.stage === 'terminated') {
      throw new AppError('TRANSITION_FORBIDDEN', 'A terminated project has no plan to revise', {
        stage: p.stage,
      });
    }
    if (p.signedOn && input.plannedOn < p.signedOn) {
      throw new AppError(
        'DATE_BEFORE_SIGNING',
        `The planned date ${input.plannedOn} is before the signing on ${p.signedOn}`,
        { date: input.plannedOn, signedOn: p.signedOn },
        [
          {
            path: 'body.plannedOn',
            message: `before the signing on ${p.signedOn}`,
            code: 'date_before_signing',
          },
        ],
      );
    }
    const row = await milestoneRow(tx, projectId, milestone);
    if (row?.actualOn) {
      throw new AppError(
        'VALIDATION_FAILED',
        `The milestone was reached on ${row.actualOn}; its plan is history`,
        { milestone },
        [
          {
            path: 'params.milestone',
            message: `already reached on ${row.actualOn}`,
            code: 'milestone_reached',
          },
        ],
      );
    }
    const state = milestoneStates(
      row ? [{ milestone, plannedOn: row.plannedOn, actualOn: null, skipped: row.skipReason !== null }] : [],
      p,
      p.stage,
      shanghaiDate(ctx.now),
    ).find((s) => s.milestone === milestone);
    const fromOn = state?.plannedOn ?? null;
    await setPlan(tx, {
      projectId,
      milestone,
      fromOn,
      toOn: input.plannedOn,
      reason: input.reason,
      actorId: ctx.principal.id,
      now: ctx.now,
    });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'milestone.plan',
        entityType: 'project',
        entityId: projectId,
        regionId: p.regionId,
        diff: { milestone, plannedOn: { before: fromOn, after: input.plannedOn }, reason: input.reason },
      },
      ctx.now,
    );
  });
  return getMilestones(db, ctx, projectId);
}

/** 入统 / 入规 with their dates (optimistic on the project version, audited). */
export async function setFlags(
  db: Db,
  ctx: Ctx,
  projectId: string,
  input: { statsEnteredOn: string | null; aboveScaleOn: string | null; version: number },
) {
  const today = shanghaiDate(ctx.now);
  await db.transaction(async (tx) => {
    const p = await signedProject(tx, ctx, projectId, true);
    for (const [field, date] of [
      ['statsEnteredOn', input.statsEnteredOn],
      ['aboveScaleOn', input.aboveScaleOn],
    ] as const) {
      if (!date) continue;
      const problem =
        date > today
          ? `after today (${today})`
          : p.signedOn && date < p.signedOn
            ? `before the signing on ${p.signedOn}`
            : null;
      if (problem) {
        throw new AppError('VALIDATION_FAILED', `${field} ${date} is ${problem}`, { field, date }, [
          { path: `body.${field}`, message: problem, code: 'date_out_of_range' },
        ]);
      }
    }
    if (p.statsEnteredOn === input.statsEnteredOn && p.aboveScaleOn === input.aboveScaleOn) return;
    const updated = await projectRepo(tx, ctx.scope).update(projectId, input.version, {
      statsEnteredOn: input.statsEnteredOn,
      aboveScaleOn: input.aboveScaleOn,
      updatedAt: ctx.now,
    });
    if (!updated)
      throw new AppError('VERSION_CONFLICT', 'The project was changed by someone else; reload it');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.flags',
        entityType: 'project',
        entityId: projectId,
        regionId: p.regionId,
        diff: changedFields(
          { statsEnteredOn: p.statsEnteredOn, aboveScaleOn: p.aboveScaleOn },
          { statsEnteredOn: input.statsEnteredOn, aboveScaleOn: input.aboveScaleOn },
        ),
      },
      ctx.now,
    );
  });
}
