import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { EChart, type ChartOption } from '../../lib/EChart';
import type { UnitLine } from './types';

const COLOURS = { commended: '#2f9e57', pledge: '#cf3b3b', none: '#1f5fbf' } as const;

/** Totals by rank as horizontal bars: green for 红榜, red for 表态发言. */
export function TotalsChart({ units, mobile }: { units: UnitLine[]; mobile: boolean }) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', splitLine: { lineStyle: { color: '#eef1f6' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: units.map((u) => u.unitName),
        axisLabel: { interval: 0, width: mobile ? 72 : 120, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('ev.col.total'),
          barMaxWidth: 18,
          data: units.map((u) => ({
            value: Number(u.total),
            itemStyle: { color: COLOURS[u.outcome ?? 'none'] },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { dataIndex: number }) => units[p.dataIndex]?.total ?? '',
          },
          itemStyle: { borderRadius: [0, 3, 3, 0] },
        },
      ],
    }),
    [t, units, mobile],
  );
  return (
    <EChart
      option={option}
      height={Math.max(160, units.length * 28 + 40)}
      ariaLabel={t('ev.chart.title')}
      data-testid="ev-chart"
    />
  );
}
