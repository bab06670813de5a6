import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT';
import { rankUnits, type RankedUnit } from './marks';
import type { UnitScore } from './types';
import { RankBadge } from '../../lib/RankBadge';

/** 县区得分: each county's score (the mean of its scored sites), ranked. */
export function UnitsTable({ units }: { units: UnitScore[] }) {
  const t = useT();
  const columns: TableColumnsType<RankedUnit> = [
    {
      title: t('insp.units.col.rank'),
      key: 'rank',
      width: 64,
      render: (_, u) => (u.rank === null ? <span className="tj-muted">—</span> : <RankBadge rank={u.rank} />),
    },
    { title: t('insp.units.col.unit'), key: 'unit', render: (_, u) => u.unitName },
    { title: t('insp.units.col.sites'), key: 'sites', width: 80, align: 'right', render: (_, u) => u.sites },
    {
      title: t('insp.units.col.score'),
      key: 'score',
      width: 96,
      align: 'right',
      render: (_, u) => (
        <strong className="insp-num" data-testid={`insp-unit-score-${u.unitId}`}>
          {u.score ?? '—'}
        </strong>
      ),
    },
  ];
  return (
    <Table<RankedUnit>
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={rankUnits(units)}
      pagination={false}
      onRow={(u) => ({ 'data-testid': `insp-unit-${u.unitId}` }) as object}
      data-testid="insp-units"
    />
  );
}
