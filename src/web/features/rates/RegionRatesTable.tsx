import { Empty, Select, Table } from 'antd';
import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { RATE_KEYS, type RateKey } from '../../../domain/delivery/rates';
import { useT } from '../../i18n/useT';
import { CountLink } from './CountLink';
import { percentHundredths, percentText, rateName, sideName } from './definitionText';
import type { DrillSide, RateView, RegionRates } from './types';

type Drill = (rate: RateKey, side: DrillSide, at: string) => void;
type Props = {
  rows: RegionRates[];
  total: RateView[];
  highlight: string;
  mobile: boolean;
  loading: boolean;
  onDrill: Drill;
  totalAt: string;
};

const rateOf = (rates: RateView[], key: RateKey) => rates.find((r) => r.key === key);

/** Percent (as returned) over "numerator / denominator", both counts opening their projects. */
function RateCell({ rate, at, onDrill }: { rate: RateView | undefined; at: string; onDrill: Drill }) {
  const t = useT();
  if (!rate) return <span className="tj-muted">—</span>;
  const d = rate.definition;
  return (
    <div data-testid={`cell-${rate.key}`}>
      <div className="tj-cell-percent">{percentText(rate.percent)}</div>
      <div className="tj-cell-frac">
        <CountLink
          count={rate.numeratorCount}
          label={sideName(t, rate.key, 'numerator', d)}
          onClick={() => onDrill(rate.key, 'numerator', at)}
        />
        /
        <CountLink
          count={rate.denominatorCount}
          label={sideName(t, rate.key, 'denominator', d)}
          onClick={() => onDrill(rate.key, 'denominator', at)}
        />
      </div>
    </div>
  );
}

/** Phones: one rate at a time, a line per county with its percent and counts. */
function MobileRegionRates({ rows, total, highlight, onDrill, totalAt }: Omit<Props, 'mobile' | 'loading'>) {
  const t = useT();
  const [key, setKey] = useState<RateKey>('performance');
  const lines = [...rows, { regionId: totalAt, regionName: t('rates.total'), groupIds: [], rates: total }];
  return (
    <div data-testid="rates-by-region">
      <Select
        value={key}
        onChange={setKey}
        options={RATE_KEYS.map((k) => ({ value: k, label: rateName(t, k) }))}
        style={{ width: '100%', marginBottom: 8 }}
        data-testid="region-rate-key"
      />
      {rows.length === 0 && <Empty />}
      <div className="tj-region-lines">
        {lines.map((r) => (
          <div
            key={r.regionId}
            className={r.regionId === highlight ? 'tj-region-line tj-row-highlight' : 'tj-region-line'}
            data-testid="region-rates-row"
          >
            <span className={r.regionId === totalAt ? 'tj-project-name' : undefined}>{r.regionName}</span>
            <RateCell rate={rateOf(r.rates, key)} at={r.regionId} onDrill={onDrill} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** The six rates of every county and zone side by side, with the total. */
export function RegionRatesTable({ rows, total, highlight, mobile, loading, onDrill, totalAt }: Props) {
  const t = useT();
  if (mobile)
    return (
      <MobileRegionRates
        rows={rows}
        total={total}
        highlight={highlight}
        onDrill={onDrill}
        totalAt={totalAt}
      />
    );
  const columns: TableColumnsType<RegionRates> = [
    {
      title: t('rates.col.region'),
      dataIndex: 'regionName',
      fixed: 'left',
      width: 130,
      render: (v: string) => <span className="tj-project-name">{v}</span>,
    },
    ...RATE_KEYS.map((k) => ({
      title: rateName(t, k),
      key: k,
      width: 110,
      align: 'right' as const,
      sorter: (a: RegionRates, b: RegionRates) =>
        percentHundredths(rateOf(a.rates, k)?.percent ?? null) -
        percentHundredths(rateOf(b.rates, k)?.percent ?? null),
      sortDirections: ['descend' as const, 'ascend' as const],
      render: (_: unknown, r: RegionRates) => (
        <RateCell rate={rateOf(r.rates, k)} at={r.regionId} onDrill={onDrill} />
      ),
    })),
  ];
  return (
    <Table<RegionRates>
      data-testid="rates-by-region"
      rowKey="regionId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 800 }}
      rowClassName={(r) => (r.regionId === highlight ? 'tj-row-highlight' : '')}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('rates.total')}</strong>
            </Table.Summary.Cell>
            {RATE_KEYS.map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1} align="right">
                <RateCell rate={rateOf(total, k)} at={totalAt} onDrill={onDrill} />
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
