import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { GAP_KINDS, NODE_STATES, type GapKind, type NodeState } from '../../domain/atlas/fields';
import { classifyGaps } from '../../domain/atlas/gaps';
import { computeNodeState, effectiveState } from '../../domain/atlas/state';
import { sumYuan } from '../../domain/money/money';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import { regionInScope } from '../auth/scope';
import type { Executor } from '../db/client';
import {
  chainNodes,
  countyPositions,
  industryChains,
  industryGroups,
  industrySystems,
  nodeFirms,
  nodeTargets,
  projectNodes,
} from '../db/schema/atlas';
import { investors } from '../db/schema/investors';
import { regions } from '../db/schema/org';
import { projects } from '../db/schema/projects';
import { users } from '../db/schema/users';
import { notFound } from '../http/errors';
import { nodeStateRule } from './rule';
import type { ChainDetail, ChainSummary, NodeView, TargetView } from './schemas';

const count = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The id of the published system (the one in force), if any. */
async function systemInForce(db: Executor) {
  const [s] = await db
    .select({ id: industrySystems.id })
    .from(industrySystems)
    .where(eq(industrySystems.status, 'published'));
  return s?.id ?? null;
}

/** Every system with its groups and how many chains it has. */
export async function listSystems(db: Executor) {
  const [systems, groups, chains] = await Promise.all([
    db.select().from(industrySystems).orderBy(industrySystems.year),
    db.select().from(industryGroups).orderBy(industryGroups.sortOrder),
    db
      .select({ systemId: industryChains.systemId, n: sql<number>`count(*)::int` })
      .from(industryChains)
      .groupBy(industryChains.systemId),
  ]);
  return {
    items: systems.map((s) => ({
      id: s.id,
      name: s.name,
      year: s.year,
      status: s.status,
      description: s.description,
      groups: groups.filter((g) => g.systemId === s.id).map((g) => ({ id: g.id, name: g.name })),
      chains: Number(chains.find((c) => c.systemId === s.id)?.n ?? 0),
    })),
  };
}

/**
 * Chains with everything computed: node states by the rule (or override), gaps, targets, covering
 * projects. Chains are city-wide; the projects listed on nodes are those the caller may see, while
 * the counts and sums cover every project.
 */
