import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { findDuplicateCandidates, type Claim } from '../../domain/duplicates/candidates';
import type { Executor } from '../db/client';
import { duplicateCandidates } from '../db/schema/duplicates';
import { projects } from '../db/schema/projects';
import { getSetting } from '../settings/service';

const claimOf = (p: typeof projects.$inferSelect): Claim => ({
  id: p.id,
  name: p.name,
  regionId: p.regionId,
  investorName: p.investorName,
  investorCreditCode: p.investorCreditCode,
  signedOn: p.signedOn,
});

/**
 * Looks for earlier claims of the same project across ALL regions (a county cannot see the
 * others, but a double claim is exactly one that crosses counties). This is a system check: it
 * reads outside the caller's scope and returns nothing but a count; the candidates it records
 * are shown to city roles only.
 */
export async function detectDuplicates(
  tx: Executor,
  projectId: string,
  foundAt: 'create' | 'update' | 'import' | 'signing',
) {
  const [p] = await tx.select().from(projects).where(eq(projects.id, projectId));
  if (!p || p.deletedAt) return 0;
  const sameInvestor = [
    p.investorNormalized ? eq(projects.investorNormalized, p.investorNormalized) : undefined,
    p.investorCreditCode ? eq(projects.investorCreditCode, p.investorCreditCode) : undefined,
  ].filter((c) => c !== undefined);
  if (sameInvestor.length === 0) return 0;
  const others = await tx
    .select()
    .from(projects)
    .where(
      and(
        ne(projects.id, p.id),
        isNull(projects.deletedAt),
        isNull(projects.mergedIntoId),
        or(...sameInvestor),
      ),
    );
  if (others.length === 0) return 0;
  const thresholds = await getSetting(tx, 'duplicates.thresholds');
  const found = findDuplicateCandidates(claimOf(p), others.map(claimOf), thresholds);
  const created = new Map(others.map((o) => [o.id, o.createdAt]));
  let recorded = 0;
  for (const c of found) {
    // The later claim is the one under suspicion; the pair is stored once, in that direction.
    const otherCreated = created.get(c.otherId) ?? p.createdAt;
    const later = otherCreated > p.createdAt ? c.otherId : p.id;
    const earlier = later === p.id ? c.otherId : p.id;
    const existing = await tx
      .select({ id: duplicateCandidates.id })
      .from(duplicateCandidates)
      .where(
        or(
          and(eq(duplicateCandidates.projectId, later), eq(duplicateCandidates.otherId, earlier)),
          and(eq(duplicateCandidates.projectId, earlier), eq(duplicateCandidates.otherId, later)),
        ),
      );
    if (existing.length) continue;
    await tx.insert(duplicateCandidates).values({
      projectId: later,
      otherId: earlier,
      score: c.score,
      nameSimilarity: c.nameSimilarity.toFixed(4),
      reasons: c.reasons,
      foundAt,
    });
    recorded++;
  }
  return recorded;
}
