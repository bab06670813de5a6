import { Card, Skeleton, Tag } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { EChart } from '../../lib/EChart';
import { formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { Money } from '../projects/Money';
import { useScopeName } from './useScopeName';
import { MissingList } from './MissingList';
import { OverdueList } from './OverdueList';
import { OverviewKpis } from './OverviewKpis';
import { fundsChart, stageChart } from './overviewCharts';
import { useOverview } from './queries';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../projects/projects.css';
import './overview.css';

/** /delivery: a county's delivery at a glance (city roles: the whole city or the region chosen in the header). */
export function OverviewPage() {
  const t = useT();
  const mobile = useIsMobile();
  const { regionId, scopeName, cityWide } = useScopeName();
  const query = useOverview(regionId);
  const data = query.data;
  const funds = useMemo(() => (data ? fundsChart(t, data.funds) : null), [t, data]);
  const stages = useMemo(() => (data ? stageChart(t, data.byStage) : null), [t, data]);
  const missingLink = `/reports/missing${data ? `?month=${data.missing.month}` : ''}`;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('overview.title')}</h1>
          <div className="tj-page-subtitle" data-testid="overview-scope">
            {data ? t('overview.subtitle', { scope: scopeName, date: formatDate(data.today) }) : scopeName}
          </div>
        </div>
        <div className="tj-tag-row">
          <Link to="/delivery/mine">{t('nav.myProjects')}</Link>
          <span className="tj-muted">·</span>
          <Link to="/rates">{t('nav.rates')}</Link>
        </div>
      </div>
      <QueryErrorAlert query={query} spaced />
      {!data && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <>
          <OverviewKpis data={data} missingLink={missingLink} />
          <div className="tj-overview-grid">
            <Card variant="borderless" size="small" title={t('overview.funds.title', { year: data.year })}>
              <div className="tj-funds-head">
                <span>
                  {t('overview.funds.arrived')} <Money yuan={data.funds.arrivedThisYear} empty="0" />
                </span>
                <span>
                  {t('overview.kpi.contracted')} <Money yuan={data.funds.contracted} empty="0" />
                </span>
                {data.funds.percentThisYear !== null && (
                  <Tag color="green">
                    {t('overview.kpi.fundsSub', { percent: data.funds.percentThisYear })}
                  </Tag>
                )}
              </div>
              {funds && (
                <EChart
                  option={funds}
                  height={260}
                  ariaLabel={t('overview.funds.title', { year: data.year })}
                  data-testid="funds-chart"
                />
              )}
              <div className="tj-muted" style={{ fontSize: 12 }}>
                {t('overview.funds.note')}
              </div>
            </Card>
            <Card variant="borderless" size="small" title={t('overview.stage.title')}>
              {stages && (
                <EChart
                  option={stages}
                  height={262}
                  ariaLabel={t('overview.stage.title')}
                  data-testid="stage-chart"
                />
              )}
            </Card>
          </div>
          <div className="tj-overview-grid">
            <Card
              variant="borderless"
              size="small"
              title={t('overview.overdue.title', { count: data.overdue.length })}
              data-testid="overdue-card"
            >
              <OverdueList items={data.overdue} mobile={mobile} showRegion={cityWide} />
            </Card>
            <Card
              variant="borderless"
              size="small"
              title={t('overview.missing.title', { month: data.missing.month })}
              extra={<Link to={missingLink}>{t('overview.missing.more')}</Link>}
              data-testid="missing-card"
            >
              <div className="tj-muted" style={{ marginBottom: 8 }}>
                {t('overview.missing.due', { date: formatDate(data.missing.dueOn) })}
              </div>
              <MissingList items={data.missing.projects} mobile={mobile} showRegion={cityWide} />
            </Card>
          </div>
        </>
      )}
    </>
  );
}
