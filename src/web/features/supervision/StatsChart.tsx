import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import type { ChartOption } from '../../lib/EChart';
import { percentText } from './StatsTable';
import type { UnitRef, UnitStatsLine } from './types';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Datum = { value: number; tip: string; itemStyle: { color: string } };

function tipOf(params: unknown): string {
  const one = Array.isArray(params) ? params[0] : params;
  const data = one && typeof one === 'object' && 'data' in one ? (one as { data: unknown }).data : null;
  return data && typeof data === 'object' && 'tip' in data ? String((data as { tip: unknown }).tip) : '';
}

/** Units in rank order, a bar each of the on-time rate (grey: nothing resolved yet). */
function chartOf(t: Translate, units: UnitStatsLine[], mobile: boolean): ChartOption {
  const data: Datum[] = units.map((u) => {
    const rate = u.onTimeRate === null ? 0 : Number(u.onTimeRate);
    return {
      value: rate,
      tip: `${u.unit.name}<br/>${t('sv.stats.rateOf', { rate: percentText(u.onTimeRate) })}<br/>${t('sv.stats.onTime', { n: u.resolvedOnTime })} · ${t('sv.stats.late', { n: u.late })}`,
      itemStyle: { color: u.onTimeRate === null ? '#c5cad3' : '#1f5fbf' },
    };
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tipOf, confine: true },
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: units.map((u) => u.unit.name),
      axisLabel: { interval: 0, width: mobile ? 84 : 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 18,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => percentText(units[p.dataIndex]?.onTimeRate ?? null),
        },
        itemStyle: { borderRadius: [0, 3, 3, 0] },
      },
    ],
  };
}

type Props = { units: UnitStatsLine[]; mobile: boolean; onBar: (unit: UnitRef) => void };

/** The on-time rate by unit; a bar opens the unit's items resolved on time. */
export function StatsChart({ units, mobile, onBar }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const click = useRef({ units, onBar });
  useEffect(() => {
    click.current = { units, onBar };
  });
  const option = useMemo(() => chartOf(t, units, mobile), [t, units, mobile]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => {
      const u = click.current.units[p.dataIndex];
      if (u) click.current.onBar(u.unit);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={t('sv.stats.chart')}
      data-testid="sv-stats-chart"
      style={{ width: '100%', height: Math.max(160, units.length * 30 + 40) }}
    />
  );
}