export async function loadChains(db: Executor, ctx: Ctx, where: { chainId?: string; systemId?: string }) {
  const rule = await nodeStateRule(db);
  const chains = await db
    .select({
      chain: industryChains,
      groupName: industryGroups.name,
      chiefName: users.displayName,
    })
    .from(industryChains)
    .leftJoin(industryGroups, eq(industryGroups.id, industryChains.groupId))
    .leftJoin(users, eq(users.id, industryChains.chiefUserId))
    .where(
      and(
        where.chainId ? eq(industryChains.id, where.chainId) : undefined,
        where.systemId ? eq(industryChains.systemId, where.systemId) : undefined,
      ),
    )
    .orderBy(industryChains.sortOrder, industryChains.name);
  const chainIds = chains.map((c) => c.chain.id);
  if (!chainIds.length) return { rule, chains: [] as ChainDetail[] };
  const nodes = await db
    .select()
    .from(chainNodes)
    .where(and(inArray(chainNodes.chainId, chainIds), isNull(chainNodes.deletedAt)));
  const nodeIds = nodes.map((n) => n.id);
  const none = [sql`false`];
  const [firms, targets, tagged, positions] = await Promise.all([
    db
      .select({ f: nodeFirms, name: investors.name, regionId: investors.ownerRegionId })
      .from(nodeFirms)
      .innerJoin(investors, eq(investors.id, nodeFirms.investorId))
      .where(nodeIds.length ? inArray(nodeFirms.nodeId, nodeIds) : none[0]),
    db
      .select()
      .from(nodeTargets)
      .where(nodeIds.length ? inArray(nodeTargets.nodeId, nodeIds) : none[0])
      .orderBy(nodeTargets.name),
    db
      .select({
        nodeId: projectNodes.nodeId,
        id: projects.id,
        code: projects.code,
        name: projects.name,
        regionId: projects.regionId,
        stage: projects.stage,
        totalInvestment: projects.totalInvestment,
        signedOn: projects.signedOn,
      })
      .from(projectNodes)
      .innerJoin(projects, eq(projects.id, projectNodes.projectId))
      .where(
        and(
          nodeIds.length ? inArray(projectNodes.nodeId, nodeIds) : none[0],
          isNull(projects.deletedAt),
          isNull(projects.mergedIntoId),
        ),
      )
      .orderBy(projects.signedOn, projects.code),
    db
      .select({ p: countyPositions, regionName: regions.name })
      .from(countyPositions)
      .innerJoin(regions, eq(regions.id, countyPositions.regionId))
      .where(inArray(countyPositions.chainId, chainIds))
      .orderBy(regions.sortOrder),
  ]);
  const year = shanghaiDate(ctx.now).slice(0, 4);
  const signed = (p: { signedOn: string | null; stage: string }) =>
    p.signedOn !== null && p.stage !== 'terminated';
  const details: ChainDetail[] = chains.map(({ chain, groupName, chiefName }) => {
    const own = nodes.filter((n) => n.chainId === chain.id);
    const computed = own.map((n) => {
      const nodeFirmsOf = firms.filter((f) => f.f.nodeId === n.id);
      const c = computeNodeState(
        nodeFirmsOf.map((f) => ({
          name: f.name,
          aboveScale: f.f.aboveScale,
          chainLeader: f.f.chainLeader,
          outputYuan: f.f.outputYuan,
        })),
        rule,
      );
      const override = n.stateOverride ? { state: n.stateOverride, reason: n.overrideReason ?? '' } : null;
      return { n, firms: nodeFirmsOf, c, override, state: effectiveState(c.state, override).state };
    });
    const gaps = classifyGaps(
      computed.map((x) => ({
        id: x.n.id,
        parentId: x.n.parentId,
        segment: x.n.segment,
        sortOrder: x.n.sortOrder,
        state: x.state,
      })),
    );
    const views: NodeView[] = computed.map((x) => {
      const onNode = tagged.filter((t) => t.nodeId === x.n.id);
      const signedOnNode = onNode.filter(signed);
      const gap = gaps.get(x.n.id) ?? null;
      const visible = onNode
        .filter((p) => regionInScope(p.regionId, ctx.scope))
        .map(({ nodeId: _n, ...p }) => p);
      const closer =
        gap && gap.kind !== 'strengthen'
          ? (signedOnNode.find((p) => regionInScope(p.regionId, ctx.scope)) ?? null)
          : null;
      return {
        id: x.n.id,
        parentId: x.n.parentId,
        segment: x.n.segment,
        name: x.n.name,
        description: x.n.description,
        keyTech: x.n.keyTech,
        sortOrder: x.n.sortOrder,
        state: x.state,
        computedState: x.c.state,
        stateReason: x.c.reason,
        override: x.override,
        gap,
        firms: x.firms.map((f) => ({
          investorId: f.f.investorId,
          name: f.name,
          regionId: f.regionId,
          aboveScale: f.f.aboveScale,
          chainLeader: f.f.chainLeader,
          outputYuan: f.f.outputYuan,
          products: f.f.products,
        })),
        targets: targets.filter((t) => t.nodeId === x.n.id).map(toTarget),
        projects: visible,
        signedInvestment: sumYuan(signedOnNode.map((p) => p.totalInvestment)),
        closedBy: closer ? (({ nodeId: _n, ...p }) => p)(closer) : null,
        version: x.n.version,
      };
    });
    const states = count(NODE_STATES);
    const gapCounts = count(GAP_KINDS);
    for (const v of views) {
      states[v.state as NodeState]++;
      if (v.gap) gapCounts[v.gap.kind as GapKind]++;
    }
    const signedHere = tagged.filter((t) => own.some((n) => n.id === t.nodeId) && signed(t));
    const distinctSigned = [...new Map(signedHere.map((p) => [p.id, p])).values()];
    return {
      id: chain.id,
      systemId: chain.systemId,
      groupId: chain.groupId,
      groupName: groupName ?? null,
      name: chain.name,
      description: chain.description,
      chiefUserId: chain.chiefUserId,
      chiefTitle: chain.chiefTitle,
      chiefName: chiefName ?? null,
      leaderFirms: [
        ...new Set(views.flatMap((v) => v.firms.filter((f) => f.chainLeader).map((f) => f.name))),
      ],
      nodes: views,
      states,
      gaps: gapCounts,
      covered: views.filter((v) => signedHere.some((p) => p.nodeId === v.id)).length,
      closedThisYear: views.filter(
        (v) =>
          v.gap &&
          v.gap.kind !== 'strengthen' &&
          signedHere.some((p) => p.nodeId === v.id && (p.signedOn ?? '').startsWith(year)),
      ).length,
      targets: targets.filter((t) => own.some((n) => n.id === t.nodeId)).length,
      signedProjects: distinctSigned.length,
      signedInvestment: sumYuan(distinctSigned.map((p) => p.totalInvestment)),
      positions: positions
        .filter((p) => p.p.chainId === chain.id)
        .map((p) => ({
          regionId: p.p.regionId,
          regionName: p.regionName,
          position: p.p.position,
          note: p.p.note,
        })),
      rule,
      version: chain.version,
    };
  });
  return { rule, chains: details };
}

