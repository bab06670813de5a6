import { eq } from 'drizzle-orm';
import { applyTransition, checkTransition } from '../../domain/lifecycle/transitions';
import { isMilestone, type Milestone } from '../../domain/delivery/milestones';
import { normaliseYuan, yuanToFen } from '../../domain/money/money';
import { shanghaiDate } from '../../domain/time';
import { changedFields } from '../audit/diff';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Tx } from '../db/client';
import { regions } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import { assertOwner, investorFields } from './links';
import { projectRepo, type ProjectRow } from './repo';
import { detectDuplicates } from '../duplicates/detect';
import { markTargetSigned } from '../atlas/signed';
import { recordMilestoneReached } from '../delivery/milestones-repo';
import { overdueMilestones } from '../delivery/overdue';
import { normaliseInvestorName } from '../../domain/duplicates/similarity';
import type {
  ProjectCreate,
  ProjectDetail,
  ProjectListQuery,
  ProjectPatch,
  TransitionInput,
} from './schemas';
import { toDetail, toSummary } from './view';

/** What the audit trail records of a project: its business fields, not bookkeeping. */
function auditable(p: ProjectRow): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, version: _v, ...rest } = p;
  return rest;
}

async function assertRegionExists(db: Db, regionId: string) {
  const [r] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
  if (!r) {
    throw new AppError('VALIDATION_FAILED', `Unknown region ${regionId}`, { regionId }, [
      { path: 'body.regionId', message: `unknown region "${regionId}"`, code: 'unknown_region' },
    ]);
  }
}

const money = (v: string | null | undefined) => (v === null || v === undefined ? v : normaliseYuan(v));

