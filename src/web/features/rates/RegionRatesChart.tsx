import { Segmented, Select } from 'antd';
import { useMemo, useState } from 'react';
import { RATE_KEYS, type RateKey } from '../../../domain/delivery/rates';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { type ChartOption, EChart } from '../../lib/EChart';
import { percentHundredths, percentText, rateName } from './definitionText';
import type { RegionRates } from './types';

type Datum = { value: number; tip: string; itemStyle?: { color: string } };

function tipOf(params: unknown): string {
  const one = Array.isArray(params) ? params[0] : params;
  const data = one && typeof one === 'object' && 'data' in one ? (one as { data: unknown }).data : null;
  return data && typeof data === 'object' && 'tip' in data ? String((data as { tip: unknown }).tip) : '';
}

/** Bars sorted high to low; the length comes from the percent's hundredths, the label is the returned text. */
function chartOf(t: Translate, rows: RegionRates[], key: RateKey, highlight: string): ChartOption {
  const items = rows
    .map((r) => {
      const rate = r.rates.find((x) => x.key === key);
      return { r, rate, order: percentHundredths(rate?.percent ?? null) };
    })
    .sort((a, b) => b.order - a.order);
  const data: Datum[] = items.map(({ r, rate }) => ({
    value: Math.max(0, percentHundredths(rate?.percent ?? null)) / 100,
    tip: `${r.regionName}<br/>${rateName(t, key)} ${percentText(rate?.percent ?? null)}（${rate?.numeratorCount ?? 0} / ${rate?.denominatorCount ?? 0}）`,
    ...(r.regionId === highlight ? { itemStyle: { color: '#f0a020' } } : {}),
  }));
  const labels = new Map(items.map(({ rate }, i) => [i, percentText(rate?.percent ?? null)]));
  return {
    color: ['#1f5fbf'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tipOf, confine: true },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value}%' },
      max: (v) => Math.max(100, Math.ceil(v.max)),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map(({ r }) => r.regionName),
      axisLabel: { interval: 0 },
    },
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => labels.get(p.dataIndex) ?? '',
        },
        itemStyle: { borderRadius: [0, 3, 3, 0] },
      },
    ],
  };
}

type Props = { rows: RegionRates[]; highlight: string; mobile: boolean };

/** One rate compared across counties and zones. */
export function RegionRatesChart({ rows, highlight, mobile }: Props) {
  const t = useT();
  const [key, setKey] = useState<RateKey>('performance');
  const option = useMemo(() => chartOf(t, rows, key, highlight), [t, rows, key, highlight]);
  const options = RATE_KEYS.map((k) => ({ value: k, label: rateName(t, k) }));
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        {mobile ? (
          <Select
            value={key}
            onChange={setKey}
            options={options}
            style={{ width: '100%' }}
            data-testid="chart-rate"
          />
        ) : (
          <Segmented
            value={key}
            onChange={(v) => setKey(v as RateKey)}
            options={options}
            data-testid="chart-rate"
          />
        )}
      </div>
      <EChart
        option={option}
        height={Math.max(160, rows.length * 28 + 40)}
        ariaLabel={t('rates.chartTitle', { rate: rateName(t, key) })}
        data-testid="rates-chart"
      />
    </>
  );
}
