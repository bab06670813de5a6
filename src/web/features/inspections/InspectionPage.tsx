import { Alert, Card, Segmented } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { DetailCrumb, DetailStatus } from '../../lib/DetailPageFrame';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { periodLabel } from '../evaluation/period';
import { useRankingGroups } from '../evaluation/queries';
import { CloseInspectionButton } from './CloseInspectionButton';
import { StatusTag } from './InspectionList';
import { fullMarks, progressOf, trimDecimal } from './marks';
import { canManageInspections, seesAllMarks } from './permissions';
import { useInspection } from './queries';
import { ScoreBoard } from './ScoreBoard';
import { SiteCards, SitesTable } from './SitesTable';
import type { InspectionView } from './types';
import { UnitsTable } from './UnitsTable';
import './inspections.css';

type Tab = 'score' | 'results';

/** The city's view: each site's judges and score, then the counties ranked. */
function Results({ view, mobile }: { view: InspectionView; mobile: boolean }) {
  const t = useT();
  const p = progressOf(view);
  return (
    <div className="insp-results">
      <Card
        variant="borderless"
        title={t('insp.sites.title')}
        extra={<span className="insp-sub">{t('insp.progress', { done: p.complete, total: p.sites })}</span>}
      >
        {mobile ? <SiteCards view={view} /> : <SitesTable view={view} />}
        <p className="insp-foot">
          {view.dropExtremes ? t('insp.sites.footDrop') : t('insp.sites.footMean')}
          {!mobile && ` ${t('insp.sites.footExpand')}`}
        </p>
      </Card>
      <Card variant="borderless" title={t('insp.units.title')}>
        <UnitsTable units={view.units} />
        <p className="insp-foot">{t('insp.units.foot')}</p>
      </Card>
    </div>
  );
}

/** /inspections/:id — the city sees the scores and closes; a judge scores site by site. */
export function InspectionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const query = useInspection(id);
  const groups = useRankingGroups();
  const [params, setParams] = useSearchParams();
  const view = query.data;
  if (!view)
    return (
      <DetailStatus
        listPath="/inspections"
        listTitle={t('insp.title')}
        pending={query.isPending}
        error={query.error}
      />
    );

  const city = seesAllMarks(me.role);
  const both = city && view.isJudge;
  const asked = params.get('tab');
  const tab: Tab = !city
    ? 'score'
    : !view.isJudge
      ? 'results'
      : asked === 'results' || asked === 'score'
        ? asked
        : view.status === 'open'
          ? 'score'
          : 'results';
  const groupName = groups.data?.find((g) => g.id === view.groupId)?.name ?? view.groupId;
  const setTab = (next: Tab) =>
    setParams((prev) => {
      const out = new URLSearchParams(prev);
      out.set('tab', next);
      out.delete('site');
      return out;
    });

  return (
    <>
      <DetailCrumb listPath="/inspections" listTitle={t('insp.title')} crumb={view.name} />
      <div className="tj-page-head">
        <div className="insp-head-text">
          <h1 className="tj-page-title" data-testid="insp-title">
            {view.name} <StatusTag status={view.status} />
          </h1>
          <div className="insp-meta" data-testid="insp-meta">
            <span>{periodLabel(t, view.period)}</span>
            <span>{t('insp.meta.group', { group: groupName })}</span>
            <span>{view.dropExtremes ? t('insp.meta.dropOn') : t('insp.meta.dropOff')}</span>
            <span>{t('insp.meta.judges', { names: view.judges.map((j) => j.displayName).join('、') })}</span>
          </div>
          {city && (
            <div className="insp-meta">
              <span>
                {t('insp.meta.sheet', {
                  items: view.sheet.map((c) => `${c.name} ${trimDecimal(c.max)}`).join(' · '),
                  full: fullMarks(view.sheet),
                })}
              </span>
            </div>
          )}
        </div>
        {canManageInspections(me.role) && view.status === 'open' && (
          <CloseInspectionButton view={view} groupName={groupName} />
        )}
      </div>
      {view.status === 'closed' && (
        <Alert
          type="info"
          showIcon
          className="insp-closed-banner"
          title={city ? t('insp.closedBanner', { group: groupName }) : t('insp.judge.closed')}
          data-testid="insp-closed"
        />
      )}
      {both && (
        <Segmented<Tab>
          className="insp-tabs"
          value={tab}
          onChange={setTab}
          options={[
            { value: 'score', label: t('insp.tab.score') },
            { value: 'results', label: t('insp.tab.results') },
          ]}
          block={mobile}
          size={mobile ? 'large' : 'middle'}
          data-testid="insp-tabs"
        />
      )}
      {tab === 'score' ? <ScoreBoard view={view} /> : <Results view={view} mobile={mobile} />}
    </>
  );
}
