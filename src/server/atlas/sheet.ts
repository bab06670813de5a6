/**
 * The printable chain sheet (图谱 + 路径 + 目标清单) a delegation carries on a roadshow: a .docx in
 * the 公文 layout with the chain map by segment, the 补链/延链/强链 path with reasons, the target
 * enterprises by node and the signed projects that cover the chain.
 */
import { eq } from 'drizzle-orm';
import { GAP_KINDS, SEGMENTS } from '../../domain/atlas/fields';
import { chainOrder } from '../../domain/atlas/tree';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { industrySystems } from '../db/schema/atlas';
import { regions } from '../db/schema/org';
import {
  govDocument,
  govFooter,
  govHeading,
  govParagraph,
  govTable,
  govTitle,
  type CellLine,
} from '../office/docx';
import { getChain } from './read';
import type { ChainDetail, NodeView } from './schemas';
import {
  GAP_NAMES,
  ORIGIN_REGION_NAMES,
  SEGMENT_NAMES,
  STATE_NAMES,
  TARGET_STATUS_NAMES,
  gapReasonText,
  moneyText,
  nodeCodes,
  sheetTitle,
  targetTags,
} from './wording';

export type SheetInput = {
  chain: ChainDetail;
  cityName: string;
  system: { name: string; year: number } | null;
  regionNames: ReadonlyMap<string, string>;
  /** The date printed at the end (YYYY-MM-DD). */
  date: string;
};

const CN_NUMBERS = ['一', '二', '三', '四', '五'] as const;
const chineseDate = (d: string) =>
  d.replace(
    /^(\d{4})-(\d{2})-(\d{2})$/,
    (_m, y: string, m: string, day: string) => `${y}年${Number(m)}月${Number(day)}日`,
  );
const signed = (p: { signedOn: string | null; stage: string }) =>
  p.signedOn !== null && p.stage !== 'terminated';

/** Loads what the sheet shows (the chain as the caller sees it) and writes the .docx. */
export async function chainSheet(db: Executor, ctx: Ctx, chainId: string) {
  const chain = await getChain(db, ctx, chainId);
  const [systems, allRegions] = await Promise.all([
    db.select().from(industrySystems).where(eq(industrySystems.id, chain.systemId)),
    db.select({ id: regions.id, name: regions.name, kind: regions.kind }).from(regions),
  ]);
  const input: SheetInput = {
    chain,
    cityName: allRegions.find((r) => r.kind === 'city')?.name ?? '',
    system: systems[0] ? { name: systems[0].name, year: systems[0].year } : null,
    regionNames: new Map(allRegions.map((r) => [r.id, r.name])),
    date: shanghaiDate(ctx.now),
  };
  const title = sheetTitle(input.cityName, chain.name);
  return { title, bytes: await chainSheetDocx(input) };
}

/** The sheet as .docx (A4, 公文 fonts). */
export function chainSheetDocx(input: SheetInput) {
  const { chain } = input;
  const nodes = chainOrder(chain.nodes);
  const codes = nodeCodes(nodes);
  const label = (n: NodeView) => `${codes.get(n.id) ?? ''} ${n.name}`;
  const nameOf = (id: string) => chain.nodes.find((n) => n.id === id)?.name ?? id;
  const title = sheetTitle(input.cityName, chain.name);
  const sections = [
    { heading: '产业链图谱', blocks: chainMap(input, nodes, codes) },
    { heading: '招商路径', blocks: path(nodes, label, nameOf) },
    { heading: '目标企业清单', blocks: targetList(input, nodes, label) },
    { heading: '已签约项目', blocks: signedList(input, nodes, label) },
  ];
  return govDocument(title, [
    govTitle(title),
    ...overview(input).map(govParagraph),
    ...sections.flatMap((s, i) => [govHeading(`${CN_NUMBERS[i]}、${s.heading}`), ...s.blocks]),
    govFooter(chineseDate(input.date)),
  ]);
}

function overview({ chain, system }: SheetInput): string[] {
  const chief = [chain.chiefTitle, chain.chiefName].filter(Boolean).join('');
  const lines = [
    `链长：${chief || '未设'}`,
    `所属产业体系：${system ? `${system.name}（${system.year}年）` : chain.systemId}${chain.groupName ? `，${chain.groupName}` : ''}`,
  ];
  if (chain.leaderFirms.length) lines.push(`链主企业：${chain.leaderFirms.join('、')}`);
  if (chain.positions.length) {
    const kinds = { leading: '主导', emerging: '新兴', characteristic: '特色' } as const;
    lines.push(
      `县区定位：${chain.positions.map((p) => `${p.regionName}（${kinds[p.position]}）`).join('、')}`,
    );
  }
  lines.push(
    `全链共${chain.nodes.length}个节点，其中强${chain.states.strong}个、弱${chain.states.weak}个、缺${chain.states.missing}个；` +
      `补链${chain.gaps.fill}个、延链${chain.gaps.extend}个、强链${chain.gaps.strengthen}个；目标企业${chain.targets}家；` +
      `已签约项目${chain.signedProjects}个，总投资${moneyText(chain.signedInvestment)}。`,
  );
  return lines;
}

