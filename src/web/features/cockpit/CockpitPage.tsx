import { Button, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { queryString } from '../../lib/api';
import { useT } from '../../i18n/useT';
import { EChart } from '../../lib/EChart';
import { formatDate } from '../../lib/format';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import { useIsMobile } from '../../lib/useIsMobile';
import { ChainCoverage } from './ChainCoverage';
import { CockpitKpis } from './CockpitKpis';
import { CountyMap } from './CountyMap';
import { IndicatorSelect } from './IndicatorSelect';
import { cockpitLinks } from './links';
import { useCockpit } from './queries';
import { RankingCard } from './RankingCard';
import { RegionBars } from './RegionBars';
import { trendChart } from './trendChart';
import { useCockpitParams } from './useCockpitParams';
import { YearSelect } from './YearSelect';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import './cockpit.css';

/**
 * /cockpit (驾驶舱): the city's year at a glance for its leaders, or one county's (the city picks
 * it on the map or in the header; a county officer is on their own). Every figure links to the
 * records behind it.
 */
export function CockpitPage() {
  const t = useT();
  const mobile = useIsMobile();
  const p = useCockpitParams();
  const query = useCockpit(p.region, p.year);
  const data = query.data;
  const year = data?.year ?? p.year ?? Number(shanghaiDateTime(new Date().toISOString()).slice(0, 4));
  const links = useMemo(() => cockpitLinks(p.region, year), [p.region, year]);
  const trend = useMemo(() => (data ? trendChart(t, data.byMonth) : null), [t, data]);
  const selectedId = data?.region?.id ?? '';
  const scopeName = data?.region?.name ?? t('cockpit.wholeCity');
  const pick = p.switchable ? p.openRegion : undefined;
  // A county officer's list would hold their own county only: the map then takes the row.
  const several = (data?.regions.length ?? 0) > 1;
  const screenLink = `/cockpit/screen${queryString({ region: p.region, year: p.year ?? '', map: p.indicator })}`;

  return (
    <div className="tj-cockpit" data-testid="cockpit-page">
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">
            {data?.region ? t('cockpit.titleCounty', { name: scopeName }) : t('cockpit.title')}
          </h1>
          <div className="tj-page-subtitle" data-testid="cockpit-scope">
            {data
              ? t('cockpit.subtitle', { scope: scopeName, year: data.year, date: formatDate(data.today) })
              : scopeName}
          </div>
        </div>
        <div className="tj-cockpit-actions">
          {p.switchable && p.regionId && (
            <Button onClick={() => p.openRegion('')} data-testid="cockpit-whole-city">
              {t('cockpit.backToCity')}
            </Button>
          )}
          <YearSelect value={p.year} onChange={p.setYear} />
          {!mobile && (
            <Link to={screenLink} data-testid="cockpit-screen-link">
              <Button type="primary">{t('cockpit.screen')}</Button>
            </Link>
          )}
        </div>
      </div>
      <QueryErrorAlert query={query} spaced />
      {!data && !query.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {data && (
        <>
          <CockpitKpis data={data} links={links} />
          <div className={several ? 'tj-cockpit-grid is-map' : 'tj-cockpit-grid is-single'}>
            <Card
              variant="borderless"
              size="small"
              title={t('cockpit.map.title')}
              extra={<IndicatorSelect value={p.indicator} onChange={p.setIndicator} />}
            >
              <CountyMap
                regions={data.regions}
                indicator={p.indicator}
                selectedId={selectedId}
                onPick={pick}
                compact={mobile}
                height={mobile ? 300 : several ? 420 : 480}
              />
              {pick && <div className="tj-cockpit-muted">{t('cockpit.map.hint')}</div>}
            </Card>
            {several && (
              <Card variant="borderless" size="small" title={t('cockpit.regions.title')}>
                <RegionBars
                  regions={data.regions}
                  indicator={p.indicator}
                  selectedId={selectedId}
                  onPick={pick}
                />
              </Card>
            )}
          </div>
          <div className="tj-cockpit-grid">
            <Card
              variant="borderless"
              size="small"
              title={t('cockpit.trend.title', { year: data.year })}
              extra={<Link to={links.rates}>{t('nav.rates')}</Link>}
            >
              {trend && (
                <EChart
                  option={trend}
                  height={300}
                  ariaLabel={t('cockpit.trend.title', { year: data.year })}
                  data-testid="cockpit-trend"
                />
              )}
            </Card>
            <Card variant="borderless" size="small" title={t('cockpit.ranking.title')}>
              <RankingCard rankings={data.rankings} selectedId={selectedId} link={links.evaluation} />
            </Card>
          </div>
          <Card
            variant="borderless"
            size="small"
            title={t('cockpit.chains.title')}
            extra={<Link to={links.atlas}>{t('cockpit.chains.open')}</Link>}
          >
            <ChainCoverage chains={data.chains} links={links} />
          </Card>
        </>
      )}
    </div>
  );
}
