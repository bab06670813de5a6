import { Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { Money } from '../projects/Money';
import type { EventReport, ExcludedProject, ReportProject } from './types';

/** The projects that the counting rules leave out of the headline, each with the rules that do. */
export function ExcludedTable({ report }: { report: EventReport }) {
  const t = useT();
  const mobile = useIsMobile();
  const columns: TableColumnsType<ExcludedProject> = [
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      render: (_, p) => (
        <div>
          <Link to={`/projects/${p.id}`}>{p.name}</Link>
          <div className="tj-project-sub">
            {p.code} · {p.regionName}
          </div>
        </div>
      ),
    },
    {
      title: t('projects.col.totalInvestment'),
      dataIndex: 'totalInvestment',
      width: 120,
      align: 'right',
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t('report.rules'),
      dataIndex: 'rules',
      width: mobile ? 140 : 300,
      render: (rules: string[]) => (
        <span className="tj-tag-row">
          {rules.map((r) => (
            <Tag key={r} color="orange" style={{ marginInlineEnd: 0 }} data-rule={r}>
              {t.label('countingRule', r)}
            </Tag>
          ))}
        </span>
      ),
    },
  ];
  return (
    <Card
      variant="borderless"
      title={t('report.excludedTitle', { count: report.excludedCount })}
      extra={<Link to="/settings">{t('report.rulesLink')}</Link>}
    >
      <Table<ExcludedProject>
        data-testid="signing-excluded"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={report.excluded}
        pagination={report.excluded.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('report.noExcluded') }}
      />
    </Card>
  );
}

/** The counted projects (the signing list). */
export function SignedProjectsTable({ report }: { report: EventReport }) {
  const t = useT();
  const columns: TableColumnsType<ReportProject> = [
    { title: t('agenda.col.no'), key: 'no', width: 56, render: (_, __, i) => i + 1 },
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      render: (_, p) => (
        <div>
          <Link to={`/projects/${p.id}`}>{p.name}</Link>
          <div className="tj-project-sub">{p.investorName}</div>
        </div>
      ),
    },
    { title: t('projects.col.region'), dataIndex: 'regionName', width: 96 },
    {
      title: t('projects.col.industry'),
      dataIndex: 'industry',
      width: 120,
      render: (_, p) => (
        <div>
          {p.industry}
          <div className="tj-project-sub">{t.label('industryCategory', p.industryCategory)}</div>
        </div>
      ),
    },
    {
      title: t('project.field.signingType'),
      dataIndex: 'signingType',
      width: 96,
      render: (v: string | null) => (v ? t.label('signingType', v) : '—'),
    },
    {
      title: t('projects.col.totalInvestment'),
      dataIndex: 'totalInvestment',
      width: 116,
      align: 'right',
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t('project.field.contractedInvestment'),
      dataIndex: 'contractedInvestment',
      width: 116,
      align: 'right',
      render: (v: string | null) => <Money yuan={v} />,
    },
  ];
  return (
    <Card variant="borderless" title={t('report.listTitle', { count: report.statistics.all.count })}>
      <Table<ReportProject>
        data-testid="signing-report-projects"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={report.projects}
        pagination={report.projects.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 860 }}
      />
    </Card>
  );
}
