import { Button, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT';
import type { LineDiff } from './diff';
import { signedPoints } from './figures';
import { Adjustments, maxText, OutcomeTag, RankChange } from './RankBits';
import type { UnitLine } from './types';
import { RankBadge } from '../../lib/RankBadge';

type Props = {
  units: UnitLine[];
  /** Draft against published: the published figures per unit (absent when there is nothing to compare). */
  diff?: Map<string, LineDiff> | null;
  canOpen: (unitId: string) => boolean;
  onOpen: (unitId: string) => void;
};

/** A unit's name: a link to "why is it N-th?" when the reader may open it. */
export function UnitName({ line, canOpen, onOpen }: { line: UnitLine } & Omit<Props, 'units' | 'diff'>) {
  const t = useT();
  if (!canOpen(line.unitId)) return <span className="ev-unit-name">{line.unitName}</span>;
  return (
    <Tooltip title={t('ev.explain.why', { rank: line.rank })}>
      <Button
        type="link"
        size="small"
        className="ev-unit-link"
        onClick={() => onOpen(line.unitId)}
        data-testid={`ev-unit-${line.unitId}`}
      >
        {line.unitName}
      </Button>
    </Tooltip>
  );
}

/** 名次 (with change), 单位, each indicator's points, 加减分, 总分, outcome; a draft also shows what it changes. */
export function RankingTable({ units, diff, canOpen, onOpen }: Props) {
  const t = useT();
  const first = units[0];
  const changedCell = (unitId: string, key: string) =>
    diff?.get(unitId)?.changed.has(key) ? 'ev-changed' : '';
  const columns: TableColumnsType<UnitLine> = [
    {
      title: t('ev.col.rank'),
      key: 'rank',
      width: 76,
      fixed: 'left',
      render: (_, r) => (
        <span className="ev-rank-cell">
          <RankBadge rank={r.rank} />
          <RankChange change={r.rankChange} />
        </span>
      ),
    },
    {
      title: t('ev.col.unit'),
      key: 'unit',
      width: 104,
      fixed: 'left',
      render: (_, r) => <UnitName line={r} canOpen={canOpen} onOpen={onOpen} />,
    },
    ...(first?.indicators ?? []).map((ind, i) => ({
      title: (
        <span className="ev-col-head">
          {ind.name}
          <span className="ev-col-max">{t('ev.col.max', { points: maxText(ind.maxPoints) })}</span>
        </span>
      ),
      key: `i-${ind.key}`,
      align: 'right' as const,
      width: 110,
      onCell: (r: UnitLine) => ({ className: changedCell(r.unitId, ind.key) }),
      render: (_: unknown, r: UnitLine) => {
        const line = r.indicators[i];
        return (
          <span className={`ev-num ${line?.fallback ? 'has-fallback' : ''}`}>
            {line?.points ?? '—'}
            {line?.fallback && <sup aria-hidden>*</sup>}
          </span>
        );
      },
    })),
    ...(first?.rules.length
      ? [
          {
            title: t('ev.col.adjustments'),
            key: 'rules',
            align: 'right' as const,
            width: 96,
            onCell: (r: UnitLine) => ({
              className: r.rules.some((x) => diff?.get(r.unitId)?.changed.has(x.key)) ? 'ev-changed' : '',
            }),
            render: (_: unknown, r: UnitLine) => <Adjustments rules={r.rules} />,
          },
        ]
      : []),
    {
      title: t('ev.col.total'),
      dataIndex: 'total',
      align: 'right',
      width: 96,
      render: (total: string) => <strong className="ev-num ev-total">{total}</strong>,
    },
    ...(diff
      ? [
          {
            title: t('ev.col.vsPublished'),
            key: 'diff',
            width: 132,
            render: (_: unknown, r: UnitLine) => <DiffCell d={diff.get(r.unitId)} />,
          },
        ]
      : []),
    {
      title: t('ev.col.outcome'),
      key: 'outcome',
      width: 100,
      render: (_, r) => <OutcomeTag outcome={r.outcome} />,
    },
  ];
  return (
    <Table<UnitLine>
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => {
        const d = diff?.get(r.unitId);
        return d && (d.delta !== 0n || d.before === null) ? 'ev-row-changed' : '';
      }}
      data-testid="ev-ranking"
    />
  );
}

function DiffCell({ d }: { d: LineDiff | undefined }) {
  const t = useT();
  if (!d) return null;
  if (!d.before) return <span className="ev-diff is-new">{t('ev.diff.notBefore')}</span>;
  if (d.delta === 0n) return <span className="tj-muted">{t('ev.diff.same')}</span>;
  return (
    <span className={`ev-diff ${d.delta > 0n ? 'is-up' : 'is-down'}`} data-testid="ev-diff">
      <strong>{signedPoints(d.delta)}</strong>
      <span className="ev-diff-was">{t('ev.diff.was', { total: d.before.total, rank: d.before.rank })}</span>
    </span>
  );
}
