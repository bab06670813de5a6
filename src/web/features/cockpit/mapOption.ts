import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Translate } from '../../i18n/translate';
import { indicatorName, indicatorText, indicatorValue, isAlarm, type Indicator } from './indicators';
import { MAP_NAME, mapRegionNames } from './mapAsset';
import type { CockpitRegion } from './types';

export type MapOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

const nameOf = (p: unknown) =>
  p && typeof p === 'object' && 'name' in p && typeof p.name === 'string' ? p.name : '';

const PALETTE = {
  light: { low: '#e3edfb', high: '#1f5fbf', none: '#f1f3f6', border: '#ffffff', text: '#1f2937' },
  dark: { low: '#16406e', high: '#38bdf8', none: '#0f2342', border: '#0a1a33', text: '#e6f1ff' },
};

/**
 * The county map coloured by one indicator: region names are adcodes (= region ids); the region
 * looked at is outlined; counties without figures (outside an officer's scope) stay grey.
 */
export function mapOption(
  t: Translate,
  regions: readonly CockpitRegion[],
  indicator: Indicator,
  selectedId: string,
  look: { dark: boolean; compact: boolean },
): MapOption {
  const { dark, compact } = look;
  const c = dark ? PALETTE.dark : PALETTE.light;
  const byId = new Map(regions.map((r) => [r.regionId, r]));
  const values = regions.map((r) => indicatorValue(r, indicator)).filter((v): v is number => v !== null);
  const max = Math.max(isAlarm(indicator) ? 1 : 0, ...values, 1);
  const colours = isAlarm(indicator) ? [c.low, '#e5484d'] : [c.low, c.high];
  const label = (id: string) => byId.get(id)?.regionName ?? mapRegionNames.get(id) ?? id;
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const r = byId.get(nameOf(p));
        return r
          ? `${r.regionName}<br/>${indicatorName(t, indicator)}：${indicatorText(t, r, indicator)}`
          : label(nameOf(p));
      },
    },
    visualMap: {
      // On a phone the legend would cover the map; the list below gives the figures.
      show: !compact,
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      realtime: false,
      inRange: { color: colours },
      text: [t('cockpit.map.high'), t('cockpit.map.low')],
      textStyle: { color: c.text },
      itemWidth: 10,
      itemHeight: 90,
      left: 4,
      bottom: 4,
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        nameProperty: 'adcode',
        roam: false,
        selectedMode: false,
        layoutCenter: [compact ? '50%' : '54%', '50%'],
        layoutSize: '96%',
        label: {
          show: true,
          fontSize: dark ? 14 : compact ? 10 : 11,
          color: c.text,
          formatter: (p) => label(p.name),
        },
        labelLayout: { hideOverlap: true },
        itemStyle: { areaColor: c.none, borderColor: c.border, borderWidth: 1 },
        emphasis: {
          label: { show: true, color: dark ? '#ffffff' : '#0f2747' },
          itemStyle: { areaColor: '#ffc53d' },
        },
        data: regions.map((r) => ({
          name: r.regionId,
          value: indicatorValue(r, indicator) ?? Number.NaN,
          ...(r.regionId === selectedId
            ? {
                itemStyle: { borderColor: '#fa8c16', borderWidth: 3 },
                label: { fontWeight: 'bold' as const },
              }
            : {}),
        })),
      },
    ],
  };
}
