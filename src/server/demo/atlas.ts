import { and, inArray, isNotNull, isNull } from 'drizzle-orm';
import { TARGET_STATUSES } from '../../domain/atlas/fields';
import { normaliseInvestorName } from '../../domain/duplicates/similarity';
import { originRegionOf } from '../../domain/investors/fields';
import { yiNumberToYuan } from '../../domain/money/money';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Tx } from '../db/client';
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
import { projects } from '../db/schema/projects';
import { DEMO_CHAINS, DEMO_GROUPS } from './atlas-data';

/**
 * The atlas of the demo: the 2021 "234" system in force with its ten chains (nodes, local firms
 * registered in the investor registry, targets at every status, county positions), the demo
 * projects of each industry tagged to the node they fill, and the 2023 "7+17" system drafted
 * beside it (versions coexist). Loaded in bulk with one audited event.
 */
export async function seedAtlas(tx: Tx, admin: Ctx, leaderId: string | null) {
  const now = admin.now;
  await tx.insert(industrySystems).values([
    {
      id: 'ny2021',
      name: '南阳市“234”产业体系（2021）',
      year: 2021,
      status: 'published',
      description: '2 个传统产业转型、3 个支柱产业、4 个新兴产业，十条重点产业链实行链长制',
      publishedAt: new Date('2021-06-01T00:00:00Z'),
    },
    {
      id: 'ny2023',
      name: '南阳市“7+17”产业体系（2023）',
      year: 2023,
      status: 'draft',
      description: '7 个先进制造业集群、17 条重点产业链（编制中）',
    },
  ]);
  await tx.insert(industryGroups).values([
    ...Object.entries(DEMO_GROUPS).map(([key, name], i) => ({
      id: `ny2021-${key}`,
      systemId: 'ny2021',
      name,
      sortOrder: i,
    })),
    { id: 'ny2023-clusters', systemId: 'ny2023', name: '先进制造业集群', sortOrder: 0 },
    { id: 'ny2023-chains', systemId: 'ny2023', name: '重点产业链', sortOrder: 1 },
  ]);
  const firmRows: (typeof investors.$inferInsert)[] = [];
  const firmIds = new Map<string, string>();
  for (const c of DEMO_CHAINS)
    for (const n of c.nodes)
      for (const [name, county] of n.firms ?? []) {
        if (firmIds.has(name)) continue;
        const id = crypto.randomUUID();
        firmIds.set(name, id);
        firmRows.push({
          id,
          name,
          normalizedName: normaliseInvestorName(name),
          kind: 'local',
          originProvince: '河南省',
          originRegion: 'local',
          ownership: 'private',
          industry: c.industry,
          ownerRegionId: county,
          createdAt: now,
          updatedAt: now,
        });
      }
  await tx.insert(investors).values(firmRows);

  const chainRows: (typeof industryChains.$inferInsert)[] = [];
  const nodeRows: (typeof chainNodes.$inferInsert)[] = [];
  const firmLinks: (typeof nodeFirms.$inferInsert)[] = [];
  const targetRows: (typeof nodeTargets.$inferInsert)[] = [];
  const positionRows: (typeof countyPositions.$inferInsert)[] = [];
  const anchors = new Map<string, string>();
  let t = 0;
  DEMO_CHAINS.forEach((c, ci) => {
    const chainId = crypto.randomUUID();
    chainRows.push({
      id: chainId,
      systemId: 'ny2021',
      groupId: `ny2021-${c.group}`,
      name: c.name,
      description: `南阳市${c.name}产业链：上游、中游、下游环节与本地企业、缺链补链目标。`,
      chiefUserId: leaderId,
      chiefTitle: c.chief,
      sortOrder: ci,
      updatedAt: now,
    });
    const ids = new Map(c.nodes.map((n) => [n.key, crypto.randomUUID()]));
    c.nodes.forEach((n, ni) => {
      const id = ids.get(n.key) as string;
      if (n.key === c.anchor) anchors.set(c.industry, id);
      nodeRows.push({
        id,
        chainId,
        parentId: n.parent ? (ids.get(n.parent) ?? null) : null,
        segment: n.segment,
        name: n.name,
        description: `${c.name}产业链${n.segment === 'upstream' ? '上游' : n.segment === 'midstream' ? '中游' : '下游'}环节：${n.name}。`,
        keyTech: n.tech ?? [],
        sortOrder: ni,
        updatedAt: now,
      });
      for (const [name, , aboveScale, leader, outputYi] of n.firms ?? []) {
        firmLinks.push({
          nodeId: id,
          investorId: firmIds.get(name) as string,
          aboveScale,
          chainLeader: leader,
          outputYuan: yiNumberToYuan(outputYi),
        });
      }
      for (const [name, province, flags] of n.targets ?? []) {
        // Targets at every status except signed (signing happens through the pipeline).
        const status = TARGET_STATUSES[t++ % 4] ?? 'not_contacted';
        targetRows.push({
          nodeId: id,
          name,
          fortune500: flags.includes('f500'),
          china500: flags.includes('c500'),
          listed: flags.includes('listed'),
          top100: flags.includes('top100'),
          originProvince: province,
          originRegion: originRegionOf(province, null),
          regionId: c.positions[0]?.[0] ?? null,
          status: t % 9 === 0 ? 'declined' : status,
          note: status === 'not_contacted' ? null : '已建立联系，跟进中',
          updatedAt: now,
        });
      }
    });
    for (const [regionId, position] of c.positions)
      positionRows.push({ regionId, chainId, position, updatedAt: now });
  });
  await tx.insert(industryChains).values(chainRows);
  // Parents first: the self-reference is checked row by row.
  const roots = nodeRows.filter((n) => !n.parentId);
  await tx.insert(chainNodes).values(roots);
  await tx.insert(chainNodes).values(nodeRows.filter((n) => n.parentId));
  await tx.insert(nodeFirms).values(firmLinks);
  await tx.insert(nodeTargets).values(targetRows);
  await tx.insert(countyPositions).values(positionRows);

  const tagged = await tx
    .select({ id: projects.id, industry: projects.industry })
    .from(projects)
    .where(
      and(
        isNull(projects.deletedAt),
        isNull(projects.mergedIntoId),
        isNotNull(projects.industry),
        inArray(projects.industry, [...anchors.keys()]),
      ),
    );
  const tags = tagged.map((p) => ({
    projectId: p.id,
    nodeId: anchors.get(p.industry) as string,
    taggedAt: now,
  }));
  for (let k = 0; k < tags.length; k += 1000) await tx.insert(projectNodes).values(tags.slice(k, k + 1000));
  await appendAudit(
    tx,
    admin.actor,
    {
      action: 'atlas.demo_load',
      entityType: 'chain',
      entityId: null,
      diff: {
        chains: chainRows.length,
        nodes: nodeRows.length,
        firms: firmRows.length,
        targets: targetRows.length,
        tags: tags.length,
        demo: true,
      },
    },
    now,
  );
  return {
    chains: chainRows.length,
    chainNodes: nodeRows.length,
    chainTargets: targetRows.length,
    taggedProjects: tags.length,
  };
}
