import { Alert, Drawer, Empty, Pagination, Segmented, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { shanghaiDateTime, shortDate } from '../../lib/shanghaiTime';
import { ColourTag, StateTag } from './ColourTag';
import { ItemCard } from './ItemCard';
import { useSupervisionItems } from './queries';
import {
  STAT_COUNT,
  UNIT_STATS,
  type ItemSummary,
  type UnitFigures,
  type UnitRef,
  type UnitStat,
} from './types';

const PAGE_SIZE = 20;

type Props = {
  /** Whose figures: a unit, or all of them (null). */
  unit: UnitRef | null;
  unitName: string;
  figures: UnitFigures | undefined;
  stat: UnitStat;
  page: number;
  mobile: boolean;
  onStat: (stat: UnitStat) => void;
  onPage: (page: number) => void;
  onClose: () => void;
};

/** The items behind a figure of the statistics: exactly those it counts (the server shares the rule). */
export function DrillDrawer({ unit, unitName, figures, stat, page, mobile, onStat, onPage, onClose }: Props) {
  const { t, locale } = useI18n();
  const result = useSupervisionItems({
    unit: unit?.id,
    unitKind: unit?.kind,
    stat,
    page,
    pageSize: PAGE_SIZE,
  });
  const data = result.data;
  const options = UNIT_STATS.map((s) => ({
    value: s,
    label: figures ? `${t(`sv.stat.${s}`)} ${STAT_COUNT[s](figures)}` : t(`sv.stat.${s}`),
  }));
  const columns: TableColumnsType<ItemSummary> = [
    {
      title: t('sv.col.item'),
      key: 'title',
      render: (_, i) => (
        <div>
          <Link to={`/supervision/${i.id}`} className="tj-sv-drill-title">
            {i.title}
          </Link>
          <div className="tj-muted tj-sv-drill-code">{i.code}</div>
        </div>
      ),
    },
    ...(unit
      ? []
      : [
          {
            title: t('sv.col.unit'),
            key: 'unit',
            width: 150,
            render: (_: unknown, i: ItemSummary) => i.unit.name,
          },
        ]),
    {
      title: t('sv.col.state'),
      dataIndex: 'state',
      width: 96,
      render: (s: ItemSummary['state']) => <StateTag state={s} />,
    },
    {
      title: t('sv.col.colour'),
      dataIndex: 'colour',
      width: 90,
      render: (c: ItemSummary['colour']) => <ColourTag colour={c} />,
    },
    {
      title: t('sv.col.nextDeadline'),
      dataIndex: 'nextDeadline',
      width: 100,
      render: (d: string | null) => (d ? shortDate(d, locale) : <span className="tj-muted">—</span>),
    },
    {
      title: t('sv.col.createdAt'),
      dataIndex: 'createdAt',
      width: 140,
      render: (d: string) => shanghaiDateTime(d),
    },
  ];
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 960}
      title={t('sv.drill.title', { unit: unitName, stat: t(`sv.stat.${stat}`) })}
      data-testid="sv-drill-drawer"
      destroyOnHidden
    >
      <div className="tj-sv-drill-stats">
        {mobile ? (
          <Select<UnitStat>
            value={stat}
            onChange={onStat}
            options={options}
            style={{ width: '100%' }}
            data-testid="sv-drill-stat"
          />
        ) : (
          <Segmented<UnitStat> value={stat} onChange={onStat} options={options} data-testid="sv-drill-stat" />
        )}
      </div>
      <p className="tj-muted tj-sv-drill-def">{t(`sv.stat.def.${stat}`)}</p>
      {result.error && (
        <Alert type="error" showIcon title={errorMessage(t, result.error)} style={{ marginBottom: 12 }} />
      )}
      {mobile ? (
        <div className="tj-sv-list" data-testid="sv-drill-list" data-total={data?.total}>
          {data && data.items.length === 0 && <Empty description={t('sv.drill.empty')} />}
          {data?.items.map((i) => (
            <ItemCard key={i.id} item={i} showState />
          ))}
          {data && data.total > data.pageSize && (
            <Pagination
              className="tj-sv-pager"
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={onPage}
              showSizeChanger={false}
              size="small"
            />
          )}
        </div>
      ) : (
        <Table<ItemSummary>
          data-testid="sv-drill-list"
          data-total={data?.total}
          rowKey="id"
          size="small"
          loading={result.isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('sv.drill.empty') }}
          pagination={
            data && data.total > data.pageSize
              ? {
                  current: data.page,
                  pageSize: data.pageSize,
                  total: data.total,
                  onChange: onPage,
                  showSizeChanger: false,
                  showTotal: (total) => t('sv.list.total', { total }),
                }
              : false
          }
        />
      )}
    </Drawer>
  );
}
