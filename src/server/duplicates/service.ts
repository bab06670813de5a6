import { aliasedTable, and, desc, eq, ne, type SQL } from 'drizzle-orm';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { duplicateCandidates } from '../db/schema/duplicates';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';

const later = aliasedTable(projects, 'later');
const earlier = aliasedTable(projects, 'earlier');
const laterRegion = aliasedTable(regions, 'later_region');
const earlierRegion = aliasedTable(regions, 'earlier_region');

const side = (p: typeof projects.$inferSelect, regionName: string) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  regionId: p.regionId,
  regionName,
  investorName: p.investorName,
  investorCreditCode: p.investorCreditCode,
  stage: p.stage,
  totalInvestment: p.totalInvestment,
  signedOn: p.signedOn,
  createdAt: p.createdAt.toISOString(),
});

/** Duplicate candidates (city roles only: they span regions). */
export async function listDuplicates(db: Db, status: 'open' | 'decided' | 'all') {
  const where: SQL | undefined =
    status === 'open'
      ? eq(duplicateCandidates.status, 'open')
      : status === 'decided'
        ? ne(duplicateCandidates.status, 'open')
        : undefined;
  const rows = await db
    .select({
      c: duplicateCandidates,
      later,
      earlier,
      laterRegion: laterRegion.name,
      earlierRegion: earlierRegion.name,
      decidedBy: users.displayName,
    })
    .from(duplicateCandidates)
    .innerJoin(later, eq(later.id, duplicateCandidates.projectId))
    .innerJoin(earlier, eq(earlier.id, duplicateCandidates.otherId))
    .innerJoin(laterRegion, eq(laterRegion.id, later.regionId))
    .innerJoin(earlierRegion, eq(earlierRegion.id, earlier.regionId))
    .leftJoin(users, eq(users.id, duplicateCandidates.decidedBy))
    .where(where)
    .orderBy(desc(duplicateCandidates.score), desc(duplicateCandidates.createdAt))
    .limit(500);
  return rows.map((r) => ({
    id: r.c.id,
    score: r.c.score,
    nameSimilarity: Number(r.c.nameSimilarity),
    reasons: r.c.reasons,
    foundAt: r.c.foundAt,
    status: r.c.status,
    decidedBy: r.decidedBy,
    decidedAt: r.c.decidedAt?.toISOString() ?? null,
    decisionReason: r.c.decisionReason,
    createdAt: r.c.createdAt.toISOString(),
    project: side(r.later, r.laterRegion),
    other: side(r.earlier, r.earlierRegion),
  }));
}

/**
 * Decides a candidate: the same project (the later claim is merged into the earlier one and no
 * longer counted) or not a duplicate (both count). A reason is required; the decision is audited.
 */
export async function decideDuplicate(
  db: Db,
  ctx: Ctx,
  id: string,
  input: { decision: 'same_project' | 'not_duplicate'; reason: string },
) {
  await db.transaction(async (tx) => {
    const [c] = await tx
      .select()
      .from(duplicateCandidates)
      .where(eq(duplicateCandidates.id, id))
      .for('update');
    if (!c) throw notFound('duplicate candidate');
    if (c.status !== 'open') throw new AppError('BAD_REQUEST', `Already decided: ${c.status}`);
    await tx
      .update(duplicateCandidates)
      .set({
        status: input.decision,
        decidedBy: ctx.principal.id,
        decidedAt: ctx.now,
        decisionReason: input.reason,
      })
      .where(eq(duplicateCandidates.id, id));
    if (input.decision === 'same_project') {
      await tx
        .update(projects)
        .set({ mergedIntoId: c.otherId, updatedAt: ctx.now })
        .where(and(eq(projects.id, c.projectId)));
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'duplicate.decide',
        entityType: 'project',
        entityId: c.projectId,
        diff: {
          candidateId: id,
          otherId: c.otherId,
          decision: input.decision,
          reason: input.reason,
          score: c.score,
        },
      },
      ctx.now,
    );
  });
  return (await listDuplicates(db, 'all')).find((d) => d.id === id);
}
