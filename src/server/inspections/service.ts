import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  scoreProblems,
  sheetTotal,
  siteScore,
  unitScore,
  type Criterion,
} from '../../domain/evaluation/inspection';
import { parsePeriod } from '../../domain/evaluation/period';
import { decimal, hundredthsText, toHundredths, type Rational } from '../../domain/evaluation/rational';
import { PIPELINE_STAGES } from '../../domain/lifecycle/stages';
import { appendAudit } from '../audit/trail';
import { announce } from '../notify/outbox';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { inspectionJudges, inspections, inspectionScores, inspectionSites } from '../db/schema/inspections';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';

const pts = (x: Rational | null) => (x === null ? null : hundredthsText(toHundredths(x)));
const bad = (path: string, message: string, code: string) =>
  new AppError('VALIDATION_FAILED', `${path}: ${message}`, {}, [{ path, message, code }]);

export type InspectionCreate = {
  name: string;
  period: string;
  groupId: string;
  sheet: Criterion[];
  dropExtremes: boolean;
  judgeIds: string[];
  projectIds: string[];
};

/** Sets up an inspection: the sheet (unique keys, maxima above 0), the judges, the sites. */
export async function createInspection(db: Db, ctx: Ctx, input: InspectionCreate) {
  if (!parsePeriod(input.period))
    throw bad('body.period', `"${input.period}" is not a period`, 'period_invalid');
  const keys = new Set<string>();
  input.sheet.forEach((c, i) => {
    if (keys.has(c.key)) throw bad(`body.sheet.${i}.key`, `"${c.key}" is used twice`, 'duplicate');
    keys.add(c.key);
    if (!/^\d+(\.\d+)?$/.test(c.max) || Number(c.max) <= 0)
      throw bad(`body.sheet.${i}.max`, 'a maximum above 0', 'not_positive');
  });
  return db.transaction(async (tx) => {
    const judges = await tx.select({ id: users.id }).from(users).where(inArray(users.id, input.judgeIds));
    const missingJudge = input.judgeIds.findIndex((id) => !judges.some((j) => j.id === id));
    if (missingJudge >= 0) throw bad(`body.judgeIds.${missingJudge}`, 'unknown account', 'unknown_user');
    const sites = await tx
      .select({ id: projects.id, regionId: projects.regionId, stage: projects.stage })
      .from(projects)
      .where(inArray(projects.id, input.projectIds));
    const missingSite = input.projectIds.findIndex((id) => !sites.some((p) => p.id === id));
    if (missingSite >= 0) throw bad(`body.projectIds.${missingSite}`, 'unknown project', 'unknown_project');
    // A site is a signed project on its way to production: not a lead, not terminated.
    const unsigned = input.projectIds.findIndex((id) => {
      const stage = sites.find((p) => p.id === id)?.stage;
      return !stage || PIPELINE_STAGES.includes(stage) || stage === 'terminated';
    });
    if (unsigned >= 0)
      throw bad(`body.projectIds.${unsigned}`, 'not a signed project in progress', 'not_signed');
    const [row] = await tx
      .insert(inspections)
      .values({ ...input, createdBy: ctx.principal.id, createdAt: ctx.now })
      .returning({ id: inspections.id });
    if (!row) throw new Error('insert returned nothing');
    await tx
      .insert(inspectionJudges)
      .values(input.judgeIds.map((userId, i) => ({ inspectionId: row.id, userId, sortOrder: i })));
    await tx.insert(inspectionSites).values(
      input.projectIds.map((projectId, i) => ({
        inspectionId: row.id,
        projectId,
        unitId: sites.find((p) => p.id === projectId)?.regionId ?? '',
        sortOrder: i,
      })),
    );
    await appendAudit(
      tx,
      ctx.actor,
      { action: 'inspection.create', entityType: 'inspection', entityId: row.id, diff: { after: input } },
      ctx.now,
    );
    // Each judge hears of it (in the app), with the way to the scoring page.
    await announce(tx, {
      userIds: input.judgeIds.filter((id) => id !== ctx.principal.id),
      unit: null,
      itemId: null,
      kind: 'inspection_judge',
      title: `观摩评分：${input.name}`,
      body: `您被列为评委，共 ${input.projectIds.length} 个现场，请到现场后逐一评分`,
      link: `/inspections/${row.id}`,
      now: ctx.now,
    });
    return row.id;
  });
}

