import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { batchLists, type BatchCandidate } from '../../domain/signing/batches';
import type { Ctx } from '../auth/principal';
import { inScope } from '../auth/scope';
import type { Db } from '../db/client';
import { regions } from '../db/schema/org';
import { projects, projectTransitions } from '../db/schema/projects';
import { getSetting } from '../settings/service';

/** 2021Q3 → 2021-07-01 … 2021-09-30. */
export function quarterRange(period: string): { from: string; to: string } {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(5))];
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const last = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${y}-${pad(startMonth)}-01`, to: `${y}-${pad(endMonth)}-${pad(last)}` };
}

/**
 * The 三个一批 lists of a quarter within the caller's scope: signed, started, and producing (having
 * started in an earlier period), each project with its eligibility and the reason when it is out.
 */
export async function quarterBatches(db: Db, ctx: Ctx, period: string) {
  const range = quarterRange(period);
  const started = db
    .select({
      projectId: projectTransitions.projectId,
      on: sql<string>`min(${projectTransitions.occurredOn})`.as('started_on'),
    })
    .from(projectTransitions)
    .where(eq(projectTransitions.toStage, 'started'))
    .groupBy(projectTransitions.projectId)
    .as('started');
  const producing = db
    .select({
      projectId: projectTransitions.projectId,
      on: sql<string>`min(${projectTransitions.occurredOn})`.as('producing_on'),
    })
    .from(projectTransitions)
    .where(eq(projectTransitions.toStage, 'producing'))
    .groupBy(projectTransitions.projectId)
    .as('producing');
  const inPeriod = (col: unknown) => sql`${col} between ${range.from} and ${range.to}`;
  const rows = await db
    .select({ p: projects, regionName: regions.name, startedOn: started.on, producingOn: producing.on })
    .from(projects)
    .innerJoin(regions, eq(regions.id, projects.regionId))
    .leftJoin(started, eq(started.projectId, projects.id))
    .leftJoin(producing, eq(producing.projectId, projects.id))
    .where(
      and(
        isNull(projects.deletedAt),
        isNull(projects.mergedIntoId),
        inScope(projects.regionId, ctx.scope),
        or(inPeriod(projects.signedOn), inPeriod(started.on), inPeriod(producing.on)),
      ),
    );
  const thresholds = await getSetting(db, 'batches.thresholds');
  const candidates: BatchCandidate[] = rows.map((r) => ({
    id: r.p.id,
    totalInvestment: r.p.totalInvestment,
    industryCategory: r.p.industryCategory,
    strategicEmerging: r.p.strategicEmerging,
    promoted: r.p.promotionMethods.length > 0 || r.p.leadSource !== null,
    signedOn: r.p.signedOn,
    startedOn: r.startedOn,
    producingOn: r.producingOn,
  }));
  const lists = batchLists(candidates, range, thresholds);
  const byId = new Map(rows.map((r) => [r.p.id, r]));
  const view = (entries: ReturnType<typeof batchLists>['sign']) =>
    entries.map((e) => {
      const r = byId.get(e.id);
      return {
        id: e.id,
        code: r?.p.code ?? '',
        name: r?.p.name ?? '',
        regionName: r?.regionName ?? '',
        industryCategory: r?.p.industryCategory ?? 'industrial',
        totalInvestment: r?.p.totalInvestment ?? '0.00',
        signedOn: r?.p.signedOn ?? null,
        startedOn: r?.startedOn ?? null,
        producingOn: r?.producingOn ?? null,
        eligible: e.eligibility.eligible,
        rule: e.eligibility.rule,
        thresholdYi: e.eligibility.thresholdYi,
        reason: e.eligibility.eligible ? null : e.eligibility.reason,
      };
    });
  return {
    period,
    ...range,
    thresholds,
    sign: view(lists.sign),
    start: view(lists.start),
    produce: view(lists.produce),
  };
}
