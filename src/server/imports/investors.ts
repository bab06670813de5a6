import { createHash } from 'node:crypto';
import { and, isNull, sql } from 'drizzle-orm';
import { normaliseInvestorName } from '../../domain/duplicates/similarity';
import { originRegionOf } from '../../domain/investors/fields';
import { parseInvestorSheet, type ImportedInvestor } from '../../domain/imports/investor-sheet';
import type { ImportProblem } from '../../domain/imports/sheet';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import { pgArray } from '../db/arrays';
import type { Db } from '../db/client';
import { investors } from '../db/schema/investors';
import { AppError } from '../http/errors';
import { getSetting } from '../settings/service';
import { readFirstSheet } from './sheet-reader';

export type InvestorImportReport = {
  dryRun: boolean;
  sheetName: string;
  rows: number;
  valid: number;
  problems: ImportProblem[];
  ignoredColumns: string[];
  preview: ImportedInvestor[];
  created: number;
};

/** Imports investors (客商库) from .xlsx: dry run lists every problem; a commit is all or nothing. */
export async function importInvestors(
  db: Db,
  ctx: Ctx,
  bytes: Buffer,
  opts: { dryRun: boolean; fileName: string; maxRows?: number },
): Promise<InvestorImportReport> {
  const sheet = await readFirstSheet(bytes, opts.maxRows ?? (await getSetting(db, 'imports.maxRows')));
  const parsed = parseInvestorSheet(sheet.header, sheet.rows);
  const codes = parsed.investors.map((i) => i.creditCode).filter((c): c is string => Boolean(c));
  const taken = codes.length
    ? await db
        .select({ code: investors.creditCode, name: investors.name })
        .from(investors)
        .where(
          and(isNull(investors.deletedAt), sql`${investors.creditCode} = any(${pgArray(codes)}::text[])`),
        )
    : [];
  const takenBy = new Map(taken.map((t) => [t.code, t.name]));
  const clash = parsed.investors
    .filter((i) => i.creditCode && takenBy.has(i.creditCode))
    .map((i) => ({
      row: i.row,
      column: '统一社会信用代码',
      value: i.creditCode ?? '',
      reason: `already registered to ${takenBy.get(i.creditCode ?? '')}`,
    }));
  const problems = [...sheet.problems, ...parsed.problems, ...clash].sort((a, b) => a.row - b.row);
  const bad = new Set(problems.map((p) => p.row));
  const valid = parsed.investors.filter((i) => !bad.has(i.row));
  const report: InvestorImportReport = {
    dryRun: opts.dryRun,
    sheetName: sheet.sheetName,
    rows: parsed.investors.length + new Set(parsed.problems.map((p) => p.row)).size,
    valid: valid.length,
    problems,
    ignoredColumns: parsed.ignoredColumns,
    preview: valid.slice(0, 20),
    created: 0,
  };
  if (opts.dryRun) return report;
  if (problems.length) {
    throw new AppError('IMPORT_INVALID', `${problems.length} problems in the sheet; nothing was imported`, {
      problems: problems.slice(0, 1000),
      total: problems.length,
    });
  }
  if (valid.length === 0) throw new AppError('IMPORT_INVALID', 'No rows to import', { problems: [] });
  const ownerRegionId = ctx.scope.kind === 'regions' ? (ctx.scope.regionIds[0] ?? null) : null;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < valid.length; i += 500) {
      const rows = await tx
        .insert(investors)
        .values(
          valid.slice(i, i + 500).map((v) => ({
            name: v.name,
            normalizedName: normaliseInvestorName(v.name),
            creditCode: v.creditCode,
            kind: v.kind,
            originProvince: v.originProvince,
            originCountry: v.originCountry,
            originRegion: originRegionOf(v.originProvince, v.originCountry),
            ownership: v.ownership,
            fortune500: v.fortune500,
            china500: v.china500,
            listed: v.listed,
            industry: v.industry,
            contacts: v.contact ? [v.contact] : [],
            ownerRegionId,
            createdBy: ctx.principal.id,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })),
        )
        .returning({ id: investors.id });
      ids.push(...rows.map((r) => r.id));
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'investor.import',
        entityType: 'import',
        entityId: sha256,
        regionId: ownerRegionId,
        diff: { fileName: opts.fileName, sha256, rows: ids.length, investorIds: ids },
      },
      ctx.now,
    );
  });
  return { ...report, created: valid.length };
}
