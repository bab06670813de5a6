import { Progress, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT';
import { StatCount } from './StatCount';
import type { UnitFigures, UnitRef, UnitStat, UnitStatsLine } from './types';
import { RankBadge } from '../../lib/RankBadge';

export type Drill = (unit: UnitRef | null, stat: UnitStat) => void;

export const percentText = (p: string | null) => (p === null ? '—' : `${p}%`);

/** The on-time rate over "on time n · late m", both opening their items. */
export function RateCell({ f, onDrill }: { f: UnitFigures; onDrill: (stat: UnitStat) => void }) {
  const t = useT();
  return (
    <div data-testid="cell-onTime">
      <div className="tj-sv-rate">{percentText(f.onTimeRate)}</div>
      <div className="tj-sv-rate-parts">
        {f.resolved === 0 ? (
          t('sv.stats.noneResolved')
        ) : (
          <>
            <StatCount count={f.resolvedOnTime} stat="onTime" onDrill={onDrill}>
              {t('sv.stats.onTime', { n: f.resolvedOnTime })}
            </StatCount>
            ·
            <StatCount count={f.late} stat="late" onDrill={onDrill} alert>
              {t('sv.stats.late', { n: f.late })}
            </StatCount>
          </>
        )}
      </div>
    </div>
  );
}

/** 销号清零: a bar of closed ÷ all, with both counts opening their items. */
export function ClearedCell({ f, onDrill }: { f: UnitFigures; onDrill: (stat: UnitStat) => void }) {
  return (
    <div className="tj-sv-cleared" data-testid="cell-cleared">
      <Progress
        percent={f.clearedRate === null ? 0 : Number(f.clearedRate)}
        showInfo={false}
        size="small"
        strokeColor="#2f9e57"
      />
      <span className="tj-sv-cleared-text">
        <StatCount count={f.closed} stat="closed" onDrill={onDrill} />/
        <StatCount count={f.total} stat="all" onDrill={onDrill} />
        <span className="tj-muted"> · {percentText(f.clearedRate)}</span>
      </span>
    </div>
  );
}

/** The average days to resolve, opening the resolved items it is taken over. */
export function DaysCell({ f, onDrill }: { f: UnitFigures; onDrill: (stat: UnitStat) => void }) {
  const t = useT();
  if (f.averageDaysToResolve === null) return <span className="tj-muted">—</span>;
  return (
    <StatCount count={f.resolved} stat="resolved" onDrill={onDrill}>
      {t('sv.stats.days', { n: f.averageDaysToResolve })}
    </StatCount>
  );
}

type Props = { units: UnitStatsLine[]; total: UnitFigures | null; loading: boolean; onDrill: Drill };

/** Units by rank: on-time rate, open, overdue, closed, days to resolve, clearing progress; every figure drills down. */
export function StatsTable({ units, total, loading, onDrill }: Props) {
  const t = useT();
  const count = (stat: UnitStat, pick: (f: UnitFigures) => number, alert?: boolean) => ({
    width: 84,
    align: 'right' as const,
    render: (_: unknown, r: UnitStatsLine) => (
      <StatCount count={pick(r)} stat={stat} onDrill={(s) => onDrill(r.unit, s)} alert={alert} />
    ),
  });
  const columns: TableColumnsType<UnitStatsLine> = [
    {
      title: t('sv.stats.col.rank'),
      dataIndex: 'rank',
      width: 64,
      align: 'center',
      render: (rank: number) => <RankBadge rank={rank} />,
    },
    {
      title: t('sv.stats.col.unit'),
      key: 'unit',
      render: (_, r) => (
        <span className="tj-sv-unit">
          <span className="tj-sv-unit-name">{r.unit.name}</span>
          <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
            {t(`sv.unitKind.${r.unit.kind}`)}
          </Tag>
        </span>
      ),
    },
    {
      title: t('sv.stats.col.onTimeRate'),
      key: 'onTime',
      width: 150,
      render: (_, r) => <RateCell f={r} onDrill={(s) => onDrill(r.unit, s)} />,
    },
    { title: t('sv.stats.col.open'), key: 'open', ...count('open', (f) => f.open) },
    { title: t('sv.stats.col.overdue'), key: 'overdue', ...count('overdue', (f) => f.overdue, true) },
    { title: t('sv.stats.col.closed'), key: 'closed', ...count('closed', (f) => f.closed) },
    {
      title: t('sv.stats.col.avgDays'),
      key: 'days',
      width: 110,
      align: 'right',
      render: (_, r) => <DaysCell f={r} onDrill={(s) => onDrill(r.unit, s)} />,
    },
    {
      title: t('sv.stats.col.cleared'),
      key: 'cleared',
      width: 190,
      render: (_, r) => <ClearedCell f={r} onDrill={(s) => onDrill(r.unit, s)} />,
    },
  ];
  const all = (s: UnitStat) => onDrill(null, s);
  return (
    <Table<UnitStatsLine>
      data-testid="sv-stats-table"
      rowKey={(r) => `${r.unit.kind}:${r.unit.id}`}
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('sv.stats.empty') }}
      summary={() =>
        total && units.length > 1 ? (
          <Table.Summary.Row className="tj-sv-total-row" data-testid="sv-stats-total">
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>
              <strong>{t('sv.stats.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2}>
              <RateCell f={total} onDrill={all} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <StatCount count={total.open} stat="open" onDrill={all} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <StatCount count={total.overdue} stat="overdue" onDrill={all} alert />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <StatCount count={total.closed} stat="closed" onDrill={all} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              <DaysCell f={total} onDrill={all} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7}>
              <ClearedCell f={total} onDrill={all} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
