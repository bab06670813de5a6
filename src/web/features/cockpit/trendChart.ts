import { isYuan, WAN_FEN, YI_FEN, yuanToFen } from '../../../domain/money/money';
import type { Translate } from '../../i18n/translate';
import type { ChartOption } from '../../lib/EChart';
import { formatMoney } from '../../lib/format';
import type { CockpitMonth } from './types';

type Datum = { value: number; tip: string };

const fenOf = (yuan: string) => (isYuan(yuan) ? yuanToFen(yuan) : 0n);
/** 分 → the unit with two decimals, for bar and line geometry only (tooltips show the exact text). */
const inUnit = (fen: bigint, unitFen: bigint) => Number((fen * 100n * 2n + unitFen) / (unitFen * 2n)) / 100;

function tipOf(params: unknown): string {
  const one = Array.isArray(params) ? params[0] : params;
  const data = one && typeof one === 'object' && 'data' in one ? (one as { data: unknown }).data : null;
  return data && typeof data === 'object' && 'tip' in data ? String((data as { tip: unknown }).tip) : '';
}

/**
 * The year by month: projects signed and started (bars, left axis) and the amounts signed and
 * funds arrived (lines, right axis, in 亿元 once either reaches 1亿, else 万元).
 */
export function trendChart(t: Translate, months: readonly CockpitMonth[], dark = false): ChartOption {
  const most = months.reduce((a, m) => {
    const x = fenOf(m.signedAmount) > fenOf(m.fundsArrived) ? fenOf(m.signedAmount) : fenOf(m.fundsArrived);
    return x > a ? x : a;
  }, 0n);
  const unit = most >= YI_FEN ? YI_FEN : WAN_FEN;
  const unitName = t(unit === YI_FEN ? 'unit.yi' : 'unit.wan');
  const tip = (m: CockpitMonth) =>
    [
      t('cockpit.trend.monthTitle', { month: m.month }),
      `${t('cockpit.trend.signedCount')}：${m.signedCount}`,
      `${t('cockpit.trend.signedAmount')}：${formatMoney(t, m.signedAmount) || '0'}`,
      `${t('cockpit.trend.funds')}：${formatMoney(t, m.fundsArrived) || '0'}`,
      `${t('cockpit.trend.starts')}：${m.starts}`,
    ].join('<br/>');
  const series = (pick: (m: CockpitMonth) => number): Datum[] =>
    months.map((m) => ({ value: pick(m), tip: tip(m) }));
  const text = dark ? '#b7c9e6' : '#4b5563';
  const line = dark ? '#24406a' : '#e5e7eb';
  const names = {
    signedCount: t('cockpit.trend.signedCount'),
    starts: t('cockpit.trend.starts'),
    signedAmount: t('cockpit.trend.signedAmount'),
    funds: t('cockpit.trend.funds'),
  };
  return {
    color: dark ? ['#38bdf8', '#34d399', '#fbbf24', '#f472b6'] : ['#1f5fbf', '#2f9e57', '#d48806', '#c41d7f'],
    textStyle: { color: text },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tipOf, confine: true },
    legend: { type: 'scroll', bottom: 0, textStyle: { color: text }, data: Object.values(names) },
    grid: { left: 8, right: 8, top: 36, bottom: 36, containLabel: true },
    xAxis: {
      type: 'category',
      data: months.map((m) => t('cockpit.trend.month', { month: Number(m.month.slice(5)) })),
      axisLabel: { color: text, interval: 0, hideOverlap: true },
      axisLine: { lineStyle: { color: line } },
    },
    yAxis: [
      {
        type: 'value',
        name: t('cockpit.trend.countAxis'),
        minInterval: 1,
        nameTextStyle: { color: text, align: 'left' },
        axisLabel: { color: text },
        splitLine: { lineStyle: { color: line } },
      },
      {
        type: 'value',
        name: unitName,
        nameTextStyle: { color: text, align: 'right' },
        axisLabel: { color: text },
        splitLine: { show: false },
      },
    ],
    series: [
      { type: 'bar', name: names.signedCount, data: series((m) => m.signedCount), barMaxWidth: 18 },
      { type: 'bar', name: names.starts, data: series((m) => m.starts), barMaxWidth: 18 },
      {
        type: 'line',
        name: names.signedAmount,
        yAxisIndex: 1,
        symbolSize: 6,
        data: series((m) => inUnit(fenOf(m.signedAmount), unit)),
      },
      {
        type: 'line',
        name: names.funds,
        yAxisIndex: 1,
        symbolSize: 6,
        data: series((m) => inUnit(fenOf(m.fundsArrived), unit)),
      },
    ],
  };
}
