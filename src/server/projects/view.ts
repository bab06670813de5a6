import { availableTransitions } from '../../domain/lifecycle/transitions';
import type { ProjectRepo, ProjectRow } from './repo';
import { NOT_YET_STARTED } from './repo';
import type { ProjectDetail, ProjectSummary } from './schemas';

/** True when a signed project is past its start-by date without having started (stalled before starting, too). */
export function isOverdueStart(
  p: Pick<ProjectRow, 'stage' | 'stageBeforeStall' | 'startBy'>,
  today: string,
): boolean {
  const stage = p.stage === 'stalled' ? p.stageBeforeStall : p.stage;
  return stage !== null && NOT_YET_STARTED.includes(stage) && p.startBy !== null && p.startBy < today;
}

export function toSummary(p: ProjectRow, regionName: string, today: string): ProjectSummary {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    regionId: p.regionId,
    regionName,
    stage: p.stage,
    industryCategory: p.industryCategory,
    strategicEmerging: p.strategicEmerging,
    industry: p.industry,
    investorName: p.investorName,
    totalInvestment: p.totalInvestment,
    contractedInvestment: p.contractedInvestment,
    signingType: p.signingType,
    signedOn: p.signedOn,
    startBy: p.startBy,
    overdueStart: isOverdueStart(p, today),
    /** Filled by the service from the milestones (one query per page). */
    overdueMilestones: [],
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function toDetail(
  repo: ProjectRepo,
  p: ProjectRow,
  regionName: string,
  today: string,
): Promise<ProjectDetail> {
  const [transitions, projectFiles] = await Promise.all([repo.transitions(p.id), repo.filesOf(p.id)]);
  const fileById = new Map(projectFiles.map((f) => [f.id, f]));
  return {
    ...toSummary(p, regionName, today),
    investorCreditCode: p.investorCreditCode,
    investorId: p.investorId,
    originRegion: p.originRegion,
    foreignCapital: p.foreignCapital,
    leadSource: p.leadSource,
    ownerId: p.ownerId,
    ownerName: await repo.userName(p.ownerId),
    fundsOutOfProvince: p.fundsOutOfProvince,
    fundsInProvince: p.fundsInProvince,
    fundsLocal: p.fundsLocal,
    fundsForeignUsd: p.fundsForeignUsd,
    contractFileId: p.contractFileId,
    realEstate: p.realEstate,
    fiscallyFunded: p.fiscallyFunded,
    mergedIntoId: p.mergedIntoId,
    openDuplicates: await repo.openDuplicateCount(p.id),
    promotionMethods: p.promotionMethods,
    brings: p.brings,
    landSituation: p.landSituation,
    introducedBy: p.introducedBy,
    description: p.description,
    registerBy: p.registerBy,
    produceBy: p.produceBy,
    stageBeforeStall: p.stageBeforeStall,
    terminatedReason: p.terminatedReason,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    transitions: transitions.map(({ t, actorName }) => ({
      id: t.id,
      fromStage: t.fromStage,
      toStage: t.toStage,
      occurredOn: t.occurredOn,
      note: t.note,
      reason: t.reason,
      skipReason: t.skipReason,
      actor: { id: t.actorId, displayName: actorName },
      evidence: t.evidenceFileIds.flatMap((id) => {
        const f = fileById.get(id);
        return f ? [{ id: f.id, name: f.name, mime: f.mime, size: f.size }] : [];
      }),
      createdAt: t.createdAt.toISOString(),
    })),
    allowedTransitions: availableTransitions(p).map((r) => ({
      to: r.to,
      requires: [...r.requires],
      skips: r.skips ? `${r.skips.stage}:${r.skips.why}` : null,
    })),
  };
}
