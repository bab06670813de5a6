import { Tag } from 'antd';
import type { GapKind, NodeState, Position, TargetStatus } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import type { Target } from './types';

/** Strong green, weak amber, missing red: the colours of node states everywhere in the atlas. */
export const STATE_COLORS: Record<NodeState, string> = {
  strong: '#389e0d',
  weak: '#d48806',
  missing: '#cf1322',
};

export const GAP_COLORS: Record<GapKind, string> = {
  fill: 'red',
  extend: 'purple',
  strengthen: 'orange',
};

const POSITION_COLORS: Record<Position, string> = {
  leading: 'blue',
  emerging: 'cyan',
  characteristic: 'gold',
};

const STATUS_COLORS: Record<TargetStatus, string> = {
  not_contacted: 'default',
  contacted: 'blue',
  visited: 'geekblue',
  negotiating: 'cyan',
  signed: 'green',
  declined: 'default',
};

export const TARGET_FLAGS = ['fortune500', 'china500', 'listed', 'top100'] as const;
const FLAG_COLORS = {
  fortune500: 'gold',
  china500: 'volcano',
  listed: 'geekblue',
  top100: 'purple',
} as const;

const tagStyle = { marginInlineEnd: 0 } as const;

export function StateTag({ state }: { state: NodeState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state]} style={tagStyle} data-state={state}>
      {t(`atlas.stateFull.${state}`)}
    </Tag>
  );
}

export function GapTag({ kind }: { kind: GapKind | null | undefined }) {
  const t = useT();
  if (!kind) return null;
  return (
    <Tag color={GAP_COLORS[kind]} variant="outlined" style={tagStyle} data-gap={kind}>
      {t(`atlas.gap.${kind}`)}
    </Tag>
  );
}

/** "宛城区 · 主导" */
export function PositionTag({ county, position }: { county?: string; position: Position }) {
  const t = useT();
  return (
    <Tag color={POSITION_COLORS[position]} style={tagStyle} data-position={position}>
      {county ? `${county} · ` : ''}
      {t(`atlas.position.${position}`)}
    </Tag>
  );
}

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} variant="outlined" style={tagStyle} data-status={status}>
      {t(`atlas.target.status.${status}`)}
    </Tag>
  );
}

/** 世界500强 / 中国500强 / 上市 / 行业百强 (nothing when none applies). */
export function TargetFlags({ target }: { target: Pick<Target, (typeof TARGET_FLAGS)[number]> }) {
  const t = useT();
  const flags = TARGET_FLAGS.filter((f) => target[f]);
  if (!flags.length) return null;
  return (
    <span className="tj-tag-row">
      {flags.map((f) => (
        <Tag key={f} color={FLAG_COLORS[f]} variant="filled" style={tagStyle}>
          {t(`atlas.target.flag.${f}`)}
        </Tag>
      ))}
    </span>
  );
}