export function toTarget(t: typeof nodeTargets.$inferSelect): TargetView {
  return {
    id: t.id,
    nodeId: t.nodeId,
    investorId: t.investorId,
    name: t.name,
    fortune500: t.fortune500,
    china500: t.china500,
    listed: t.listed,
    top100: t.top100,
    originProvince: t.originProvince,
    originRegion: t.originRegion,
    regionId: t.regionId,
    status: t.status,
    note: t.note,
    projectId: t.projectId,
    version: t.version,
  };
}

/** The chain list: summaries (no node lists), filtered by system and by a county's positioning. */
export async function listChains(
  db: Executor,
  ctx: Ctx,
  q: { systemId?: string; regionId?: string; position?: string },
): Promise<{ items: ChainSummary[] }> {
  // Without a system named, the one in force.
  const systemId = q.systemId ?? (await systemInForce(db));
  if (!systemId) return { items: [] };
  const { chains } = await loadChains(db, ctx, { systemId });
  const items = chains
    .filter(
      (c) =>
        !q.regionId ||
        c.positions.some((p) => p.regionId === q.regionId && (!q.position || p.position === q.position)),
    )
    .map(({ nodes: list, rule: _r, chiefUserId: _c, ...rest }) => ({ ...rest, nodes: list.length }));
  return { items };
}

export async function getChain(db: Executor, ctx: Ctx, id: string): Promise<ChainDetail> {
  const { chains } = await loadChains(db, ctx, { chainId: id });
  const chain = chains[0];
  if (!chain) throw notFound('chain');
  return chain;
}

/** A roadshow plan: the targets of open gaps grouped by where they are (京津冀, 长三角, 粤港澳 …). */
export async function roadshow(db: Executor, ctx: Ctx, q: { systemId?: string; area?: string }) {
  const systemId = q.systemId ?? (await systemInForce(db));
  if (!systemId) return { areas: [] };
  const { chains } = await loadChains(db, ctx, { systemId });
  const rows = chains.flatMap((c) =>
    c.nodes.flatMap((n) =>
      n.targets
        .filter((t) => t.status !== 'signed' && t.status !== 'declined')
        .filter((t) => !q.area || t.originRegion === q.area)
        .map((t) => ({ ...t, chainId: c.id, chainName: c.name, nodeName: n.name, gap: n.gap?.kind ?? null })),
    ),
  );
  const areas = [...new Set(rows.map((r) => r.originRegion))];
  return {
    areas: areas.map((area) => ({
      area,
      targets: rows
        .filter((r) => r.originRegion === area)
        .sort(
          (a, b) =>
            Number(b.fortune500) - Number(a.fortune500) ||
            Number(b.china500) - Number(a.china500) ||
            a.chainName.localeCompare(b.chainName, 'zh'),
        ),
    })),
  };
}
