import { Card, Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { StageTag } from '../projects/StageTag';
import { LastReport, OverdueTags, ProjectCell } from './ProjectCell';
import { useMyProjects } from './queries';
import type { MyProject } from './types';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../projects/projects.css';
import './overview.css';

function RoleTag({ p }: { p: MyProject }) {
  const t = useT();
  return (
    <Tag color={p.role === 'leader' ? 'gold' : 'blue'} style={{ marginInlineEnd: 0 }}>
      {t(p.role === 'leader' ? 'myProjects.role.leader' : 'myProjects.role.member')}
    </Tag>
  );
}

/** /delivery/mine: the projects whose work team (工作专班) I lead or sit on, with what needs attention. */
export function MyProjectsPage() {
  const t = useT();
  const mobile = useIsMobile();
  const query = useMyProjects();
  const items = query.data ?? [];
  const attention = items.filter((p) => p.overdue.length > 0).length;

  const columns: TableColumnsType<MyProject> = [
    {
      title: t('projects.col.name'),
      key: 'project',
      render: (_, p) => <ProjectCell id={p.id} name={p.name} code={p.code} />,
    },
    { title: t('projects.col.region'), dataIndex: 'regionName', width: 96 },
    {
      title: t('projects.col.stage'),
      dataIndex: 'stage',
      width: 80,
      render: (s: MyProject['stage']) => <StageTag stage={s} />,
    },
    { title: t('myProjects.col.role'), key: 'role', width: 100, render: (_, p) => <RoleTag p={p} /> },
    {
      title: t('myProjects.col.duty'),
      dataIndex: 'duty',
      render: (d: string | null) => d ?? <span className="tj-muted">—</span>,
    },
    {
      title: t('myProjects.col.overdue'),
      key: 'overdue',
      render: (_, p) => <OverdueTags milestones={p.overdue} />,
    },
    {
      title: t('overview.col.lastReport'),
      dataIndex: 'lastReportMonth',
      width: 110,
      render: (m: string | null) => <LastReport month={m} />,
    },
  ];

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('myProjects.title')}</h1>
          <div className="tj-page-subtitle">
            {query.data
              ? t('myProjects.summary', { count: items.length, attention })
              : t('myProjects.subtitle')}
          </div>
        </div>
      </div>
      <QueryErrorAlert query={query} spaced />
      {mobile ? (
        <div className="tj-card-list" data-testid="my-projects">
          {query.data && items.length === 0 && <Empty description={t('myProjects.empty')} />}
          {items.map((p) => (
            <Card key={p.id} size="small" data-testid="my-project">
              <div className="tj-project-card-head">
                <Link to={`/projects/${p.id}`} className="tj-project-name">
                  {p.name}
                </Link>
                <StageTag stage={p.stage} />
              </div>
              <div className="tj-project-sub">
                {p.code} · {p.regionName}
              </div>
              <dl className="tj-project-card-meta">
                <dt>{t('myProjects.col.role')}</dt>
                <dd>
                  <RoleTag p={p} />
                  {p.duty && <span className="tj-muted"> {p.duty}</span>}
                </dd>
                <dt>{t('myProjects.col.overdue')}</dt>
                <dd>
                  <OverdueTags milestones={p.overdue} />
                </dd>
                <dt>{t('overview.col.lastReport')}</dt>
                <dd>
                  <LastReport month={p.lastReportMonth} />
                </dd>
              </dl>
            </Card>
          ))}
        </div>
      ) : (
        <Card variant="borderless">
          <Table<MyProject>
            data-testid="my-projects"
            rowKey="id"
            size="middle"
            loading={query.isFetching}
            columns={columns}
            dataSource={items}
            scroll={{ x: 860 }}
            locale={{ emptyText: <Empty description={t('myProjects.empty')} /> }}
            pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          />
        </Card>
      )}
    </>
  );
}
