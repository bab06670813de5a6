import type { Translate } from '../../i18n/translate';
import type { ChartOption } from '../../lib/EChart';
import { formatMoney } from '../../lib/format';
import type { Bucket, EventReport } from './types';

export const PALETTE = [
  '#1f5fbf',
  '#2f9e57',
  '#f0a020',
  '#8a5cd1',
  '#e5533d',
  '#17a2b8',
  '#8c9199',
  '#c0508f',
];

type Datum = { name: string; value: number; tip: string };

/** The tooltip text carried by each datum (money shown exactly, never from the plotted number). */
function tipOf(params: unknown): string {
  const one = Array.isArray(params) ? params[0] : params;
  if (one && typeof one === 'object' && 'data' in one) {
    const data = (one as { data: unknown }).data;
    if (data && typeof data === 'object' && 'tip' in data) return String((data as { tip: unknown }).tip);
  }
  return '';
}

function datum(t: Translate, name: string, b: Bucket): Datum {
  return {
    name,
    value: b.count,
    tip: `${name}<br/>${t('report.chart.tip', { count: b.count, total: formatMoney(t, b.totalInvestment) || '0' })}`,
  };
}

function bar(data: Datum[], horizontal = false): ChartOption {
  const names = data.map((d) => d.name);
  const category = {
    type: 'category' as const,
    data: names,
    axisLabel: { interval: 0, hideOverlap: !horizontal },
  };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tipOf, confine: true },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        data,
        barMaxWidth: 36,
        label: { show: true, position: horizontal ? 'right' : 'top' },
        itemStyle: { borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
      },
    ],
  };
}

function pie(data: Datum[]): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: tipOf, confine: true },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['38%', '66%'],
        center: ['50%', '44%'],
        data: data.filter((d) => d.value > 0),
        label: { formatter: '{b}\n{c}' },
      },
    ],
  };
}

/** The six charts of a signing report: size band, origin, industry, domestic/foreign, type, county. */
export function reportCharts(t: Translate, r: EventReport) {
  const s = r.statistics;
  const origins = Object.entries(s.byOrigin).map(([k, b]) =>
    datum(t, k === 'unknown' ? t('report.unknown') : t.label('originRegion', k), b),
  );
  const industryKeys = [
    'industrial',
    'strategicEmerging',
    'services',
    'agriculture',
    'infrastructure',
    'social',
  ];
  const industries = industryKeys
    .filter((k) => s.byIndustry[k])
    .map((k) =>
      datum(
        t,
        k === 'strategicEmerging' ? t('report.ofWhichEmerging') : t.label('industryCategory', k),
        s.byIndustry[k] as Bucket,
      ),
    );
  const types = Object.entries(s.bySigningType).map(([k, b]) =>
    datum(t, k === 'unknown' ? t('report.unknown') : t.label('signingType', k), b),
  );
  const counties = [...r.byRegion]
    .sort((a, b) => b.count - a.count)
    .map((g) =>
      datum(t, g.regionName, {
        count: g.count,
        totalInvestment: g.totalInvestment,
        contractedInvestment: '0',
      }),
    );
  return {
    sizeBand: bar(s.bySizeBand.map((b) => datum(t, t('report.band', { yi: b.minYi }), b.bucket))),
    origin: pie(origins),
    industry: bar(industries),
    domesticForeign: pie([
      datum(t, t('report.domestic'), s.domestic),
      datum(t, t('report.foreign'), s.foreign),
    ]),
    signingType: pie(types),
    county: bar(counties, true),
    countyCount: counties.length,
  };
}