/** 上游 | 中游 | 下游, each column listing its nodes (indented by depth) with state, firms and key tech. */
function chainMap({ chain }: SheetInput, nodes: NodeView[], codes: Map<string, string>) {
  const column = (segment: (typeof SEGMENTS)[number]): CellLine[] => {
    const own = nodes.filter((n) => n.segment === segment);
    if (!own.length) return ['（无）'];
    return own.flatMap((n) => {
      const code = codes.get(n.id) ?? '';
      const indent = '　'.repeat(code.split('.').length - 1);
      const firms = n.firms.map((f) => (f.chainLeader ? `${f.name}（链主）` : f.name));
      return [
        { text: `${indent}${code} ${n.name}【${STATE_NAMES[n.state]}】`, bold: true },
        `${indent}本地企业：${firms.length ? firms.join('、') : '无'}`,
        ...(n.keyTech.length ? [`${indent}关键技术/产品：${n.keyTech.join('、')}`] : []),
      ];
    });
  };
  const rule = chain.rule;
  return [
    govTable({
      headers: SEGMENTS.map((s) => SEGMENT_NAMES[s]),
      widths: [2948, 2948, 2948],
      align: ['left', 'left', 'left'],
      rows: [SEGMENTS.map(column)],
    }),
    govParagraph(
      `注：节点状态按本地企业认定——有链主企业，或规上企业不少于${rule.strongAboveScale}家，或年产值不低于${moneyText(rule.strongOutputYuan)}的为“强”；` +
        '有本地企业但未达到的为“弱”；无本地企业的为“缺”。人工认定的以认定为准。',
    ),
  ];
}

/** （一）补链 （二）延链 （三）强链: each gap with its reason, key tech, targets and a closing project. */
function path(nodes: NodeView[], label: (n: NodeView) => string, nameOf: (id: string) => string) {
  return GAP_KINDS.flatMap((kind, i) => {
    const gaps = nodes.filter((n) => n.gap?.kind === kind);
    const items = gaps.map((n, j) => {
      const parts = [
        `${j + 1}. ${label(n)}（${SEGMENT_NAMES[n.segment]}）：${gapReasonText(n, nameOf)}。`,
        n.keyTech.length ? `关键技术/产品：${n.keyTech.join('、')}。` : '',
        n.targets.length ? `目标企业${n.targets.length}家。` : '',
        n.closedBy
          ? `已签约项目“${n.closedBy.name}”（总投资${moneyText(n.closedBy.totalInvestment)}）。`
          : '',
      ];
      return govParagraph(parts.join(''));
    });
    return [
      govHeading(`（${CN_NUMBERS[i]}）${GAP_NAMES[kind]}（${gaps.length}个）`, 2),
      ...(items.length ? items : [govParagraph('无。')]),
    ];
  });
}

/** 企业, 所在地, 标签, 对接县区, 状态 — grouped by node (the node named on its first row). */
function targetList({ regionNames }: SheetInput, nodes: NodeView[], label: (n: NodeView) => string) {
  const rows = nodes.flatMap((n) =>
    n.targets.map((t, i) => [
      i === 0 ? [label(n), ...(n.gap ? [GAP_NAMES[n.gap.kind]] : [])] : '',
      t.name,
      `${t.originProvince ?? ''}${t.originRegion ? `（${ORIGIN_REGION_NAMES[t.originRegion]}）` : ''}`,
      targetTags(t),
      t.regionId ? (regionNames.get(t.regionId) ?? t.regionId) : '',
      TARGET_STATUS_NAMES[t.status],
    ]),
  );
  if (!rows.length) return [govParagraph('暂无目标企业。')];
  return [
    govTable({
      headers: ['节点', '企业', '所在地', '标签', '对接县区', '状态'],
      widths: [1700, 2300, 1500, 1300, 1100, 944],
      align: ['left', 'left', 'center', 'center', 'center', 'center'],
      rows,
    }),
  ];
}

/** The signed projects on the chain's nodes the caller may see, with their investment. */
function signedList({ chain, regionNames }: SheetInput, nodes: NodeView[], label: (n: NodeView) => string) {
  const rows = nodes.flatMap((n) =>
    n.projects
      .filter(signed)
      .map((p, i) => [
        i === 0 ? label(n) : '',
        p.name,
        regionNames.get(p.regionId) ?? p.regionId,
        p.signedOn ? chineseDate(p.signedOn) : '',
        moneyText(p.totalInvestment),
      ]),
  );
  const listed = new Set(nodes.flatMap((n) => n.projects.filter(signed).map((p) => p.id))).size;
  const total = `合计：全链已签约项目${chain.signedProjects}个，总投资${moneyText(chain.signedInvestment)}。`;
  const others = chain.signedProjects - listed;
  return [
    ...(rows.length
      ? [
          govTable({
            headers: ['节点', '项目名称', '县（市、区）', '签约日期', '总投资'],
            widths: [1700, 3000, 1300, 1500, 1344],
            align: ['left', 'left', 'center', 'center', 'right'],
            rows,
          }),
        ]
      : []),
    govParagraph(others > 0 ? `${total}其中${others}个为其他县区项目，未列出。` : total),
  ];
}
