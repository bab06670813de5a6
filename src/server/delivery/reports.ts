import { and, asc, eq } from 'drizzle-orm';
import { fundsWarnings } from '../../domain/delivery/funds';
import {
  checkFiling,
  closeDate,
  dueDate,
  monthOf,
  monthStatus,
  monthsBetween,
} from '../../domain/delivery/report-month';
import { usdCentsToFen } from '../../domain/delivery/rates';
import { fenToYuan, normaliseYuan, yuanToFen } from '../../domain/money/money';
import { shanghaiDate } from '../../domain/time';
import { changedFields } from '../audit/diff';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { monthlyReports } from '../db/schema/delivery';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';
import { projectRepo, type ProjectRow } from '../projects/repo';
import { getSetting } from '../settings/service';
import { refreshSummary } from './summary';
import type { ReportInput, ReportView } from './schemas';

type ReportRow = typeof monthlyReports.$inferSelect;
const firstDay = (month: string) => `${month}-01`;
const domesticFen = (r: Pick<ReportRow, 'fundsOutOfProvince' | 'fundsInProvince' | 'fundsLocal'>) =>
  yuanToFen(r.fundsOutOfProvince) + yuanToFen(r.fundsInProvince) + yuanToFen(r.fundsLocal);

/** A project the caller may report on: in scope and signed. */
export async function signedProject(
  db: Executor,
  ctx: Ctx,
  id: string,
  forUpdate = false,
): Promise<ProjectRow> {
  const found = await projectRepo(db, ctx.scope).findById(id, { forUpdate });
  if (!found) throw notFound('project');
  if (!found.project.signedOn) {
    throw new AppError('PROJECT_NOT_SIGNED', 'Only a signed project has milestones and monthly reports', {
      stage: found.project.stage,
    });
  }
  return found.project;
}

async function reportRows(db: Executor, projectId: string) {
  return db
    .select({ r: monthlyReports, filedBy: users.displayName })
    .from(monthlyReports)
    .innerJoin(users, eq(users.id, monthlyReports.filedBy))
    .where(eq(monthlyReports.projectId, projectId))
    .orderBy(asc(monthlyReports.month));
}

/** The reports of a project, with the cumulative funds derived month by month, and every month's status. */
export async function listReports(db: Db, ctx: Ctx, projectId: string) {
  const p = await signedProject(db, ctx, projectId);
  const rows = await reportRows(db, projectId);
  const photoIds = [...new Set(rows.flatMap((x) => x.r.photoFileIds))];
  const photos = new Map(
    (photoIds.length ? await projectRepo(db, ctx.scope).filesOf(projectId, photoIds) : []).map((f) => [
      f.id,
      f,
    ]),
  );
  let cumFen = 0n;
  let cumUsd = 0n;
  const reports: ReportView[] = rows.map(({ r, filedBy }) => {
    cumFen += domesticFen(r);
    cumUsd += yuanToFen(r.fundsForeignUsd);
    return {
      id: r.id,
      projectId: r.projectId,
      month: monthOf(r.month),
      fundsOutOfProvince: r.fundsOutOfProvince,
      fundsInProvince: r.fundsInProvince,
      fundsLocal: r.fundsLocal,
      fundsForeignUsd: r.fundsForeignUsd,
      fundsDomestic: fenToYuan(domesticFen(r)),
      cumulativeDomestic: fenToYuan(cumFen),
      cumulativeForeignUsd: fenToYuan(cumUsd),
      workDone: r.workDone,
      problems: r.problems,
      photos: r.photoFileIds.flatMap((id) => {
        const f = photos.get(id);
        return f ? [{ id: f.id, name: f.name, mime: f.mime, size: f.size }] : [];
      }),
      filedBy,
      filedAt: r.filedAt.toISOString(),
      late: r.late,
      correctedAt: r.correctedAt?.toISOString() ?? null,
      correctionReason: r.correctionReason,
      version: r.version,
    };
  });
  const today = shanghaiDate(ctx.now);
  const schedule = await getSetting(db, 'reports.schedule');
  const filed = new Set(reports.map((r) => r.month));
  const signedMonth = monthOf(p.signedOn ?? today);
  const months = monthsBetween(signedMonth, monthOf(today))
    .reverse()
    .map((month) => ({
      month,
      status: monthStatus(month, today, schedule),
      dueOn: dueDate(month, schedule),
      closesOn: closeDate(month, schedule),
      filed: filed.has(month),
    }));
  return {
    reports: reports.reverse(),
    months,
    contractedInvestment: p.contractedInvestment,
    totalDomestic: fenToYuan(cumFen),
    totalForeignUsd: fenToYuan(cumUsd),
    statsEnteredOn: p.statsEnteredOn,
    aboveScaleOn: p.aboveScaleOn,
  };
}

/**
 * Files (or changes) the report of one month. Checked before anything is written: the month is
 * neither in the future nor before the signing, an open month or a city administrator with a reason
 * for a closed one, photos are images of this project, and implausible funds are confirmed.
 */
