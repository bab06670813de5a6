import { Button, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import { OutcomeTag } from '../evaluation/RankBits';
import { AwardTags } from './AwardTags';
import { PeriodRank, periodShort } from './PeriodRank';
import type { Award, YearEndOverview, YearUnit } from './types';
import { RankBadge } from '../../lib/RankBadge';

export type RowActions = {
  /** The city admin records and revokes; null for readers. */
  onAward: ((unit: YearUnit) => void) | null;
  onRevoke: ((award: Award, unit: YearUnit) => void) | null;
};

/** 年度名次, 单位, each period's rank (total below), inspection scores, 年度总分, outcome, 奖惩. */
export function YearEndTable({ overview, onAward, onRevoke }: { overview: YearEndOverview } & RowActions) {
  const t = useT();
  const columns: TableColumnsType<YearUnit> = [
    {
      title: t('ey.col.annualRank'),
      key: 'rank',
      width: 72,
      fixed: 'left',
      align: 'center',
      render: (_, u) =>
        u.annual ? (
          <RankBadge rank={u.annual.rank} />
        ) : (
          <Tooltip title={t('ey.notRanked', { year: overview.year })}>
            <span className="tj-muted">—</span>
          </Tooltip>
        ),
    },
    {
      title: t('ey.col.unit'),
      key: 'unit',
      width: 104,
      fixed: 'left',
      render: (_, u) => <span className="ev-unit-name">{u.unitName}</span>,
    },
    ...overview.periods.map((p, i) => ({
      title: periodShort(t, p.period),
      key: `p-${p.period}`,
      width: 84,
      align: 'center' as const,
      render: (_: unknown, u: YearUnit) => <PeriodRank line={u.periods[i]?.line ?? null} />,
    })),
    ...overview.inspections.map((insp, i) => ({
      title: t('ey.col.inspection', { name: insp.name }),
      key: `i-${insp.id}`,
      width: 96,
      align: 'right' as const,
      render: (_: unknown, u: YearUnit) => <span className="ev-num">{u.inspections[i]?.score ?? '—'}</span>,
    })),
    {
      title: t('ey.col.annualTotal'),
      key: 'total',
      width: 88,
      align: 'right',
      render: (_, u) =>
        u.annual ? (
          <strong className="ev-num ev-total">{u.annual.total}</strong>
        ) : (
          <span className="tj-muted">—</span>
        ),
    },
    {
      title: t('ey.col.outcome'),
      key: 'outcome',
      width: 104,
      render: (_, u) => <OutcomeTag outcome={u.annual?.outcome ?? null} />,
    },
    {
      title: t('ey.col.awards'),
      key: 'awards',
      render: (_, u) => (
        <AwardTags awards={u.awards} onRevoke={onRevoke ? (a) => onRevoke(a, u) : undefined} />
      ),
    },
  ];
  if (onAward) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_, u) => (
        <Button size="small" onClick={() => onAward(u)} data-testid="ey-award-add">
          {t('ey.award.add')}
        </Button>
      ),
    });
  }
  return (
    <Table<YearUnit>
      size="middle"
      rowKey="unitId"
      pagination={false}
      dataSource={overview.units}
      columns={columns}
      scroll={{ x: 'max-content' }}
      rowClassName={(u) => (u.annual ? '' : 'ey-row-unranked')}
      onRow={(u) => ({ 'data-testid': `ey-unit-${u.unitId}` }) as HTMLAttributes<HTMLElement>}
      data-testid="ey-table"
    />
  );
}
