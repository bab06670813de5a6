import { Card, List, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { OriginRegion } from '../../../domain/investors/fields';
import { useT } from '../../i18n/useT';
import { useRegions } from '../org/queries';
import { GapTag, TargetFlags, TargetStatusTag } from './AtlasTags';
import type { RoadshowTarget } from './types';

type Props = { area: OriginRegion | null; targets: RoadshowTarget[]; mobile: boolean };

/** One area of the roadshow plan: its target firms with chain, node, gap, flags, status and county. */
export function RoadshowArea({ area, targets, mobile }: Props) {
  const t = useT();
  const regions = useRegions();
  const county = (id: string | null) =>
    id ? (regions.data?.find((r) => r.id === id)?.name ?? id) : t('atlas.target.noCounty');
  const title = area ? t.label('originRegion', area) : t('atlas.roadshow.noArea');
  const where = (r: RoadshowTarget) => (
    <>
      <Link to={`/atlas/${r.chainId}`}>{r.chainName}</Link> · {r.nodeName}
    </>
  );
  return (
    <Card
      size="small"
      className="tj-atlas-roadshow-area"
      data-testid="atlas-roadshow-area"
      data-area={area ?? ''}
      title={title}
      extra={<span className="tj-muted">{t('atlas.roadshow.count', { n: targets.length })}</span>}
      style={{ marginBottom: 16 }}
    >
      {mobile ? (
        <List
          size="small"
          dataSource={targets}
          renderItem={(r) => (
            <List.Item key={r.id} data-testid="atlas-roadshow-target">
              <div className="tj-atlas-item">
                <div className="tj-atlas-item-head">
                  <span className="tj-atlas-item-name">{r.name}</span>
                  <GapTag kind={r.gap} />
                </div>
                <div className="tj-atlas-item-meta">{where(r)}</div>
                <div className="tj-atlas-target-actions">
                  <TargetFlags target={r} />
                  <TargetStatusTag status={r.status} />
                  <span className="tj-muted">
                    {r.originProvince ?? ''} · {county(r.regionId)}
                  </span>
                </div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<RoadshowTarget>
          size="small"
          rowKey="id"
          pagination={false}
          tableLayout="fixed"
          dataSource={targets}
          onRow={() => ({ 'data-testid': 'atlas-roadshow-target' }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('atlas.roadshow.col.target'),
              key: 'name',
              render: (_, r) => (
                <div>
                  <div className="tj-atlas-item-name">{r.name}</div>
                  <div className="tj-muted tj-atlas-item-meta">
                    {r.originProvince ?? ''} <TargetFlags target={r} />
                  </div>
                </div>
              ),
            },
            { title: t('atlas.roadshow.col.chain'), key: 'chain', width: '34%', render: (_, r) => where(r) },
            {
              title: t('atlas.roadshow.col.gap'),
              key: 'gap',
              width: 80,
              render: (_, r) => <GapTag kind={r.gap} />,
            },
            {
              title: t('atlas.roadshow.col.status'),
              key: 'status',
              width: 96,
              render: (_, r) => <TargetStatusTag status={r.status} />,
            },
            {
              title: t('atlas.roadshow.col.county'),
              key: 'county',
              width: 96,
              render: (_, r) => county(r.regionId),
            },
          ]}
        />
      )}
    </Card>
  );
}
