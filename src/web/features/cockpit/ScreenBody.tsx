import { Alert, Button, Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { queryString } from '../../lib/api';
import { useT } from '../../i18n/useT';
import { EChart } from '../../lib/EChart';
import { errorMessage } from '../../lib/errors';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import { ChainCoverage } from './ChainCoverage';
import { CockpitKpis } from './CockpitKpis';
import { CountyMap } from './CountyMap';
import { IndicatorSelect } from './IndicatorSelect';
import { cockpitLinks } from './links';
import { useCockpit } from './queries';
import { RankingCard } from './RankingCard';
import { RegionBars } from './RegionBars';
import { RegionFigures } from './RegionFigures';
import { trendChart } from './trendChart';
import { useCockpitParams } from './useCockpitParams';

/** The large screen refreshes its figures every minute. */
export const SCREEN_REFRESH_MS = 60_000;

function Panel({
  title,
  extra,
  children,
  grow,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  grow?: boolean;
}) {
  return (
    <section className={grow ? 'tj-screen-panel is-grow' : 'tj-screen-panel'}>
      <header>
        <h2>{title}</h2>
        {extra}
      </header>
      <div className="tj-screen-panel-body">{children}</div>
    </section>
  );
}

/** The time in Nanyang, to the minute. */
function useClock() {
  const read = () => shanghaiDateTime(new Date().toISOString());
  const [now, setNow] = useState(read);
  useEffect(() => {
    const id = window.setInterval(() => setNow(read()), 15_000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/** The 大屏's content: title bar, the headline figures, then trend · map · counties. */
export function ScreenBody() {
  const t = useT();
  const p = useCockpitParams();
  const now = useClock();
  const query = useCockpit(p.region, p.year, SCREEN_REFRESH_MS);
  const data = query.data;
  const year = data?.year ?? p.year ?? Number(now.slice(0, 4));
  const links = useMemo(() => cockpitLinks(p.region, year), [p.region, year]);
  const trend = useMemo(() => (data ? trendChart(t, data.byMonth, true) : null), [t, data]);
  const selectedId = data?.region?.id ?? '';
  const pick = p.switchable ? p.openRegion : undefined;
  // A county officer's list would hold their own county only.
  const several = (data?.regions.length ?? 0) > 1;
  const exit = `/cockpit${queryString({ region: p.region, year: p.year ?? '', map: p.indicator })}`;
  const canFullScreen =
    typeof document !== 'undefined' && Boolean(document.documentElement.requestFullscreen);

  return (
    <div className="tj-screen" data-testid="cockpit-screen">
      <header className="tj-screen-head">
        <div className="tj-screen-title">
          <h1>
            {data?.region
              ? t('cockpit.screenTitleCounty', { name: data.region.name })
              : t('cockpit.screenTitle')}
          </h1>
          <span>{t('cockpit.screenYear', { year })}</span>
        </div>
        <div className="tj-screen-tools">
          <span className="tj-screen-clock" data-testid="cockpit-clock">
            {now}
          </span>
          {query.dataUpdatedAt > 0 && (
            <span className="tj-screen-updated">
              {t('cockpit.updatedAt', {
                time: shanghaiDateTime(new Date(query.dataUpdatedAt).toISOString()).slice(11),
              })}
            </span>
          )}
          {p.switchable && p.regionId && (
            <Button size="small" onClick={() => p.openRegion('')}>
              {t('cockpit.backToCity')}
            </Button>
          )}
          {canFullScreen && (
            <Button size="small" onClick={() => void document.documentElement.requestFullscreen()}>
              {t('cockpit.fullScreen')}
            </Button>
          )}
          <Link to={exit} data-testid="cockpit-screen-exit">
            <Button size="small">{t('cockpit.exitScreen')}</Button>
          </Link>
        </div>
      </header>
      {query.error && !data && <Alert type="error" showIcon title={errorMessage(t, query.error)} />}
      {!data && !query.error && <Spin size="large" className="tj-screen-spin" />}
      {data && (
        <>
          <CockpitKpis data={data} links={links} />
          <div className="tj-screen-main">
            <div className="tj-screen-col">
              <Panel title={t('cockpit.trend.title', { year: data.year })}>
                {trend && (
                  <EChart
                    option={trend}
                    height={330}
                    ariaLabel={t('cockpit.trend.title', { year: data.year })}
                  />
                )}
              </Panel>
              <Panel title={t('cockpit.chains.title')} grow>
                <ChainCoverage chains={data.chains} links={links} dark limit={10} />
              </Panel>
            </div>
            <Panel
              title={t('cockpit.map.title')}
              extra={<IndicatorSelect value={p.indicator} onChange={p.setIndicator} size="middle" />}
              grow
            >
              <CountyMap
                regions={data.regions}
                indicator={p.indicator}
                selectedId={selectedId}
                onPick={pick}
                dark
                height="100%"
              />
            </Panel>
            <div className="tj-screen-col">
              {!several && data.regions[0] && (
                <Panel title={t('cockpit.regions.own', { name: data.regions[0].regionName })} grow>
                  <RegionFigures region={data.regions[0]} />
                </Panel>
              )}
              {several && (
                <Panel title={t('cockpit.regions.title')} grow>
                  <RegionBars
                    regions={data.regions}
                    indicator={p.indicator}
                    selectedId={selectedId}
                    onPick={pick}
                  />
                </Panel>
              )}
              <Panel title={t('cockpit.ranking.title')}>
                <RankingCard
                  rankings={data.rankings}
                  selectedId={selectedId}
                  link={links.evaluation}
                  limit={5}
                />
              </Panel>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
