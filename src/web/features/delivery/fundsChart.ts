import { WAN_FEN, YI_FEN, fenToYuan, isYuan, yuanToFen } from '../../../domain/money/money';
import type { Translate } from '../../i18n/translate';
import { formatMoney } from '../../lib/format';
import type { ChartOption } from '../../lib/EChart';
import type { ReportsResponse } from './types';

const fenOf = (yuan: string | null) => (yuan && isYuan(yuan) ? yuanToFen(yuan) : 0n);

/** Fen in a unit with two decimals as a number — chart geometry only; labels use the exact text. */
function plotted(fen: bigint, unitFen: bigint): number {
  const hundredths = (fen * 200n + unitFen) / (2n * unitFen);
  return Number(hundredths) / 100;
}

/**
 * The funds curve: RMB arrived each month (bars) and cumulative (line) from the signing month to
 * now, with the contracted investment as a dashed line. Plotted in 亿元 when the figures reach 1亿,
 * else in 万元; the tooltip shows the exact amounts.
 */
export function fundsChartOption(t: Translate, r: ReportsResponse): ChartOption {
  const byMonth = new Map(r.reports.map((x) => [x.month, x]));
  const months = [...r.months].reverse().map((m) => m.month);
  let cumulative = 0n;
  const rows = months.map((month) => {
    const report = byMonth.get(month);
    const monthFen = fenOf(report?.fundsDomestic ?? null);
    cumulative += monthFen;
    return { month, monthFen, cumulativeFen: cumulative };
  });
  const contractedFen = fenOf(r.contractedInvestment);
  const peak = contractedFen > cumulative ? contractedFen : cumulative;
  const unitFen = peak >= YI_FEN ? YI_FEN : WAN_FEN;
  const unit = t(unitFen === YI_FEN ? 'unit.yi' : 'unit.wan');
  const money = (fen: bigint) => formatMoney(t, fenToYuan(fen));
  const tips = rows.map(
    (x) =>
      `${x.month}<br/>${t('monthly.chart.monthly')}：${money(x.monthFen)}<br/>${t('monthly.chart.cumulative')}：${money(x.cumulativeFen)}` +
      (contractedFen > 0n ? `<br/>${t('monthly.chart.contracted')}：${money(contractedFen)}` : ''),
  );
  const series: ChartOption['series'] = [
    {
      name: t('monthly.chart.monthly'),
      type: 'bar',
      data: rows.map((x) => plotted(x.monthFen, unitFen)),
      barMaxWidth: 18,
      itemStyle: { color: '#1f5fbf', borderRadius: [2, 2, 0, 0] },
    },
    {
      name: t('monthly.chart.cumulative'),
      type: 'line',
      data: rows.map((x) => plotted(x.cumulativeFen, unitFen)),
      showSymbol: rows.length <= 24,
      smooth: false,
      itemStyle: { color: '#2f9e57' },
      lineStyle: { width: 2 },
    },
  ];
  if (contractedFen > 0n) {
    series.push({
      name: t('monthly.chart.contracted'),
      type: 'line',
      data: rows.map(() => plotted(contractedFen, unitFen)),
      showSymbol: false,
      itemStyle: { color: '#e5533d' },
      lineStyle: { type: 'dashed', width: 1.5 },
    });
  }
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const first: unknown = Array.isArray(params) ? params[0] : params;
        const i = first && typeof first === 'object' && 'dataIndex' in first ? Number(first.dataIndex) : -1;
        return tips[i] ?? '';
      },
    },
    legend: { bottom: 0, type: 'scroll', itemWidth: 14, itemHeight: 8 },
    grid: { left: 8, right: 16, top: 28, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: months, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: unit, nameTextStyle: { align: 'left' } },
    series,
  };
}
