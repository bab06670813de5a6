import { and, eq, like } from 'drizzle-orm';
import { parsePeriod } from '../../domain/evaluation/period';
import { hundredthsText, toHundredths } from '../../domain/evaluation/rational';
import type { Executor } from '../db/client';
import { evaluationResults } from '../db/schema/evaluation';
import { inspections } from '../db/schema/inspections';
import { rankingGroups } from '../db/schema/org';
import { notFound } from '../http/errors';
import { listAwards, type AwardKind } from './awards';
import { inspectionUnitScores } from './metrics';
import { groupUnits } from './results';
import type { ResultPayload } from './schemas';

/** Quarters, then halves, then the year: the order the year's rankings are read in. */
const ORDER = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', ''];
const periodOrder = (name: string) => ORDER.indexOf(name.slice(4));

/**
 * 年终总评: a group's year at a glance — each unit's published rank and total in every quarter and
 * half, its score in each closed inspection (观摩), its line of the published annual ranking, the
 * rewards and penalties recorded — and the awards the annual outcomes call for that are not
 * recorded yet. Only published results are read, so every account sees the same.
 */
export async function yearEndOverview(db: Executor, year: number, groupId: string) {
  const [group] = await db.select().from(rankingGroups).where(eq(rankingGroups.id, groupId));
  if (!group) throw notFound('ranking group');
  const [{ units }, results, closed, awards] = await Promise.all([
    groupUnits(db, groupId),
    db
      .select()
      .from(evaluationResults)
      .where(
        and(
          eq(evaluationResults.groupId, groupId),
          eq(evaluationResults.status, 'published'),
          like(evaluationResults.period, `${year}%`),
        ),
      ),
    db
      .select()
      .from(inspections)
      .where(
        and(
          eq(inspections.groupId, groupId),
          eq(inspections.status, 'closed'),
          like(inspections.period, `${year}%`),
        ),
      ),
    listAwards(db, year, groupId),
  ]);
  const ranked = results
    .filter((r) => periodOrder(r.period) >= 0 && parsePeriod(r.period))
    .sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
  const annual = ranked.find((r) => r.period === String(year)) ?? null;
  const periods = ranked.filter((r) => r !== annual);
  const inspected = await Promise.all(
    closed
      .sort((a, b) => a.period.localeCompare(b.period))
      .map(async (i) => ({ i, scores: await inspectionUnitScores(db, i) })),
  );
  const lineOf = (payload: unknown, unitId: string) => {
    const line = (payload as ResultPayload).units.find((u) => u.unitId === unitId);
    return line ? { total: line.total, rank: line.rank, outcome: line.outcome } : null;
  };
  const inForce = awards.filter((a) => !a.revokedAt);
  const proposals: { unitId: string; unitName: string; kind: AwardKind; rank: number; outcome: string }[] =
    [];
  for (const line of (annual?.payload as ResultPayload | undefined)?.units ?? []) {
    const kind = line.outcome === 'commended' ? 'reward' : line.outcome === 'pledge' ? 'penalty' : null;
    if (!kind || !line.outcome) continue;
    if (inForce.some((a) => a.unitId === line.unitId && a.kind === kind)) continue;
    proposals.push({
      unitId: line.unitId,
      unitName: line.unitName,
      kind,
      rank: line.rank,
      outcome: line.outcome,
    });
  }
  return {
    year,
    group: { id: group.id, name: group.name },
    periods: periods.map((r) => ({ period: r.period, resultId: r.id, version: r.version })),
    inspections: inspected.map(({ i }) => ({ id: i.id, name: i.name, period: i.period })),
    annual: annual
      ? {
          resultId: annual.id,
          version: annual.version,
          publishedAt: annual.publishedAt?.toISOString() ?? null,
          methodName: (annual.payload as ResultPayload).method.name,
        }
      : null,
    units: units
      .map((u) => ({
        unitId: u.id,
        unitName: u.name,
        periods: periods.map((r) => ({ period: r.period, line: lineOf(r.payload, u.id) })),
        inspections: inspected.map(({ i, scores }) => {
          const score = scores.find((x) => x.unitId === u.id)?.score ?? null;
          return { id: i.id, score: score ? hundredthsText(toHundredths(score)) : null };
        }),
        annual: annual ? lineOf(annual.payload, u.id) : null,
        awards: awards.filter((a) => a.unitId === u.id),
      }))
      .sort(
        (a, b) =>
          (a.annual?.rank ?? Number.MAX_SAFE_INTEGER) - (b.annual?.rank ?? Number.MAX_SAFE_INTEGER) ||
          a.unitName.localeCompare(b.unitName, 'zh'),
      ),
    proposals,
  };
}
