import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportedProject } from '../../../domain/imports/project-sheet';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { formatDate } from '../../lib/format';
import { useRegions } from '../org/queries';
import { Money } from '../projects/Money';

/** The first rows as the system understood them: amounts in 元, dates, regions, categories. */
export function ImportPreview({ rows }: { rows: ImportedProject[] }) {
  const t = useT();
  const regions = useRegions();
  const mobile = useIsMobile();
  const region = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? id;
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid="import-preview">
        {rows.slice(0, 20).map((p) => (
          <Card key={p.row} size="small">
            <div className="tj-project-card-head">
              <div style={{ minWidth: 0 }}>
                <div className="tj-project-name">{p.name}</div>
                <div className="tj-project-sub">{p.investorName}</div>
              </div>
              <span className="tj-muted tj-nowrap">{t('import.rowN', { row: p.row })}</span>
            </div>
            <dl className="tj-project-card-meta">
              <dt>{t('projects.col.region')}</dt>
              <dd>
                {region(p.regionId)} · {t.label('industryCategory', p.industryCategory)}
              </dd>
              <dt>{t('projects.col.totalInvestment')}</dt>
              <dd>
                <Money yuan={p.totalInvestment} />
              </dd>
              {p.signedOn && (
                <>
                  <dt>{t('projects.col.signedOn')}</dt>
                  <dd>
                    {formatDate(p.signedOn)} · {t.label('signingType', p.signingType)}
                  </dd>
                </>
              )}
            </dl>
          </Card>
        ))}
      </div>
    );
  }
  const columns: TableColumnsType<ImportedProject> = [
    { title: t('import.col.row'), dataIndex: 'row', width: 64 },
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      render: (_, p) => (
        <div>
          {p.name}
          <div className="tj-project-sub">{p.investorName}</div>
        </div>
      ),
    },
    { title: t('projects.col.region'), dataIndex: 'regionId', width: 100, render: (v: string) => region(v) },
    {
      title: t('project.field.industryCategory'),
      dataIndex: 'industryCategory',
      width: 96,
      render: (v: string) => t.label('industryCategory', v),
    },
    {
      title: t('projects.col.totalInvestment'),
      dataIndex: 'totalInvestment',
      width: 120,
      align: 'right',
      render: (v: string) => <Money yuan={v} />,
    },
    {
      title: t('projects.col.signedOn'),
      dataIndex: 'signedOn',
      width: 130,
      render: (_, p) =>
        p.signedOn ? `${formatDate(p.signedOn)} · ${t.label('signingType', p.signingType)}` : '—',
    },
  ];
  return (
    <Table<ImportedProject>
      data-testid="import-preview"
      rowKey="row"
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 720 }}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
    />
  );
}
