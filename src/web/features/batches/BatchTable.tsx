import { Card, Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { Money } from '../projects/Money';
import type { BatchEntry, BatchList } from './types';

const DATE_OF: Record<BatchList, keyof BatchEntry> = {
  sign: 'signedOn',
  start: 'startedOn',
  produce: 'producingOn',
};

/** 符合 / 不符合, with the rule and threshold the project is measured against. */
function Eligibility({ entry: e }: { entry: BatchEntry }) {
  const t = useT();
  const rule = t.label('batchRule', e.rule);
  return (
    <div data-testid="batch-eligibility" data-eligible={e.eligible}>
      <Tag color={e.eligible ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
        {e.eligible ? t('batch.eligible') : t('batch.ineligible')}
      </Tag>
      <div className="tj-project-sub">
        {e.eligible
          ? t('batch.meets', { rule, yi: e.thresholdYi })
          : t('batch.below', { rule, yi: e.thresholdYi })}
      </div>
    </div>
  );
}

type Props = { list: BatchList; entries: BatchEntry[]; mobile: boolean; loading: boolean };

/** One of the three lists (签约一批 / 开工一批 / 投产一批) with each project's eligibility and reason. */
export function BatchTable({ list, entries, mobile, loading }: Props) {
  const t = useT();
  const dateKey = DATE_OF[list];
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid={`batch-list-${list}`}>
        {entries.length === 0 && <Empty description={t('batch.empty')} />}
        {entries.map((e) => (
          <Card key={e.id} size="small" data-testid="batch-entry">
            <Link to={`/projects/${e.id}`} className="tj-project-name">
              {e.name}
            </Link>
            <div className="tj-project-sub">
              {e.code} · {e.regionName} · {t.label('industryCategory', e.industryCategory)}
            </div>
            <dl className="tj-project-card-meta">
              <dt>{t('projects.col.totalInvestment')}</dt>
              <dd>
                <Money yuan={e.totalInvestment} />
              </dd>
              <dt>{t(`batch.date.${list}`)}</dt>
              <dd>{formatDate(e[dateKey] as string | null) || '—'}</dd>
            </dl>
            <div style={{ marginTop: 8 }}>
              <Eligibility entry={e} />
            </div>
          </Card>
        ))}
      </div>
    );
  }
  const columns: TableColumnsType<BatchEntry> = [
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      render: (_, e) => (
        <div>
          <Link to={`/projects/${e.id}`} className="tj-project-name">
            {e.name}
          </Link>
          <div className="tj-project-sub">{e.code}</div>
        </div>
      ),
    },
    { title: t('projects.col.region'), dataIndex: 'regionName', width: 100 },
    {
      title: t('project.field.industryCategory'),
      dataIndex: 'industryCategory',
      width: 100,
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
      title: t(`batch.date.${list}`),
      key: 'date',
      width: 110,
      render: (_, e) => formatDate(e[dateKey] as string | null) || '—',
    },
    ...(list === 'produce'
      ? [
          {
            title: t('batch.date.start'),
            key: 'started',
            width: 110,
            render: (_: unknown, e: BatchEntry) => formatDate(e.startedOn) || '—',
          },
        ]
      : []),
    {
      title: t('batch.col.eligibility'),
      key: 'eligibility',
      width: 260,
      render: (_, e) => <Eligibility entry={e} />,
    },
  ];
  return (
    <Table<BatchEntry>
      data-testid={`batch-list-${list}`}
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={entries}
      scroll={{ x: 900 }}
      onRow={(e) =>
        ({ 'data-testid': 'batch-entry', 'data-eligible': String(e.eligible) }) as HTMLAttributes<HTMLElement>
      }
      rowClassName={(e) => (e.eligible ? '' : 'tj-row-ineligible')}
      pagination={entries.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('batch.empty') }}
    />
  );
}