/**
 * An inspection: its sheet, sites (project, county), judges, each site's scores and aggregate, and
 * each county's score. A judge sees their own marks; the city sees all.
 */
export async function getInspection(db: Executor, ctx: Ctx, id: string) {
  const [ins] = await db.select().from(inspections).where(eq(inspections.id, id));
  if (!ins) throw notFound('inspection');
  const [sites, judges, scores] = await Promise.all([
    db
      .select({
        id: inspectionSites.id,
        projectId: projects.id,
        code: projects.code,
        name: projects.name,
        unitId: inspectionSites.unitId,
        unitName: regions.name,
      })
      .from(inspectionSites)
      .innerJoin(projects, eq(projects.id, inspectionSites.projectId))
      .innerJoin(regions, eq(regions.id, inspectionSites.unitId))
      .where(eq(inspectionSites.inspectionId, id))
      .orderBy(asc(inspectionSites.sortOrder)),
    db
      .select({ id: users.id, displayName: users.displayName })
      .from(inspectionJudges)
      .innerJoin(users, eq(users.id, inspectionJudges.userId))
      .where(eq(inspectionJudges.inspectionId, id))
      .orderBy(asc(inspectionJudges.sortOrder), asc(users.displayName)),
    db
      .select()
      .from(inspectionScores)
      .innerJoin(inspectionSites, eq(inspectionSites.id, inspectionScores.siteId))
      .where(eq(inspectionSites.inspectionId, id)),
  ]);
  const isJudge = judges.some((j) => j.id === ctx.principal.id);
  const city = seesAll(ctx);
  if (!isJudge && !city) throw notFound('inspection');
  const siteViews = sites.map((s) => {
    const own = scores.filter((x) => x.inspection_scores.siteId === s.id);
    const agg = siteScore(
      own.map((x) => decimal(x.inspection_scores.total)),
      ins.dropExtremes,
    );
    return {
      ...s,
      judged: own.length,
      score: pts(agg?.score ?? null),
      dropped: agg?.dropped ?? false,
      myMarks:
        own.find((x) => x.inspection_scores.judgeId === ctx.principal.id)?.inspection_scores.marks ?? null,
      marks: city
        ? own.map((x) => ({
            judgeId: x.inspection_scores.judgeId,
            total: x.inspection_scores.total,
            marks: x.inspection_scores.marks,
          }))
        : [],
    };
  });
  const units = [...new Set(sites.map((s) => s.unitId))].map((unitId) => {
    const own = siteViews.filter((s) => s.unitId === unitId);
    return {
      unitId,
      unitName: own[0]?.unitName ?? unitId,
      score: pts(unitScore(own.map((s) => (s.score ? decimal(s.score) : null)))),
      sites: own.length,
    };
  });
  return {
    id: ins.id,
    name: ins.name,
    period: ins.period,
    groupId: ins.groupId,
    sheet: ins.sheet,
    dropExtremes: ins.dropExtremes,
    status: ins.status,
    judges,
    isJudge,
    sites: siteViews,
    units: city ? units : [],
  };
}

/** The city's roles see every inspection and every mark; anyone else only as a judge. */
const seesAll = (ctx: Ctx) =>
  ctx.principal.role === 'city_admin' ||
  ctx.principal.role === 'supervisor' ||
  ctx.principal.role === 'leader';

/**
 * The inspections the caller may open (all for the city; a judge's own otherwise), newest first,
 * each with its progress: sites, judges, sites scored by every judge, and the caller's own count.
 */