export async function fileReport(db: Db, ctx: Ctx, projectId: string, month: string, input: ReportInput) {
  const today = shanghaiDate(ctx.now);
  const [schedule, sanity, usdSettings] = await Promise.all([
    getSetting(db, 'reports.schedule'),
    getSetting(db, 'reports.fundsSanity'),
    getSetting(db, 'rates.definitions'),
  ]);
  await db.transaction(async (tx) => {
    const p = await signedProject(tx, ctx, projectId, true);
    const isCityAdmin = ctx.principal.role === 'city_admin';
    const denial = checkFiling({ month, today, signedOn: p.signedOn, isCityAdmin }, schedule);
    if (denial) {
      const { code, ...params } = denial;
      const message =
        code === 'REPORT_MONTH_FUTURE'
          ? `The month ${month} has not begun`
          : code === 'REPORT_MONTH_BEFORE_SIGNING'
            ? `The month ${month} is before the signing (${p.signedOn})`
            : `The month ${month} closed on ${closeDate(month, schedule)}; only a city administrator corrects it`;
      throw new AppError(code, message, params, [
        { path: 'params.month', message, code: code.toLowerCase() },
      ]);
    }
    const locked = monthStatus(month, today, schedule) === 'locked';
    if (locked && !input.correctionReason) {
      throw new AppError(
        'REASON_REQUIRED',
        `The month ${month} is closed: give the reason for the correction`,
        { month },
        [{ path: 'body.correctionReason', message: 'required to correct a closed month', code: 'required' }],
      );
    }
    const repo = projectRepo(tx, ctx.scope);
    const photos = input.photoFileIds.length ? await repo.filesOf(projectId, input.photoFileIds) : [];
    const badPhoto =
      input.photoFileIds.find((id) => !photos.some((f) => f.id === id)) ??
      photos.find((f) => !f.mime.startsWith('image/'))?.id;
    if (badPhoto) {
      throw new AppError(
        'EVIDENCE_INVALID',
        `File ${badPhoto} is not a photo uploaded for this project`,
        { fileId: badPhoto },
        [
          {
            path: 'body.photoFileIds',
            message: `not a photo of this project: ${badPhoto}`,
            code: 'evidence_invalid',
          },
        ],
      );
    }
    const [existing] = await tx
      .select()
      .from(monthlyReports)
      .where(and(eq(monthlyReports.projectId, projectId), eq(monthlyReports.month, firstDay(month))))
      .for('update');
    if (existing && input.version !== existing.version) {
      throw new AppError('VERSION_CONFLICT', 'This month’s report was changed by someone else; reload it', {
        currentVersion: existing.version,
      });
    }
    const values = {
      fundsOutOfProvince: normaliseYuan(input.fundsOutOfProvince),
      fundsInProvince: normaliseYuan(input.fundsInProvince),
      fundsLocal: normaliseYuan(input.fundsLocal),
      fundsForeignUsd: normaliseYuan(input.fundsForeignUsd),
      workDone: input.workDone,
      problems: input.problems ?? null,
      photoFileIds: photos.map((f) => f.id),
    };
    if (!input.confirmLargeFunds) {
      const others = (await reportRows(tx, projectId)).filter(({ r }) => monthOf(r.month) !== month);
      const usdFen = (usd: string) => usdCentsToFen(yuanToFen(usd), usdSettings.funding.usdToCny);
      const warnings = fundsWarnings(
        {
          monthFen: domesticFen(values) + usdFen(values.fundsForeignUsd),
          otherMonthsFen: others.reduce((a, { r }) => a + domesticFen(r) + usdFen(r.fundsForeignUsd), 0n),
          contractedFen: p.contractedInvestment ? yuanToFen(p.contractedInvestment) : null,
        },
        sanity,
      );
      if (warnings.length) {
        const w = warnings.map((x) =>
          x.code === 'above_monthly_bound'
            ? { code: x.code, month: fenToYuan(x.monthFen), bound: fenToYuan(x.boundFen) }
            : {
                code: x.code,
                cumulative: fenToYuan(x.cumulativeFen),
                contracted: fenToYuan(x.contractedFen),
              },
        );
        throw new AppError(
          'FUNDS_NEED_CONFIRMATION',
          'These funds look implausible: check them, then confirm',
          { warnings: w },
          w.map((x) => ({
            path: 'body.fundsOutOfProvince',
            message:
              x.code === 'above_monthly_bound'
                ? `this month's funds ${x.month} exceed the bound ${x.bound}`
                : `funds arrived would reach ${x.cumulative}, beyond the contracted ${x.contracted}`,
            code: x.code,
          })),
        );
      }
    }
    const correction = locked
      ? { correctedAt: ctx.now, correctionReason: input.correctionReason ?? null }
      : {};
    let saved: ReportRow | undefined;
    if (existing) {
      [saved] = await tx
        .update(monthlyReports)
        .set({ ...values, ...correction, version: existing.version + 1, updatedAt: ctx.now })
        .where(and(eq(monthlyReports.id, existing.id), eq(monthlyReports.version, existing.version)))
        .returning();
    } else {
      [saved] = await tx
        .insert(monthlyReports)
        .values({
          ...values,
          ...correction,
          projectId,
          regionId: p.regionId,
          month: firstDay(month),
          filedBy: ctx.principal.id,
          filedAt: ctx.now,
          late: today > dueDate(month, schedule),
          updatedAt: ctx.now,
        })
        .returning();
    }
    if (!saved)
      throw new AppError('VERSION_CONFLICT', 'This month’s report was changed by someone else; reload it');
    await refreshSummary(tx, projectId);
    const pick = (r: ReportRow): Record<string, unknown> => ({
      fundsOutOfProvince: r.fundsOutOfProvince,
      fundsInProvince: r.fundsInProvince,
      fundsLocal: r.fundsLocal,
      fundsForeignUsd: r.fundsForeignUsd,
      workDone: r.workDone,
      problems: r.problems,
      photoFileIds: r.photoFileIds,
    });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: locked ? 'report.correct' : existing ? 'report.update' : 'report.file',
        entityType: 'monthly_report',
        entityId: saved.id,
        regionId: p.regionId,
        diff: {
          projectId,
          month,
          ...(locked ? { reason: input.correctionReason } : {}),
          changes: existing ? changedFields(pick(existing), pick(saved)) : pick(saved),
        },
      },
      ctx.now,
    );
  });
  return listReports(db, ctx, projectId);
}
