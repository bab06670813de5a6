import { and, asc, eq, sql } from 'drizzle-orm';
import { isMilestone, type Milestone, milestoneOfTransition } from '../../domain/delivery/milestones';
import type { MainStage, Stage } from '../../domain/lifecycle/stages';
import type { Executor } from '../db/client';
import { milestonePlanChanges, projectMilestones } from '../db/schema/delivery';
import { projectTransitions } from '../db/schema/projects';
import { users } from '../db/schema/users';
import { refreshSummary } from './summary';

export type ReachedArgs = {
  projectId: string;
  from: Stage;
  to: Stage;
  date: string;
  transitionId: string;
  skipped: { stage: MainStage; why: string } | null;
  now: Date;
};

/**
 * Called by the lifecycle in the transaction that records a transition: a forward step reaches a
 * milestone on its date (the first time only: resuming after a stall does not move it), and a
 * skip allowed by the table marks the skipped milestone.
 */
export async function recordMilestoneReached(tx: Executor, a: ReachedArgs) {
  const m = milestoneOfTransition(a.from, a.to);
  if (!m) return;
  await tx
    .insert(projectMilestones)
    .values({
      projectId: a.projectId,
      milestone: m,
      actualOn: a.date,
      transitionId: a.transitionId,
      updatedAt: a.now,
    })
    .onConflictDoUpdate({
      target: [projectMilestones.projectId, projectMilestones.milestone],
      set: {
        actualOn: sql`coalesce(${projectMilestones.actualOn}, excluded.actual_on)`,
        transitionId: sql`coalesce(${projectMilestones.transitionId}, excluded.transition_id)`,
        updatedAt: a.now,
      },
    });
  const skipped = a.skipped && isMilestone(a.skipped.stage) ? a.skipped.stage : null;
  if (a.skipped && skipped) {
    await tx
      .insert(projectMilestones)
      .values({
        projectId: a.projectId,
        milestone: skipped,
        skipReason: a.skipped.why,
        updatedAt: a.now,
      })
      .onConflictDoUpdate({
        target: [projectMilestones.projectId, projectMilestones.milestone],
        set: { skipReason: a.skipped.why, updatedAt: a.now },
      });
  }
  await refreshSummary(tx, a.projectId);
}

/** The milestone rows of one project, with the evidence of the transition that reached each. */
export async function milestoneRows(db: Executor, projectId: string) {
  return db
    .select({
      milestone: projectMilestones.milestone,
      plannedOn: projectMilestones.plannedOn,
      planReason: projectMilestones.planReason,
      actualOn: projectMilestones.actualOn,
      skipReason: projectMilestones.skipReason,
      evidenceFileIds: projectTransitions.evidenceFileIds,
      note: projectTransitions.note,
    })
    .from(projectMilestones)
    .leftJoin(projectTransitions, eq(projectTransitions.id, projectMilestones.transitionId))
    .where(eq(projectMilestones.projectId, projectId));
}

export async function planChanges(db: Executor, projectId: string) {
  return db
    .select({
      id: milestonePlanChanges.id,
      milestone: milestonePlanChanges.milestone,
      fromOn: milestonePlanChanges.fromOn,
      toOn: milestonePlanChanges.toOn,
      reason: milestonePlanChanges.reason,
      actorName: users.displayName,
      createdAt: milestonePlanChanges.createdAt,
    })
    .from(milestonePlanChanges)
    .innerJoin(users, eq(users.id, milestonePlanChanges.actorId))
    .where(eq(milestonePlanChanges.projectId, projectId))
    .orderBy(asc(milestonePlanChanges.createdAt));
}

export async function setPlan(
  tx: Executor,
  p: {
    projectId: string;
    milestone: Milestone;
    fromOn: string | null;
    toOn: string;
    reason: string;
    actorId: string;
    now: Date;
  },
) {
  await tx
    .insert(projectMilestones)
    .values({
      projectId: p.projectId,
      milestone: p.milestone,
      plannedOn: p.toOn,
      planReason: p.reason,
      updatedAt: p.now,
    })
    .onConflictDoUpdate({
      target: [projectMilestones.projectId, projectMilestones.milestone],
      set: { plannedOn: p.toOn, planReason: p.reason, updatedAt: p.now },
    });
  await tx.insert(milestonePlanChanges).values({
    projectId: p.projectId,
    milestone: p.milestone,
    fromOn: p.fromOn,
    toOn: p.toOn,
    reason: p.reason,
    actorId: p.actorId,
    createdAt: p.now,
  });
}

export async function milestoneRow(db: Executor, projectId: string, m: Milestone) {
  const [row] = await db
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.projectId, projectId), eq(projectMilestones.milestone, m)));
  return row ?? null;
}
