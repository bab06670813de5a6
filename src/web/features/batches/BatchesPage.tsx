import { Card, Segmented, Select, Switch, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FIRST_SIGNING_MONTH } from '../../../domain/signing/schedule';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { SETTINGS_WRITERS } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { BatchTable } from './BatchTable';
import { useQuarterBatches } from './queries';
import { BATCH_LISTS, type BatchList } from './types';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../projects/projects.css';
import './batches.css';

const PERIOD = /^(\d{4})Q([1-4])$/;

/** /batches: 三个一批 — the sign, start and produce lists of a quarter, with eligibility reasons. */
export function BatchesPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const [searchParams, setSearchParams] = useSearchParams();
  const now = dayjs();
  const current = `${now.year()}Q${Math.floor(now.month() / 3) + 1}`;
  const period = PERIOD.test(searchParams.get('period') ?? '')
    ? (searchParams.get('period') as string)
    : current;
  const [, yearText = '', quarterText = '1'] = PERIOD.exec(period) ?? [];
  const year = Number(yearText);
  const [list, setList] = useState<BatchList>('sign');
  const [onlyEligible, setOnlyEligible] = useState(false);
  const query = useQuarterBatches(period);
  const data = query.data;
  const firstYear = Number(FIRST_SIGNING_MONTH.slice(0, 4));
  const years = Array.from({ length: now.year() - firstYear + 1 }, (_, i) => now.year() - i);
  const setPeriod = (y: number, q: string) => setSearchParams({ period: `${y}Q${q}` });

  const entries = (l: BatchList) => (data?.[l] ?? []).filter((e) => !onlyEligible || e.eligible);
  const counts = (l: BatchList) => {
    const all = data?.[l] ?? [];
    return { name: t(`batch.list.${l}`), eligible: all.filter((e) => e.eligible).length, total: all.length };
  };
  // Phones have room for the three names only; the counts go under the tabs.
  const label = (l: BatchList) => (mobile ? counts(l).name : t('batch.tab', counts(l)));

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('batch.title')}</h1>
          <div className="tj-page-subtitle">{t('batch.subtitle')}</div>
        </div>
      </div>
      <div className="tj-filters">
        <Select
          value={year}
          style={{ width: 110 }}
          onChange={(y: number) => setPeriod(y, quarterText)}
          options={years.map((y) => ({ value: y, label: t('signing.year', { year: y }) }))}
          data-testid="batch-year"
        />
        <Segmented
          value={quarterText}
          onChange={(q) => setPeriod(year, q)}
          options={['1', '2', '3', '4'].map((q) => ({ value: q, label: t('batch.quarter', { q }) }))}
          data-testid="batch-quarter"
        />
        {data && (
          <span className="tj-muted">
            {formatDate(data.from)} ~ {formatDate(data.to)}
          </span>
        )}
        <label className="tj-batch-switch">
          <Switch
            size="small"
            checked={onlyEligible}
            onChange={setOnlyEligible}
            data-testid="batch-only-eligible"
          />
          {t('batch.onlyEligible')}
        </label>
      </div>
      <QueryErrorAlert query={query} spaced />
      {data && (
        <Card variant="borderless" size="small" style={{ marginBottom: 16 }} data-testid="batch-thresholds">
          <div className="tj-batch-thresholds">
            <span className="tj-muted">{t('batch.thresholds')}</span>
            {Object.entries(data.thresholds).map(([rule, yi]) => (
              <Tag key={rule} variant="outlined">
                {t.label('batchRule', rule)} ≥ {yi} {t('unit.yi')}
              </Tag>
            ))}
            {SETTINGS_WRITERS.includes(me.role) && <Link to="/settings">{t('batch.configure')}</Link>}
          </div>
        </Card>
      )}
      <Card variant="borderless">
        <Tabs
          activeKey={list}
          onChange={(k) => setList(k as BatchList)}
          items={BATCH_LISTS.map((l) => ({
            key: l,
            label: label(l),
            children: (
              <>
                <p className="tj-muted" style={{ marginTop: 0 }}>
                  {t(`batch.explain.${l}`)}
                  {mobile && ` ${t('batch.counts', counts(l))}`}
                </p>
                <BatchTable list={l} entries={entries(l)} mobile={mobile} loading={query.isFetching} />
              </>
            ),
          }))}
        />
      </Card>
    </>
  );
}
