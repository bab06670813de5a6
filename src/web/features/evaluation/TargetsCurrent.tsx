import { Alert, Empty, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatFigure } from './figures';
import { useTargets } from './targetsQueries';
import type { MethodView } from './types';

type Unit = { id: string; name: string };
type Row = { unit: Unit; values: Map<string, string> };

/** 当前目标: the year's targets as they stand, a row per unit and a column per indicator with targets. */
export function TargetsCurrent({ method, year, units }: { method: MethodView; year: number; units: Unit[] }) {
  const t = useT();
  const targets = useTargets(method.id, year);
  const indicators = method.body.indicators.filter((i) => i.target !== 'none');
  if (targets.isPending) return <Spin style={{ display: 'block', margin: '32px auto' }} />;
  if (targets.error) return <Alert type="error" showIcon title={errorMessage(t, targets.error)} />;
  if (!indicators.length) return <Empty description={t('ev.targets.noIndicators')} />;
  const rows: Row[] = units.map((unit) => ({
    unit,
    values: new Map(
      targets.data.rows.filter((r) => r.unitId === unit.id).map((r) => [r.indicatorKey, r.value]),
    ),
  }));
  const set = targets.data.rows.length;
  const columns: TableColumnsType<Row> = [
    {
      title: t('ev.targets.col.unit'),
      key: 'unit',
      fixed: 'left',
      width: 120,
      render: (_, r) => r.unit.name,
    },
    ...indicators.map((ind) => ({
      title: ind.name,
      key: ind.key,
      align: 'right' as const,
      render: (_: unknown, r: Row) => {
        const v = r.values.get(ind.key);
        return v ? formatFigure(t, ind.metric, v) : <span className="tj-muted">{t('ev.targets.none')}</span>;
      },
    })),
  ];
  return (
    <div data-testid="ev-targets-current">
      <p className="tj-muted">
        {set ? t('ev.targets.currentCount', { year, n: set }) : t('ev.targets.currentEmpty', { year })}
      </p>
      <Table<Row>
        rowKey={(r) => r.unit.id}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content', y: 360 }}
      />
    </div>
  );
}
