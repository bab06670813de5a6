import type { TreeSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { SEGMENTS } from '../../../domain/atlas/fields';
import { compareYuan } from '../../../domain/money/money';
import type { Translate } from '../../i18n/translate';
import { formatMoney, yuanToYiForChart } from '../../lib/format';
import { STATE_COLORS } from './AtlasTags';
import type { ChainDetail, ChainNode } from './types';

export type TreeOption = ComposeOption<TreeSeriesOption | TooltipComponentOption>;

type Datum = {
  name: string;
  id?: string;
  tip?: string;
  symbolSize?: number;
  itemStyle?: { color: string; borderColor?: string; borderWidth?: number };
  label?: { formatter: string; position?: 'top' | 'right'; align?: 'center' | 'left'; distance?: number };
  children?: Datum[];
};

const BADGE = { padding: [2, 4], borderRadius: 3, fontSize: 11, color: '#fff' };

/** Dot size by signed investment: a small dot with none, growing with the square root of 亿元. */
export function symbolSizeOf(signedYuan: string): number {
  const yi = yuanToYiForChart(signedYuan);
  return yi > 0 ? Math.round(14 + Math.min(22, Math.sqrt(yi) * 3)) : 12;
}

function nodeDatum(t: Translate, node: ChainNode, children: Map<string | null, ChainNode[]>): Datum {
  const gap = node.gap?.kind;
  const closed = node.closedBy && gap !== 'strengthen';
  const badge = gap
    ? closed
      ? ' {closed|✓ ' + t(`atlas.gap.${gap}`) + '}'
      : ` {${gap}|${t(`atlas.gap.${gap}`)}}`
    : '';
  const invest = compareYuan(node.signedInvestment, '0') > 0 ? node.signedInvestment : null;
  const tip = [
    `<b>${node.name}</b>`,
    `${t('atlas.node.state')}：${t(`atlas.stateName.${node.state}`)}`,
    gap ? `${t('atlas.node.gap')}：${t(`atlas.gap.${gap}`)}` : '',
    invest ? t('atlas.node.signedInvestment', { amount: formatMoney(t, invest) }) : '',
    `${t('atlas.col.firms')} ${node.firms.length} · ${t('atlas.col.targets')} ${node.targets.length}`,
  ]
    .filter(Boolean)
    .join('<br/>');
  return {
    name: node.name,
    id: node.id,
    tip,
    symbolSize: symbolSizeOf(node.signedInvestment),
    itemStyle: { color: STATE_COLORS[node.state], borderColor: '#fff', borderWidth: 1.5 },
    label: (children.get(node.id) ?? []).length
      ? { formatter: `{name|${node.name}}${badge}`, position: 'top', align: 'center', distance: 8 }
      : { formatter: `{name|${node.name}}${badge}` },
    children: (children.get(node.id) ?? []).map((c) => nodeDatum(t, c, children)),
  };
}

/** The chain as a left-to-right tree: the chain, its 上游/中游/下游 segments, then the node trees. */
export function chainTreeOption(t: Translate, chain: ChainDetail, mobile: boolean): TreeOption {
  const children = new Map<string | null, ChainNode[]>();
  const ids = new Set(chain.nodes.map((n) => n.id));
  for (const n of [...chain.nodes].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const parent = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const roots = children.get(null) ?? [];
  const data: Datum = {
    name: chain.name,
    symbolSize: 18,
    itemStyle: { color: '#1f5fbf' },
    label: { formatter: `{root|${chain.name}}`, position: 'top', align: 'center', distance: 8 },
    children: SEGMENTS.map((s): Datum & { children: Datum[] } => ({
      name: t(`atlas.segment.${s}`),
      symbolSize: 10,
      itemStyle: { color: '#8c96a8' },
      label: {
        formatter: `{segment|${t(`atlas.segment.${s}`)}}`,
        position: 'top',
        align: 'center',
        distance: 6,
      },
      children: roots.filter((r) => r.segment === s).map((r) => nodeDatum(t, r, children)),
    })).filter((s) => s.children.length > 0),
  };
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const d = (p as { data?: Datum }).data;
        return d?.tip ?? d?.name ?? '';
      },
    },
    series: [
      {
        type: 'tree',
        orient: 'LR',
        symbol: 'circle',
        data: [data],
        top: 16,
        bottom: 16,
        left: mobile ? 40 : 80,
        right: mobile ? 120 : 220,
        initialTreeDepth: -1,
        expandAndCollapse: false,
        roam: mobile,
        edgeShape: 'polyline',
        lineStyle: { color: '#c5cad3', width: 1.2, curveness: 0.5 },
        label: {
          position: 'right',
          verticalAlign: 'middle',
          align: 'left',
          distance: 6,
          fontSize: 13,
          rich: {
            name: { color: '#1f2937', fontSize: 13 },
            root: { color: '#1f5fbf', fontSize: 15, fontWeight: 'bold' },
            segment: { color: '#6b7280', fontSize: 12, fontWeight: 'bold' },
            fill: { ...BADGE, backgroundColor: '#cf1322' },
            extend: { ...BADGE, backgroundColor: '#722ed1' },
            strengthen: { ...BADGE, backgroundColor: '#d48806' },
            closed: { ...BADGE, backgroundColor: '#389e0d' },
          },
        },
        emphasis: { focus: 'ancestor' },
        animationDuration: 300,
      },
    ],
  };
}
