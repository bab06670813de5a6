import { Card, Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { ProjectCell } from './ProjectCell';
import type { OverdueItem } from './types';

type Props = { items: OverdueItem[]; mobile: boolean; showRegion: boolean };

const byLateness = (a: OverdueItem, b: OverdueItem) => b.daysLate - a.daysLate;

/** Milestones past their plan: project, milestone, planned date, days late (latest first). */
export function OverdueList({ items, mobile, showRegion }: Props) {
  const t = useT();
  const rows = [...items].sort(byLateness);
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid="overdue-list">
        {rows.length === 0 && <Empty description={t('overview.noOverdue')} />}
        {rows.slice(0, 30).map((o) => (
          <Card key={`${o.projectId}-${o.milestone}`} size="small" data-testid="overdue-item">
            <div className="tj-project-card-head">
              <Link to={`/projects/${o.projectId}`} className="tj-project-name">
                {o.name}
              </Link>
              <span className="tj-late">{t('overview.daysLate', { days: o.daysLate })}</span>
            </div>
            <div className="tj-project-sub">
              {o.code} · {o.regionName}
            </div>
            <div className="tj-project-sub">
              {t('overview.overdueLine', {
                milestone: t.label('stage', o.milestone),
                date: formatDate(o.plannedOn),
              })}
            </div>
          </Card>
        ))}
        {rows.length > 30 && (
          <div className="tj-muted">{t('overview.moreOverdue', { count: rows.length - 30 })}</div>
        )}
      </div>
    );
  }
  const columns: TableColumnsType<OverdueItem> = [
    {
      title: t('projects.col.name'),
      key: 'project',
      render: (_, o) => (
        <ProjectCell
          id={o.projectId}
          name={o.name}
          code={o.code}
          region={showRegion ? o.regionName : undefined}
        />
      ),
    },
    {
      title: t('overview.col.milestone'),
      dataIndex: 'milestone',
      width: 64,
      render: (m: string) => t.label('stage', m),
    },
    { title: t('overview.col.plannedOn'), dataIndex: 'plannedOn', width: 100, render: formatDate },
    {
      title: t('overview.col.daysLate'),
      dataIndex: 'daysLate',
      width: 84,
      align: 'right',
      render: (d: number) => <span className="tj-late">{d}</span>,
    },
  ];
  return (
    <Table<OverdueItem>
      data-testid="overdue-list"
      rowKey={(o) => `${o.projectId}-${o.milestone}`}
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 420 }}
      locale={{ emptyText: t('overview.noOverdue') }}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
    />
  );
}
