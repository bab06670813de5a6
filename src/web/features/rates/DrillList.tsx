import { Card, Empty, Pagination, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { Money } from '../projects/Money';
import { StageTag } from '../projects/StageTag';
import type { DrillProject, DrillResponse } from './types';

type Props = {
  data: DrillResponse | undefined;
  loading: boolean;
  mobile: boolean;
  onPage: (page: number) => void;
};

const DATES = [
  ['registeredOn', 'rates.drill.registeredOn'],
  ['startedOn', 'rates.drill.startedOn'],
  ['producingOn', 'rates.drill.producingOn'],
  ['atCapacityOn', 'rates.drill.atCapacityOn'],
] as const;

/** The projects behind one side of a rate, each linking to its record. */
export function DrillList({ data, loading, mobile, onPage }: Props) {
  const t = useT();
  const items = data?.items ?? [];
  const pager = data && data.total > data.pageSize && (
    <Pagination
      current={data.page}
      pageSize={data.pageSize}
      total={data.total}
      onChange={onPage}
      showSizeChanger={false}
      size="small"
      style={{ marginTop: 12, textAlign: 'right' }}
    />
  );
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid="drill-list">
        {!loading && items.length === 0 && <Empty description={t('rates.drill.empty')} />}
        {items.map((p) => (
          <Card key={p.id} size="small" data-testid="drill-item">
            <div className="tj-project-card-head">
              <Link to={`/projects/${p.id}`} className="tj-project-name">
                {p.name}
              </Link>
              <StageTag stage={p.stage} />
            </div>
            <div className="tj-project-sub">
              {p.code} · {p.regionName} · {t('rates.drill.signedOn', { date: formatDate(p.signedOn) })}
            </div>
            <dl className="tj-project-card-meta">
              {DATES.filter(([k]) => p[k]).map(([k, label]) => [
                <dt key={`${k}-t`}>{t(label)}</dt>,
                <dd key={`${k}-d`}>{formatDate(p[k])}</dd>,
              ])}
              <dt>{t('rates.drill.funds')}</dt>
              <dd>
                <Money yuan={p.fundsArrived} /> / <Money yuan={p.contractedInvestment} />
              </dd>
            </dl>
          </Card>
        ))}
        {pager}
      </div>
    );
  }
  const columns: TableColumnsType<DrillProject> = [
    {
      title: t('projects.col.name'),
      key: 'name',
      fixed: 'left',
      width: 220,
      render: (_, p) => (
        <div>
          <Link to={`/projects/${p.id}`} className="tj-project-name">
            {p.name}
          </Link>
          <div className="tj-project-sub">{p.code}</div>
        </div>
      ),
    },
    { title: t('projects.col.region'), dataIndex: 'regionName', width: 96 },
    {
      title: t('projects.col.stage'),
      dataIndex: 'stage',
      width: 80,
      render: (s: DrillProject['stage']) => <StageTag stage={s} />,
    },
    { title: t('projects.col.signedOn'), dataIndex: 'signedOn', width: 104, render: formatDate },
    ...DATES.map(([k, label]) => ({
      title: t(label),
      dataIndex: k,
      width: 104,
      render: (v: string | null) => formatDate(v) || '—',
    })),
    {
      title: t('rates.drill.arrived'),
      dataIndex: 'fundsArrived',
      width: 110,
      align: 'right',
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t('project.field.contractedInvestment'),
      dataIndex: 'contractedInvestment',
      width: 110,
      align: 'right',
      render: (v: string | null) => <Money yuan={v} />,
    },
  ];
  return (
    <Table<DrillProject>
      data-testid="drill-list"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={items}
      scroll={{ x: 1130 }}
      locale={{ emptyText: t('rates.drill.empty') }}
      pagination={
        data && data.total > data.pageSize
          ? {
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              onChange: onPage,
              showSizeChanger: false,
              showTotal: (total) => t('common.total', { total }),
            }
          : false
      }
    />
  );
}
