import { Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { OverdueTags } from '../delivery/OverdueTags';
import { Money } from './Money';
import { StageTag } from './StageTag';
import type { ProjectSort, ProjectSummary } from './types';

type Props = {
  items: ProjectSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  sort?: ProjectSort;
  order?: 'asc' | 'desc';
  onSort?: (sort: ProjectSort | null, order: 'asc' | 'desc') => void;
};

function rowAttributes(p: ProjectSummary): HTMLAttributes<HTMLElement> {
  const attributes = {
    'data-testid': 'project-row',
    'data-project-code': p.code,
    className: 'tj-project-row',
  };
  return attributes;
}

export function ProjectTable({ items, total, page, pageSize, loading, onPage, sort, order, onSort }: Props) {
  const t = useT();
  const sortable = (key: ProjectSort) => ({
    sorter: true,
    sortOrder: sort === key ? (order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
    sortDirections: ['descend' as const, 'ascend' as const],
  });
  const columns: TableColumnsType<ProjectSummary> = [
    {
      title: t('projects.col.code'),
      dataIndex: 'code',
      key: 'code',
      width: 136,
      ...sortable('code'),
      render: (code: string) => <span className="tj-nowrap">{code}</span>,
    },
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      render: (_, p) => (
        <div>
          <Link to={`/projects/${p.id}`} className="tj-project-name" data-testid="project-link">
            {p.name}
          </Link>
          <div className="tj-project-sub">{p.investorName}</div>
        </div>
      ),
    },
    { title: t('projects.col.region'), dataIndex: 'regionName', width: 100 },
    {
      title: t('projects.col.stage'),
      dataIndex: 'stage',
      width: 84,
      render: (_, p) => <StageTag stage={p.stage} />,
    },
    {
      title: t('projects.col.industry'),
      dataIndex: 'industry',
      width: 140,
      render: (_, p) => (
        <div>
          <div>
            {p.industry}
            {p.strategicEmerging && (
              <Tooltip title={t('project.field.strategicEmerging')}>
                <Tag color="magenta" variant="filled" style={{ marginInlineStart: 6 }}>
                  {t('projects.strategicEmerging')}
                </Tag>
              </Tooltip>
            )}
          </div>
          <div className="tj-project-sub">{t.label('industryCategory', p.industryCategory)}</div>
        </div>
      ),
    },
    {
      title: t('projects.col.totalInvestment'),
      dataIndex: 'totalInvestment',
      key: 'totalInvestment',
      align: 'right',
      ...sortable('totalInvestment'),
      width: 124,
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t('projects.col.signedOn'),
      dataIndex: 'signedOn',
      key: 'signedOn',
      width: 120,
      ...sortable('signedOn'),
      render: (_, p) =>
        p.signedOn ? (
          <div>
            <div className="tj-nowrap">{formatDate(p.signedOn)}</div>
            {p.signingType && <div className="tj-project-sub">{t.label('signingType', p.signingType)}</div>}
          </div>
        ) : (
          <span className="tj-muted">—</span>
        ),
    },
    {
      title: t('delivery.col.overdue'),
      key: 'overdue',
      width: 112,
      render: (_, p) =>
        p.overdueStart && p.startBy ? (
          <Tooltip title={t('project.overdueAlert', { date: formatDate(p.startBy) })}>
            <span>
              <OverdueTags project={p} />
            </span>
          </Tooltip>
        ) : (
          <OverdueTags project={p} />
        ),
    },
  ];
  return (
    <Table<ProjectSummary>
      data-testid="project-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1040 }}
      onRow={rowAttributes}
      onChange={(_, __, sorter, extra) => {
        if (extra.action !== 'sort' || Array.isArray(sorter)) return;
        const key = sorter.order ? (sorter.columnKey as ProjectSort) : null;
        onSort?.(key, sorter.order === 'ascend' ? 'asc' : 'desc');
      }}
      locale={{ emptyText: t('projects.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
