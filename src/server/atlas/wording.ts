/**
 * How the atlas reads in Chinese on paper (the chain sheet, the node workbook): segment, state,
 * gap and target-status names, the reasons worded, node path codes (U1, U1.2, M1, D1).
 */
import type { GapKind, NodeState, Segment, TargetStatus } from '../../domain/atlas/fields';
import type { GapReason } from '../../domain/atlas/gaps';
import type { StateReason } from '../../domain/atlas/state';
import { chainOrder, type TreeNode } from '../../domain/atlas/tree';
import type { OriginRegion } from '../../domain/investors/fields';
import { displayAmount } from '../../domain/money/money';
import type { NodeView } from './schemas';

export const SEGMENT_NAMES: Readonly<Record<Segment, string>> = {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
};
export const STATE_NAMES: Readonly<Record<NodeState, string>> = { strong: '强', weak: '弱', missing: '缺' };
export const GAP_NAMES: Readonly<Record<GapKind, string>> = {
  fill: '补链',
  extend: '延链',
  strengthen: '强链',
};
export const TARGET_STATUS_NAMES: Readonly<Record<TargetStatus, string>> = {
  not_contacted: '未对接',
  contacted: '已联系',
  visited: '已拜访',
  negotiating: '洽谈中',
  signed: '已签约',
  declined: '已放弃',
};
export const ORIGIN_REGION_NAMES: Readonly<Record<OriginRegion, string>> = {
  yangtze_delta: '长三角',
  jingjinji: '京津冀',
  gba: '粤港澳大湾区',
  chengyu: '成渝',
  central: '中部地区',
  other_province: '其他省份',
  overseas: '境外',
  local: '河南省内',
};

/** An exact amount from its 元 string, in 亿元 from 1亿 up, else 万元 ("10亿元", "1.20亿元", "5,000万元"). */
export function moneyText(yuan: string): string {
  const { text, unit } = displayAmount(yuan);
  return `${text.replace(/\.00$/, '')}${unit === 'yi' ? '亿元' : '万元'}`;
}

const LETTER: Readonly<Record<Segment, string>> = { upstream: 'U', midstream: 'M', downstream: 'D' };

/**
 * Path codes of a chain's nodes, in chain order: a top node is its segment's letter and its place
 * among that segment's top nodes (U1, M2, D1); a child adds its place among its siblings (U1.2).
 * Derived from the tree as it is: adding or moving nodes renumbers their later siblings.
 */
export function nodeCodes(nodes: readonly TreeNode[]): Map<string, string> {
  const ordered = chainOrder(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, string[]>();
  for (const n of ordered) {
    const key = n.parentId !== null && byId.has(n.parentId) ? n.parentId : `top:${n.segment}`;
    groups.set(key, [...(groups.get(key) ?? []), n.id]);
  }
  const codes = new Map<string, string>();
  const codeOf = (id: string): string => {
    const known = codes.get(id);
    if (known) return known;
    const n = byId.get(id) as TreeNode;
    const top = n.parentId === null || !byId.has(n.parentId);
    const key = top ? `top:${n.segment}` : (n.parentId as string);
    const place = (groups.get(key) ?? []).indexOf(id) + 1;
    const code = top ? `${LETTER[n.segment]}${place}` : `${codeOf(key)}.${place}`;
    codes.set(id, code);
    return code;
  };
  for (const n of ordered) codeOf(n.id);
  return codes;
}

/** Why a node has its state, in words: the rule that decided (or the override and its reason). */
export function stateReasonText(node: Pick<NodeView, 'stateReason' | 'override' | 'computedState'>): string {
  if (node.override && node.override.state !== node.computedState)
    return `人工认定为“${STATE_NAMES[node.override.state]}”：${node.override.reason}`;
  const r = node.stateReason as StateReason;
  switch (r.rule) {
    case 'no_firms':
      return '本地无企业';
    case 'chain_leader':
      return `有链主企业${r.firm}`;
    case 'above_scale':
      return `本地规上企业${r.count}家（不少于${r.min}家）`;
    case 'output':
      return `本地企业年产值${moneyText(r.outputYuan)}（不低于${moneyText(r.minYuan)}）`;
    case 'below_thresholds':
      return `本地规上企业不足${r.min}家（现有${r.aboveScale}家）且产值不足${moneyText(r.minYuan)}（现为${moneyText(r.outputYuan)}）`;
  }
}

/** A gap's reason in words; `nameOf` turns the last local node's id into its name. */
export function gapReasonText(
  node: Pick<NodeView, 'gap' | 'stateReason' | 'override' | 'computedState'>,
  nameOf: (id: string) => string,
): string {
  if (!node.gap) return '';
  const r = node.gap.reason as GapReason;
  switch (r.rule) {
    case 'missing_inside':
      return `本地无企业，处在本地链条之内（本地链条延伸至“${nameOf(r.lastLocal)}”），需补齐`;
    case 'beyond_end':
      return r.lastLocal
        ? `本地无企业，位于本地链条末端“${nameOf(r.lastLocal)}”之后，需向后延伸`
        : '本地无企业，全链尚无本地企业，需从首个环节延伸';
    case 'weak':
      return stateReasonText(node);
  }
}

/** The 标签 of a target: 世界500强、中国500强、上市、行业百强. */
export function targetTags(t: { fortune500: boolean; china500: boolean; listed: boolean; top100: boolean }) {
  return [
    t.fortune500 ? '世界500强' : '',
    t.china500 ? '中国500强' : '',
    t.listed ? '上市' : '',
    t.top100 ? '行业百强' : '',
  ]
    .filter(Boolean)
    .join('、');
}

/** The title as printed: 南阳市 + the chain, named as an 产业链 (超硬材料 → 超硬材料产业链) + 招商图谱. */
export function sheetTitle(cityName: string, chainName: string) {
  const chain = /链$/.test(chainName)
    ? chainName
    : /产业$/.test(chainName)
      ? `${chainName}链`
      : `${chainName}产业链`;
  return `${cityName}${chain}招商图谱`;
}