export async function listProjects(db: Db, ctx: Ctx, query: ProjectListQuery) {
  const today = shanghaiDate(ctx.now);
  const { items, total } = await projectRepo(db, ctx.scope).list(query, today);
  const overdue = await overdueByProject(
    db,
    ctx,
    items.map((r) => r.project.id),
  );
  return {
    items: items.map((r) => ({
      ...toSummary(r.project, r.regionName, today),
      overdueMilestones: overdue.get(r.project.id) ?? [],
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getProject(db: Db, ctx: Ctx, id: string): Promise<ProjectDetail> {
  const repo = projectRepo(db, ctx.scope);
  const row = await repo.findById(id);
  if (!row) throw notFound('project');
  const [detail, overdue] = await Promise.all([
    toDetail(repo, row.project, row.regionName, shanghaiDate(ctx.now)),
    overdueByProject(db, ctx, [id]),
  ]);
  return { ...detail, overdueMilestones: overdue.get(id) ?? [] };
}

/** The overdue milestones of some projects (the rule of the delivery views), by project. */
async function overdueByProject(db: Db, ctx: Ctx, ids: string[]) {
  const out = new Map<string, Milestone[]>();
  if (!ids.length) return out;
  for (const o of await overdueMilestones(db, ctx, { projectIds: ids })) {
    out.set(o.projectId, [...(out.get(o.projectId) ?? []), o.milestone]);
  }
  return out;
}

export async function createProject(db: Db, ctx: Ctx, input: ProjectCreate): Promise<ProjectDetail> {
  const { id } = await recordNewProject(db, ctx, input);
  return getProject(db, ctx, id);
}

/**
 * Creates a project (one transaction, audited, duplicates checked) and answers its id and version.
 * `alongside` runs in the same transaction (e.g. a lead started from an atlas target tags its node).
 */
export async function recordNewProject(
  db: Db,
  ctx: Ctx,
  input: ProjectCreate,
  alongside?: (tx: Tx, projectId: string) => Promise<void>,
): Promise<{ id: string; version: number }> {
  // A county officer's project always belongs to the officer's region.
  const ownRegion =
    ctx.scope.kind === 'regions' && ctx.scope.regionIds.length === 1 ? ctx.scope.regionIds[0] : undefined;
  const regionId = ownRegion ?? input.regionId;
  await assertRegionExists(db, regionId);
  await assertOwner(db, input.ownerId);
  const linked = await investorFields(db, ctx, input);
  const id = await db.transaction(async (tx) => {
    const repo = projectRepo(tx, ctx.scope);
    const row = await repo.insert({
      ...input,
      ...linked,
      ownerId: input.ownerId ?? (ctx.principal.role === 'county_officer' ? ctx.principal.id : null),
      regionId,
      investorNormalized: normaliseInvestorName(linked.investorName ?? input.investorName),
      totalInvestment: normaliseYuan(input.totalInvestment),
      contractedInvestment: money(input.contractedInvestment),
      stage: 'lead',
      createdBy: ctx.principal.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.create',
        entityType: 'project',
        entityId: row.id,
        regionId: row.regionId,
        diff: { before: null, after: auditable(row) },
      },
      ctx.now,
    );
    await detectDuplicates(tx, row.id, 'create');
    if (alongside) await alongside(tx, row.id);
    return row.id;
  });
  return { id, version: 1 };
}

export async function updateProject(
  db: Db,
  ctx: Ctx,
  id: string,
  input: ProjectPatch,
): Promise<ProjectDetail> {
  const { version, ...patch } = input;
  if (patch.regionId) await assertRegionExists(db, patch.regionId);
  await assertOwner(db, patch.ownerId);
  const linked = await investorFields(db, ctx, patch);
  await db.transaction(async (tx) => {
    const repo = projectRepo(tx, ctx.scope);
    const current = await repo.findById(id, { forUpdate: true });
    if (!current) throw notFound('project');
    if (current.project.version !== version) {
      throw new AppError('VERSION_CONFLICT', 'The project was changed by someone else; reload it', {
        currentVersion: current.project.version,
      });
    }
    const investorName = linked.investorName ?? patch.investorName;
    const values = {
      ...patch,
      ...linked,
      ...(investorName ? { investorNormalized: normaliseInvestorName(investorName) } : {}),
      ...(patch.totalInvestment ? { totalInvestment: normaliseYuan(patch.totalInvestment) } : {}),
      ...('contractedInvestment' in patch ? { contractedInvestment: money(patch.contractedInvestment) } : {}),
      updatedAt: ctx.now,
    };
    const updated = await repo.update(id, version, values);
    if (!updated)
      throw new AppError('VERSION_CONFLICT', 'The project was changed by someone else; reload it');
    const diff = changedFields(auditable(current.project), auditable(updated));
    if (['name', 'investorName', 'investorCreditCode'].some((k) => k in diff))
      await detectDuplicates(tx, id, 'update');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.update',
        entityType: 'project',
        entityId: id,
        regionId: updated.regionId,
        diff: { changes: diff },
      },
      ctx.now,
    );
  });
  return getProject(db, ctx, id);
}

export async function deleteProject(
  db: Db,
  ctx: Ctx,
  id: string,
  version: number | undefined,
): Promise<void> {
  await db.transaction(async (tx) => {
    const repo = projectRepo(tx, ctx.scope);
    const current = await repo.findById(id, { forUpdate: true });
    if (!current) throw notFound('project');
    const v = version ?? current.project.version;
    const deleted = await repo.update(id, v, { deletedAt: ctx.now, updatedAt: ctx.now });
    if (!deleted)
      throw new AppError('VERSION_CONFLICT', 'The project was changed by someone else; reload it');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.delete',
        entityType: 'project',
        entityId: id,
        regionId: current.project.regionId,
        diff: { before: auditable(current.project), after: null },
      },
      ctx.now,
    );
  });
}

export async function transitionProject(
  db: Db,
  ctx: Ctx,
  id: string,
  input: TransitionInput,
): Promise<ProjectDetail> {
  await recordTransition(db, ctx, id, input);
  return getProject(db, ctx, id);
}

/** Applies one lifecycle transition (checked, audited, in one transaction) and answers the new version. */
export async function recordTransition(
  db: Db,
  ctx: Ctx,
  id: string,
  input: TransitionInput,
): Promise<number> {
  const today = shanghaiDate(ctx.now);
  const newVersion = await db.transaction(async (tx) => {
    const repo = projectRepo(tx, ctx.scope);
    const current = await repo.findById(id, { forUpdate: true });
    if (!current) throw notFound('project');
    const p = current.project;
    if (p.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'The project was changed by someone else; reload it', {
        currentVersion: p.version,
      });
    }
    const evidence = input.evidenceFileIds.length ? await repo.filesOf(id, input.evidenceFileIds) : [];
    const contractFileId = input.signing?.contractFileId;
    if (contractFileId && (await repo.filesOf(id, [contractFileId])).length === 0) {
      throw new AppError(
        'EVIDENCE_INVALID',
        `File ${contractFileId} is not an upload of this project`,
        { fileId: contractFileId },
        [
          {
            path: 'body.signing.contractFileId',
            message: `unknown file ${contractFileId}`,
            code: 'evidence_invalid',
          },
        ],
      );
    }
    if (evidence.length !== new Set(input.evidenceFileIds).size) {
      const known = new Set(evidence.map((f) => f.id));
      const bad = input.evidenceFileIds.find((f) => !known.has(f));
      throw new AppError(
        'EVIDENCE_INVALID',
        `File ${bad} is not an upload of this project`,
        { fileId: bad },
        [{ path: 'body.evidenceFileIds', message: `unknown file ${bad}`, code: 'evidence_invalid' }],
      );
    }
    if (isMilestone(input.to) && p.signedOn && input.date < p.signedOn) {
      throw new AppError(
        'DATE_BEFORE_SIGNING',
        `The date ${input.date} is before the signing on ${p.signedOn}`,
        { date: input.date, signedOn: p.signedOn },
        [{ path: 'body.date', message: `before the signing on ${p.signedOn}`, code: 'date_before_signing' }],
      );
    }
    const check = checkTransition(
      {
        stage: p.stage,
        stageBeforeStall: p.stageBeforeStall,
        landSituation: p.landSituation,
        lastTransitionOn: p.lastTransitionOn,
      },
      {
        to: input.to,
        date: input.date,
        today,
        reason: input.reason,
        evidenceCount: evidence.length,
        hasSigning: Boolean(input.signing),
      },
    );
    if (!check.ok) {
      const { code, ...params } = check.denial;
      throw new AppError(code, describeDenial(check.denial.code), params);
    }
    const next = applyTransition(p, input.to);
    const signing = input.to === 'signed' && input.signing ? input.signing : null;
    const updated = await repo.update(id, input.version, {
      stage: next.stage,
      stageBeforeStall: next.stageBeforeStall,
      lastTransitionOn: input.date,
      updatedAt: ctx.now,
      ...(input.to === 'terminated' ? { terminatedReason: input.reason ?? null } : {}),
      ...(signing
        ? {
            signingType: signing.signingType,
            signedOn: input.date,
            contractedInvestment: normaliseYuan(signing.contractedInvestment),
            fundsOutOfProvince: money(signing.fundsOutOfProvince),
            fundsInProvince: money(signing.fundsInProvince),
            fundsLocal: money(signing.fundsLocal),
            fundsForeignUsd: money(signing.fundsForeignUsd),
            // Foreign funds in the contract make it a foreign-capital project (外资), whatever was set before.
            ...(signing.fundsForeignUsd && yuanToFen(signing.fundsForeignUsd) > 0n
              ? { foreignCapital: true }
              : {}),
            contractFileId: signing.contractFileId ?? p.contractFileId,
            registerBy: signing.registerBy ?? p.registerBy,
            startBy: signing.startBy ?? p.startBy,
            produceBy: signing.produceBy ?? p.produceBy,
          }
        : {}),
    });
    if (!updated)
      throw new AppError('VERSION_CONFLICT', 'The project was changed by someone else; reload it');
    const transition = await repo.insertTransition({
      projectId: id,
      fromStage: p.stage,
      toStage: input.to,
      occurredOn: input.date,
      note: input.note ?? null,
      reason: input.reason ?? null,
      skipReason: check.rule.skips ? `${check.rule.skips.stage}:${check.rule.skips.why}` : null,
      evidenceFileIds: evidence.map((f) => f.id),
      actorId: ctx.principal.id,
      createdAt: ctx.now,
    });
    await recordMilestoneReached(tx, {
      projectId: id,
      from: p.stage,
      to: input.to,
      date: input.date,
      transitionId: transition.id,
      skipped: check.rule.skips ? { stage: check.rule.skips.stage, why: check.rule.skips.why } : null,
      now: ctx.now,
    });
    if (input.to === 'signed') {
      await detectDuplicates(tx, id, 'signing');
      await markTargetSigned(tx, id, ctx.now);
    }
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'project.transition',
        entityType: 'project',
        entityId: id,
        regionId: p.regionId,
        diff: {
          transitionId: transition.id,
          from: p.stage,
          to: input.to,
          date: input.date,
          note: input.note ?? null,
          reason: input.reason ?? null,
          evidence: evidence.map((f) => ({ id: f.id, sha256: f.sha256 })),
          changes: changedFields(auditable(p), auditable(updated)),
        },
      },
      ctx.now,
    );
    return updated.version;
  });
  return newVersion;
}

function describeDenial(code: string): string {
  switch (code) {
    case 'TRANSITION_FORBIDDEN':
      return 'The lifecycle does not allow this transition';
    case 'RESUME_WRONG_STAGE':
      return 'A stalled project resumes only at the stage it left';
    case 'SKIP_NOT_ALLOWED':
      return 'This stage may be skipped only when no new land is needed';
    case 'REQUIREMENT_MISSING':
      return 'The transition needs more information';
    case 'DATE_IN_FUTURE':
      return 'The date is in the future';
    default:
      return 'The date is before the previous transition';
  }
}
