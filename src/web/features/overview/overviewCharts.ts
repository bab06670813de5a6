import { STAGES, type Stage } from '../../../domain/lifecycle/stages';
import { fenToYuan, isYuan, WAN_FEN, YI_FEN, yuanToFen } from '../../../domain/money/money';
import type { Translate } from '../../i18n/translate';
import type { ChartOption } from '../../lib/EChart';
import { formatMoney } from '../../lib/format';
import type { Overview } from './types';

type Datum = { value: number; tip: string; itemStyle?: { color: string } };

function tipOf(params: unknown): string {
  const one = Array.isArray(params) ? params[0] : params;
  const data = one && typeof one === 'object' && 'data' in one ? (one as { data: unknown }).data : null;
  return data && typeof data === 'object' && 'tip' in data ? String((data as { tip: unknown }).tip) : '';
}

const fenOf = (yuan: string) => (isYuan(yuan) ? yuanToFen(yuan) : 0n);

/** 分 → a unit (万元 or 亿元) with two decimals, for bar lengths only (labels and tooltips show the exact text). */
const inUnit = (fen: bigint, unitFen: bigint) => Number((fen * 100n * 2n + unitFen) / (unitFen * 2n)) / 100;

/**
 * Funds arrived per month of this year (bars) and their running total (line, right axis), the
 * RMB reported in the monthly reports; in 亿元 once the total reaches 1亿. Sums are exact (分).
 */
export function fundsChart(t: Translate, funds: Overview['funds']): ChartOption {
  let running = 0n;
  const months = funds.byMonth.map((m) => {
    running += fenOf(m.arrived);
    return { ...m, cumulative: running };
  });
  const unit = running >= YI_FEN ? YI_FEN : WAN_FEN;
  const unitName = t(unit === YI_FEN ? 'unit.yi' : 'unit.wan');
  const tip = (m: (typeof months)[number]) =>
    `${m.month}<br/>${t('overview.funds.arrived')} ${formatMoney(t, m.arrived) || '0'}` +
    `<br/>${t('overview.funds.cumulative')} ${formatMoney(t, fenToYuan(m.cumulative))}`;
  const bars: Datum[] = months.map((m) => ({ value: inUnit(fenOf(m.arrived), unit), tip: tip(m) }));
  const line: Datum[] = months.map((m) => ({ value: inUnit(m.cumulative, unit), tip: tip(m) }));
  return {
    color: ['#2f9e57', '#1f5fbf'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tipOf, confine: true },
    legend: { bottom: 0, data: [t('overview.funds.monthly'), t('overview.funds.cumulative')] },
    grid: { left: 8, right: 8, top: 32, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: months.map((m) => t('overview.funds.month', { month: Number(m.month.slice(5)) })),
      axisLabel: { interval: 0, hideOverlap: true },
    },
    yAxis: [
      { type: 'value', name: unitName, nameTextStyle: { align: 'left' } },
      { type: 'value', name: unitName, nameTextStyle: { align: 'right' }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('overview.funds.monthly'),
        data: bars,
        barMaxWidth: 28,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
      { type: 'line', name: t('overview.funds.cumulative'), data: line, yAxisIndex: 1, symbolSize: 6 },
    ],
  };
}

const SIGNED_STAGES = STAGES.filter((s) => s !== 'lead' && s !== 'negotiating');
const SIDE_COLORS: Partial<Record<Stage, string>> = { stalled: '#f0a020', terminated: '#8c9199' };

/** Signed projects by their current stage, along the lifecycle. */
export function stageChart(t: Translate, byStage: Overview['byStage']): ChartOption {
  const counts = new Map(byStage.map((s) => [s.stage, s.count]));
  const stages = SIGNED_STAGES.filter((s) => counts.has(s) || !SIDE_COLORS[s]);
  const data: Datum[] = stages.map((s) => {
    const color = SIDE_COLORS[s];
    return {
      value: counts.get(s) ?? 0,
      tip: `${t.label('stage', s)}<br/>${t('overview.stage.count', { count: counts.get(s) ?? 0 })}`,
      ...(color ? { itemStyle: { color } } : {}),
    };
  });
  const labels = stages.map((s) => t.label('stage', s));
  // Two-character Chinese names fit side by side; longer (English) ones are slanted.
  const rotate = labels.some((l) => l.length > 4) ? 35 : 0;
  return {
    color: ['#1f5fbf'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tipOf, confine: true },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 32,
        label: { show: true, position: 'top' },
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
