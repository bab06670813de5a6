import { Card, Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { StageTag } from '../projects/StageTag';
import { LastReport, ProjectCell } from './ProjectCell';
import type { MissingProject } from './types';

type Props = { items: MissingProject[]; mobile: boolean; showRegion: boolean; pageSize?: number };

/** Projects that owe a month's report: project, county, stage, the last month reported. */
export function MissingList({ items, mobile, showRegion, pageSize = 10 }: Props) {
  const t = useT();
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid="missing-list">
        {items.length === 0 && <Empty description={t('overview.noMissing')} />}
        {items.map((p) => (
          <Card key={p.id} size="small" data-testid="missing-item">
            <div className="tj-project-card-head">
              <Link to={`/projects/${p.id}`} className="tj-project-name">
                {p.name}
              </Link>
              <StageTag stage={p.stage} />
            </div>
            <div className="tj-project-sub">
              {p.code} · {p.regionName} · {t('overview.col.lastReport')}{' '}
              <LastReport month={p.lastReportMonth} />
            </div>
          </Card>
        ))}
      </div>
    );
  }
  const columns: TableColumnsType<MissingProject> = [
    {
      title: t('projects.col.name'),
      key: 'project',
      render: (_, p) => (
        <ProjectCell id={p.id} name={p.name} code={p.code} region={showRegion ? p.regionName : undefined} />
      ),
    },
    {
      title: t('projects.col.stage'),
      dataIndex: 'stage',
      width: 80,
      render: (s: MissingProject['stage']) => <StageTag stage={s} />,
    },
    {
      title: t('overview.col.lastReport'),
      dataIndex: 'lastReportMonth',
      width: 110,
      render: (m: string | null) => <LastReport month={m} />,
    },
  ];
  return (
    <Table<MissingProject>
      data-testid="missing-list"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      scroll={{ x: 400 }}
      locale={{ emptyText: t('overview.noMissing') }}
      pagination={items.length > pageSize ? { pageSize, showSizeChanger: false, size: 'small' } : false}
    />
  );
}