export async function listInspections(db: Executor, ctx: Ctx) {
  const me = ctx.principal.id;
  const rows = await rowsOf<{
    id: string;
    name: string;
    period: string;
    group_id: string;
    status: 'open' | 'closed';
    sites: number;
    judges: number;
    complete: number;
    is_judge: boolean;
    mine: number;
  }>(
    db,
    sql`with judged as (
        select s.inspection_id, s.id as site_id, count(sc.judge_id)::int as n,
          bool_or(sc.judge_id = ${me}::uuid) as mine
        from ${inspectionSites} s left join ${inspectionScores} sc on sc.site_id = s.id
        group by s.inspection_id, s.id
      ), panel as (
        select inspection_id, count(*)::int as judges, bool_or(user_id = ${me}::uuid) as is_judge
        from ${inspectionJudges} group by inspection_id
      )
      select i.id, i.name, i.period, i.group_id, i.status,
        (select count(*) from judged j where j.inspection_id = i.id)::int as sites,
        coalesce(p.judges, 0) as judges,
        (select count(*) from judged j where j.inspection_id = i.id and j.n >= coalesce(p.judges, 0))::int as complete,
        coalesce(p.is_judge, false) as is_judge,
        (select count(*) from judged j where j.inspection_id = i.id and j.mine)::int as mine
      from ${inspections} i left join panel p on p.inspection_id = i.id
      where ${seesAll(ctx)}::boolean or coalesce(p.is_judge, false)
      order by i.created_at desc`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      period: r.period,
      groupId: r.group_id,
      status: r.status,
      sites: r.sites,
      judges: r.judges,
      complete: r.complete,
      isJudge: r.is_judge,
      mine: r.mine,
    })),
  };
}

/** A judge scores a site on the sheet (again, to correct, while the inspection is open). */
export async function scoreSite(db: Db, ctx: Ctx, id: string, siteId: string, marks: Record<string, string>) {
  await db.transaction(async (tx) => {
    const [ins] = await tx.select().from(inspections).where(eq(inspections.id, id)).for('update');
    if (!ins) throw notFound('inspection');
    if (ins.status !== 'open')
      throw new AppError('INSPECTION_CLOSED', 'The inspection is closed; its scores are final');
    const [judge] = await tx
      .select()
      .from(inspectionJudges)
      .where(and(eq(inspectionJudges.inspectionId, id), eq(inspectionJudges.userId, ctx.principal.id)));
    if (!judge) throw new AppError('FORBIDDEN', 'Only the inspection’s judges score its sites');
    const [site] = await tx
      .select()
      .from(inspectionSites)
      .where(and(eq(inspectionSites.id, siteId), eq(inspectionSites.inspectionId, id)));
    if (!site) throw notFound('site');
    const problems = scoreProblems(ins.sheet, marks);
    if (problems.length) {
      throw new AppError(
        'INSPECTION_SCORE_INVALID',
        `${problems.length} mark(s) are not on the sheet's scale`,
        { problems },
        problems.map((p) => ({
          path: `body.marks.${p.criterion}`,
          message: p.max ? `${p.value} is not within 0–${p.max}` : p.reason,
          code: p.reason,
        })),
      );
    }
    const total = pts(sheetTotal(ins.sheet, marks)) as string;
    const clean = Object.fromEntries(ins.sheet.map((c) => [c.key, marks[c.key] as string]));
    await tx
      .insert(inspectionScores)
      .values({ siteId, judgeId: ctx.principal.id, marks: clean, total, submittedAt: ctx.now })
      .onConflictDoUpdate({
        target: [inspectionScores.siteId, inspectionScores.judgeId],
        set: { marks: clean, total, submittedAt: ctx.now },
      });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'inspection.score',
        entityType: 'inspection',
        entityId: id,
        diff: { siteId, marks: clean, total },
      },
      ctx.now,
    );
  });
}

export async function closeInspection(db: Db, ctx: Ctx, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(inspections)
      .set({ status: 'closed', closedAt: ctx.now })
      .where(and(eq(inspections.id, id), eq(inspections.status, 'open')))
      .returning({ id: inspections.id });
    if (!row) throw new AppError('INSPECTION_CLOSED', 'No open inspection with this id');
    await appendAudit(
      tx,
      ctx.actor,
      { action: 'inspection.close', entityType: 'inspection', entityId: id, diff: {} },
      ctx.now,
    );
  });
}
