import { Button, Card, DatePicker, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { MONTH_PATTERN } from '../../../domain/delivery/report-month';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { MissingByRegion } from './MissingByRegion';
import { MissingList } from './MissingList';
import { useMissingReports } from './queries';
import { useScopeName } from './useScopeName';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../projects/projects.css';
import '../rates/rates.css';
import './overview.css';

/** /reports/missing: the monthly reports (月报) missing for a month, per county and project. */
export function MissingReportsPage() {
  const t = useT();
  const mobile = useIsMobile();
  const { regionId, scopeName, cityWide } = useScopeName();
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('month') ?? '';
  const month = MONTH_PATTERN.test(monthParam) ? monthParam : '';
  const [only, setOnly] = useState('');
  const query = useMissingReports(month, regionId);
  const data = query.data;
  const projects = (data?.projects ?? []).filter((p) => !only || p.regionId === only);
  const onlyName = data?.byRegion.find((r) => r.regionId === only)?.regionName;
  // One county (an officer's own, or the one chosen in the header): its counts are in the filter bar.
  const perCounty = (data?.byRegion.length ?? 0) > 1;
  const totals = (data?.byRegion ?? []).reduce(
    (a, r) => ({ required: a.required + r.required, missing: a.missing + r.missing }),
    { required: 0, missing: 0 },
  );

  const setMonth = (m: string) => {
    setOnly('');
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (m) next.set('month', m);
      else next.delete('month');
      return next;
    });
  };

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('missingReports.title')}</h1>
          <div className="tj-page-subtitle">{t('missingReports.subtitle', { scope: scopeName })}</div>
        </div>
      </div>
      <div className="tj-filters">
        <DatePicker
          picker="month"
          className="tj-cohort-select"
          value={data ? dayjs(`${data.month}-01`) : month ? dayjs(`${month}-01`) : null}
          allowClear={false}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          aria-label={t('missingReports.month')}
          data-testid="missing-month"
        />
        {data && (
          <span className="tj-muted" data-testid="missing-due">
            {t('overview.missing.due', { date: formatDate(data.dueOn) })}
          </span>
        )}
        {data && (
          <Tag color={totals.missing > 0 ? 'red' : 'green'} data-testid="missing-totals">
            {t('missingReports.totals', { missing: totals.missing, required: totals.required })}
          </Tag>
        )}
        {month && <Button onClick={() => setMonth('')}>{t('missingReports.latest')}</Button>}
      </div>
      <QueryErrorAlert query={query} spaced />
      <div className={perCounty ? 'tj-overview-grid' : undefined}>
        {perCounty && (
          <Card variant="borderless" size="small" title={t('missingReports.byRegion')}>
            {cityWide && (
              <p className="tj-muted" style={{ marginTop: 0 }}>
                {t('missingReports.byRegionHint')}
              </p>
            )}
            <MissingByRegion
              rows={data?.byRegion ?? []}
              selected={only}
              onSelect={setOnly}
              mobile={mobile}
              loading={query.isFetching}
            />
          </Card>
        )}
        <Card
          variant="borderless"
          size="small"
          title={t('missingReports.projects', { count: projects.length })}
          extra={
            onlyName && (
              <Tag closable onClose={() => setOnly('')} style={{ marginInlineEnd: 0 }}>
                {onlyName}
              </Tag>
            )
          }
        >
          <MissingList items={projects} mobile={mobile} showRegion={cityWide && !only} pageSize={20} />
        </Card>
      </div>
    </>
  );
}
