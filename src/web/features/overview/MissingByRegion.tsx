import { Card, Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import type { MissingRegion } from './types';

type Props = {
  rows: MissingRegion[];
  selected: string;
  onSelect: (regionId: string) => void;
  mobile: boolean;
  loading: boolean;
};

function MissingCount({ n }: { n: number }) {
  return n > 0 ? (
    <Tag color="red" style={{ marginInlineEnd: 0 }}>
      {n}
    </Tag>
  ) : (
    <Tag color="green" style={{ marginInlineEnd: 0 }}>
      0
    </Tag>
  );
}

/** Per county: projects that owe the month's report, how many filed and how many are missing. */
export function MissingByRegion({ rows, selected, onSelect, mobile, loading }: Props) {
  const t = useT();
  const toggle = (id: string) => onSelect(selected === id ? '' : id);
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid="missing-by-region">
        {rows.length === 0 && <Empty description={t('overview.noRequired')} />}
        {rows.map((r) => (
          <Card
            key={r.regionId}
            size="small"
            onClick={() => toggle(r.regionId)}
            style={{ cursor: 'pointer', ...(selected === r.regionId ? { borderColor: '#1f5fbf' } : {}) }}
            data-testid="missing-region"
          >
            <div className="tj-project-card-head">
              <span className="tj-project-name">{r.regionName}</span>
              <MissingCount n={r.missing} />
            </div>
            <div className="tj-project-sub">
              {t('overview.missing.counts', { required: r.required, filed: r.required - r.missing })}
            </div>
          </Card>
        ))}
      </div>
    );
  }
  const columns: TableColumnsType<MissingRegion> = [
    { title: t('projects.col.region'), dataIndex: 'regionName' },
    { title: t('overview.col.required'), dataIndex: 'required', align: 'right', width: 90 },
    {
      title: t('overview.col.filed'),
      key: 'filed',
      align: 'right',
      width: 90,
      render: (_, r) => r.required - r.missing,
    },
    {
      title: t('overview.col.missing'),
      dataIndex: 'missing',
      align: 'right',
      width: 90,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.missing - b.missing,
      render: (n: number) => <MissingCount n={n} />,
    },
  ];
  return (
    <Table<MissingRegion>
      data-testid="missing-by-region"
      rowKey="regionId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('overview.noRequired') }}
      rowClassName={(r) => (r.regionId === selected ? 'tj-row-highlight' : '')}
      onRow={(r) =>
        ({
          onClick: () => toggle(r.regionId),
          style: { cursor: 'pointer' },
          'data-testid': 'missing-region',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
