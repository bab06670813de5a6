import { createHash, randomUUID } from 'node:crypto';
import { and, asc, inArray, isNull, or, sql } from 'drizzle-orm';
import { findDuplicateCandidates, type Claim } from '../../domain/duplicates/candidates';
import { normaliseInvestorName } from '../../domain/duplicates/similarity';
import {
  parseProjectSheet,
  type ImportedProject,
  type ImportProblem,
} from '../../domain/imports/project-sheet';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { pgArray } from '../db/arrays';
import type { Db, Tx } from '../db/client';
import { duplicateCandidates } from '../db/schema/duplicates';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { AppError } from '../http/errors';
import { getSetting } from '../settings/service';
import { readFirstSheet } from './sheet-reader';

export type ImportReport = {
  dryRun: boolean;
  sheetName: string;
  rows: number;
  valid: number;
  problems: ImportProblem[];
  ignoredColumns: string[];
  preview: ImportedProject[];
  created: number;
  duplicatesFlagged: number;
};

/** Parses and validates the sheet: the dry run's answer, and the commit's precondition. */
async function validate(db: Db, ctx: Ctx, bytes: Buffer, maxRows: number) {
  const sheet = await readFirstSheet(bytes, maxRows);
  const regionList = await db
    .select({ id: regions.id, name: regions.name, kind: regions.kind })
    .from(regions);
  const parsed = parseProjectSheet(sheet.header, sheet.rows, {
    regions: regionList.filter((r) => r.kind !== 'city'),
    allowedRegionIds: ctx.scope.kind === 'regions' ? ctx.scope.regionIds : null,
  });
  const today = shanghaiDate(ctx.now);
  const future = parsed.projects
    .filter((p) => p.signedOn && p.signedOn > today)
    .map((p) => ({
      row: p.row,
      column: '签约日期',
      value: p.signedOn ?? '',
      reason: `after today (${today})`,
    }));
  const problems = [...sheet.problems, ...parsed.problems, ...future].sort((a, b) => a.row - b.row);
  const bad = new Set(problems.map((p) => p.row));
  return { sheet, parsed, problems, valid: parsed.projects.filter((p) => !bad.has(p.row)) };
}

/**
 * Imports projects from an .xlsx: a dry run lists every problem (row, column, value, reason)
 * and writes nothing; a commit with any problem is refused whole; a clean commit inserts every
 * row in one transaction (bulk `unnest`), records signed rows' lifecycle steps, flags duplicate
 * claims, and appends one audit event naming every project created.
 */
export async function importProjects(
  db: Db,
  ctx: Ctx,
  bytes: Buffer,
  opts: { dryRun: boolean; fileName: string; maxRows?: number },
): Promise<ImportReport> {
  const { sheet, parsed, problems, valid } = await validate(
    db,
    ctx,
    bytes,
    opts.maxRows ?? (await getSetting(db, 'imports.maxRows')),
  );
  const report: ImportReport = {
    dryRun: opts.dryRun,
    sheetName: sheet.sheetName,
    rows: sheet.rows.filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== '')).length,
    valid: valid.length,
    problems,
    ignoredColumns: parsed.ignoredColumns,
    preview: valid.slice(0, 20),
    created: 0,
    duplicatesFlagged: 0,
  };
  if (opts.dryRun) return report;
  if (problems.length) {
    throw new AppError('IMPORT_INVALID', `${problems.length} problems in the sheet; nothing was imported`, {
      problems: problems.slice(0, 1000),
      total: problems.length,
    });
  }
  if (valid.length === 0) throw new AppError('IMPORT_INVALID', 'No rows to import', { problems: [] });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = await db.transaction(async (tx) => {
    const ids = valid.map(() => randomUUID());
    await insertProjects(tx, ctx, valid, ids);
    await insertImportTransitions(tx, ctx, valid, ids);
    const flagged = await flagDuplicates(tx, valid, ids);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.import',
        entityType: 'import',
        entityId: sha256,
        regionId: ctx.scope.kind === 'regions' ? (ctx.scope.regionIds[0] ?? null) : null,
        diff: {
          fileName: opts.fileName,
          sha256,
          rows: valid.length,
          projectIds: ids,
          duplicatesFlagged: flagged,
        },
      },
      ctx.now,
    );
    return flagged;
  });
  // The embedded database has no autovacuum: refresh the planner's statistics after a bulk load.
  await db.execute(sql`analyze projects, project_transitions, duplicate_candidates`);
  return { ...report, created: valid.length, duplicatesFlagged: result };
}

