import { TreeChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { chainTreeOption } from './chainTree';
import type { ChainDetail } from './types';

// SVG: crisp on every screen, printable, and its labels are elements a test can click.
use([TreeChart, TooltipComponent, SVGRenderer]);

type Props = { chain: ChainDetail; mobile: boolean; onSelect: (nodeId: string) => void };

/** The chain as a tree coloured by node state; a node opens its drawer. */
export function ChainTree({ chain, mobile, onSelect }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });
  const option = useMemo(() => chainTreeOption(t, chain, mobile), [t, chain, mobile]);
  const leaves = chain.nodes.filter((n) => !chain.nodes.some((c) => c.parentId === n.id)).length;
  const height = Math.max(320, leaves * 56 + 60);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => {
      const id = (p.data as { id?: string } | undefined)?.id;
      if (id) select.current(id);
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
      aria-label={t('atlas.chain.graphLabel', { name: chain.name })}
      data-testid="atlas-chain-graph"
      className="tj-atlas-graph"
      style={{ width: '100%', height }}
    />
  );
}
