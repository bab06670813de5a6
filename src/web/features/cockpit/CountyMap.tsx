import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/useT';
import type { Indicator } from './indicators';
import { loadNanyangMap } from './mapAsset';
import { mapOption } from './mapOption';
import type { CockpitRegion } from './types';

use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type Props = {
  regions: readonly CockpitRegion[];
  indicator: Indicator;
  /** The region looked at (outlined). */
  selectedId: string;
  /** Clicking a county with figures opens its dashboard. */
  onPick?: (regionId: string) => void;
  dark?: boolean;
  /** A phone: no colour legend. */
  compact?: boolean;
  height: number | string;
};

const nameOf = (p: unknown) =>
  p && typeof p === 'object' && 'name' in p && typeof p.name === 'string' ? p.name : '';

/**
 * The Nanyang county map (ECharts, canvas), coloured by the chosen indicator. The polygons are
 * fetched once on first use. Each county's centre in pixels is kept on the element
 * (`data-county-points`), so that a browser test can click a county where it is drawn.
 */
export function CountyMap({
  regions,
  indicator,
  selectedId,
  onPick,
  dark = false,
  compact = false,
  height,
}: Props) {
  const t = useT();
  const geo = useQuery({
    queryKey: ['cockpit', 'map'],
    queryFn: loadNanyangMap,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const pick = useRef(onPick);
  const known = useRef(new Set<string>());
  useEffect(() => {
    pick.current = onPick;
    known.current = new Set(regions.map((r) => r.regionId));
  }, [onPick, regions]);

  useEffect(() => {
    const el = ref.current;
    if (!geo.data || !el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => {
      const id = nameOf(p);
      if (known.current.has(id)) pick.current?.(id);
    });
    instance.on('finished', () => {
      const points: Record<string, number[]> = {};
      for (const id of known.current) {
        const at = instance.convertToPixel({ seriesIndex: 0 }, id);
        if (Array.isArray(at)) points[id] = at.map((v) => Math.round(v));
      }
      el.dataset.countyPoints = JSON.stringify(points);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [geo.data]);

  const option = useMemo(
    () => mapOption(t, regions, indicator, selectedId, { dark, compact }),
    [t, regions, indicator, selectedId, dark, compact],
  );
  useEffect(() => {
    if (geo.data) chart.current?.setOption(option, { notMerge: true });
  }, [option, geo.data]);

  if (geo.error) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('cockpit.map.failed')}
        action={<Button onClick={() => void geo.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return (
    <div className="tj-cockpit-map" style={{ height }}>
      {!geo.data && <Spin className="tj-cockpit-map-spin" />}
      <div
        ref={ref}
        role="img"
        aria-label={t('cockpit.map.aria')}
        data-testid="cockpit-map"
        data-ready={geo.data ? 'true' : 'false'}
        style={{ width: '100%', height: '100%', cursor: onPick ? 'pointer' : 'default' }}
      />
    </div>
  );
}