async function insertProjects(tx: Tx, ctx: Ctx, rows: readonly ImportedProject[], ids: readonly string[]) {
  const BATCH = 5000;
  const owner = ctx.principal.role === 'county_officer' ? ctx.principal.id : null;
  for (let start = 0; start < rows.length; start += BATCH) {
    const part = rows.slice(start, start + BATCH);
    const col = <T>(f: (r: ImportedProject, i: number) => T) =>
      pgArray(part.map((r, i) => f(r, start + i) as never));
    await tx.execute(sql`
      insert into projects (id, code, name, region_id, industry_category, strategic_emerging, industry, investor_name,
        investor_normalized, investor_credit_code, total_investment, contracted_investment, land_situation,
        signing_type, signed_on, start_by, promotion_methods, description, stage, last_transition_on, owner_id,
        created_by, created_at, updated_at)
      select t.id, 'NY' || to_char(${ctx.now}::timestamptz at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('project_code_seq')::text, 5, '0'),
        t.name, t.region_id, t.cat::industry_category, t.se, t.industry, t.investor, t.investor_n, t.code, t.total, t.contracted,
        t.land::land_situation, t.st::signing_type, t.signed_on, t.start_by, t.methods::promotion_method[], t.description,
        (case when t.signed_on is null then 'lead' else 'signed' end)::stage, t.signed_on, ${owner}::uuid,
        ${ctx.principal.id}::uuid, ${ctx.now}::timestamptz, ${ctx.now}::timestamptz
      from unnest(
        ${col((_r, i) => ids[i])}::uuid[], ${col((r) => r.name)}::text[], ${col((r) => r.regionId)}::text[],
        ${col((r) => r.industryCategory)}::text[], ${col((r) => r.strategicEmerging)}::boolean[], ${col((r) => r.industry)}::text[],
        ${col((r) => r.investorName)}::text[], ${col((r) => normaliseInvestorName(r.investorName))}::text[],
        ${col((r) => r.investorCreditCode)}::text[], ${col((r) => r.totalInvestment)}::numeric[],
        ${col((r) => r.contractedInvestment)}::numeric[], ${col((r) => r.landSituation)}::text[], ${col((r) => r.signingType)}::text[],
        ${col((r) => r.signedOn)}::date[], ${col((r) => r.startBy)}::date[], ${col((r) => pgArray(r.promotionMethods))}::text[],
        ${col((r) => r.description)}::text[]
      ) with ordinality as t(id, name, region_id, cat, se, industry, investor, investor_n, code, total, contracted, land, st,
        signed_on, start_by, methods, description, ord)
      order by t.ord`);
  }
}

/** A signed row enters with its two pipeline steps (lead → 在谈 → 签约) dated the signing date. */
async function insertImportTransitions(
  tx: Tx,
  ctx: Ctx,
  rows: readonly ImportedProject[],
  ids: readonly string[],
) {
  const steps: { projectId: string; from: string; to: string; on: string }[] = [];
  rows.forEach((r, i) => {
    const id = ids[i];
    if (!r.signedOn || !id) return;
    steps.push({ projectId: id, from: 'lead', to: 'negotiating', on: r.signedOn });
    steps.push({ projectId: id, from: 'negotiating', to: 'signed', on: r.signedOn });
  });
  if (steps.length === 0) return;
  await tx.execute(sql`
    insert into project_transitions (project_id, from_stage, to_stage, occurred_on, note, actor_id, created_at)
    select t.p, t.f::stage, t.t::stage, t.d, 'Excel导入', ${ctx.principal.id}::uuid, ${ctx.now}::timestamptz
    from unnest(${pgArray(steps.map((s) => s.projectId))}::uuid[], ${pgArray(steps.map((s) => s.from))}::text[],
      ${pgArray(steps.map((s) => s.to))}::text[], ${pgArray(steps.map((s) => s.on))}::date[]) as t(p, f, t, d)`);
}

/** Compares every imported row with earlier claims of the same investor (existing, or earlier rows of the file). */
async function flagDuplicates(tx: Tx, rows: readonly ImportedProject[], ids: readonly string[]) {
  const names = [...new Set(rows.map((r) => normaliseInvestorName(r.investorName)).filter(Boolean))];
  const codes = [...new Set(rows.map((r) => r.investorCreditCode).filter((c): c is string => Boolean(c)))];
  const existing = await tx
    .select()
    .from(projects)
    .where(
      and(
        isNull(projects.deletedAt),
        isNull(projects.mergedIntoId),
        or(
          names.length ? inArray(projects.investorNormalized, names) : undefined,
          codes.length ? inArray(projects.investorCreditCode, codes) : undefined,
        ),
        sql`not (${projects.id} = any(${pgArray(ids)}::uuid[]))`,
      ),
    )
    .orderBy(asc(projects.createdAt));
  const byKey = new Map<string, Claim[]>();
  const keyOf = (name: string) => normaliseInvestorName(name);
  const add = (key: string, c: Claim) => byKey.set(key, [...(byKey.get(key) ?? []), c]);
  for (const p of existing) {
    add(p.investorNormalized ?? keyOf(p.investorName), { ...p });
    if (p.investorCreditCode) add(`code:${p.investorCreditCode}`, { ...p });
  }
  const thresholds = await getSetting(tx, 'duplicates.thresholds');
  const found: (typeof duplicateCandidates.$inferInsert)[] = [];
  rows.forEach((r, i) => {
    const id = ids[i];
    if (!id) return;
    const claim: Claim = {
      id,
      name: r.name,
      regionId: r.regionId,
      investorName: r.investorName,
      investorCreditCode: r.investorCreditCode,
      signedOn: r.signedOn,
    };
    const pool = [
      ...(byKey.get(keyOf(r.investorName)) ?? []),
      ...(r.investorCreditCode ? (byKey.get(`code:${r.investorCreditCode}`) ?? []) : []),
    ];
    const unique = [...new Map(pool.map((c) => [c.id, c])).values()];
    for (const c of findDuplicateCandidates(claim, unique, thresholds)) {
      found.push({
        projectId: id,
        otherId: c.otherId,
        score: c.score,
        nameSimilarity: c.nameSimilarity.toFixed(4),
        reasons: c.reasons,
        foundAt: 'import',
      });
    }
    add(keyOf(r.investorName), claim);
    if (r.investorCreditCode) add(`code:${r.investorCreditCode}`, claim);
  });
  for (let i = 0; i < found.length; i += 1000) {
    await tx
      .insert(duplicateCandidates)
      .values(found.slice(i, i + 1000))
      .onConflictDoNothing();
  }
  return found.length;
}
