import { Alert, Button, Card, Empty, Select, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { canManageEvaluation } from '../evaluation/permissions';
import { shanghaiToday } from '../evaluation/period';
import { useRankingGroups } from '../evaluation/queries';
import { AwardDrawer } from './AwardDrawer';
import { FromResultModal } from './FromResultModal';
import { useYearEnd } from './queries';
import { RevokeModal } from './RevokeModal';
import type { Award, YearEndOverview, YearUnit } from './types';
import { useYearEndParams } from './useYearEndParams';
import { YearBriefingButton } from './YearBriefingButton';
import { YearEndCards } from './YearEndCards';
import { YearEndTable, type RowActions } from './YearEndTable';
import { yearOptions } from './yearEnd';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../evaluation/evaluation.css';
import './yearEnd.css';

/** /evaluation/year-end: 年终总评奖惩 — a group's year at a glance; the city records rewards and penalties. */
export function YearEndPage() {
  const t = useT();
  const me = useCurrentUser();
  const manage = canManageEvaluation(me.role);
  const mobile = useIsMobile();
  const p = useYearEndParams();
  const groups = useRankingGroups();
  const q = useYearEnd(p.year, p.group);
  const [fromResult, setFromResult] = useState(false);
  const [awardFor, setAwardFor] = useState<YearUnit | null>(null);
  const [revoking, setRevoking] = useState<{ award: Award; unit: YearUnit } | null>(null);
  const o = q.data;
  const rankingLink = `/evaluation?period=${p.year}&group=${encodeURIComponent(p.group)}`;
  const actions: RowActions = {
    onAward: manage ? (u: YearUnit) => setAwardFor(u) : null,
    onRevoke: manage ? (award: Award, unit: YearUnit) => setRevoking({ award, unit }) : null,
  };

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('ey.title')}</h1>
          <div className="tj-page-subtitle">{t('ey.subtitle')}</div>
        </div>
        <div className="ev-head-actions">
          <Link to={rankingLink} data-testid="ey-ranking-link">
            {t('ey.rankingLink')}
          </Link>
          <YearBriefingButton year={p.year} group={p.group} published={Boolean(o?.annual)} />
        </div>
      </div>
      <div className="tj-filters ev-toolbar">
        <Select
          aria-label={t('ey.yearLabel')}
          value={p.year}
          onChange={(year: number) => p.set({ year })}
          options={yearOptions(shanghaiToday(), p.year).map((y) => ({
            value: y,
            label: t('ey.yearOption', { year: y }),
          }))}
          style={{ width: 112 }}
          data-testid="ey-year"
        />
        <Select
          aria-label={t('ev.group.label')}
          value={p.group}
          onChange={(group: string) => p.set({ group })}
          loading={groups.isPending}
          options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
          style={{ width: 128 }}
          data-testid="ey-group"
        />
        {manage && o && o.annual && o.proposals.length > 0 && (
          <span className="ev-admin">
            <Button type="primary" onClick={() => setFromResult(true)} data-testid="ey-from-open">
              {t('ey.from.button')}
            </Button>
          </span>
        )}
      </div>
      {q.isPending && <Spin style={{ display: 'block', margin: '64px auto' }} />}
      <QueryErrorAlert query={q} />
      {o && (
        <YearBody overview={o} manage={manage} mobile={mobile} rankingLink={rankingLink} actions={actions} />
      )}
      {o && fromResult && <FromResultModal overview={o} onClose={() => setFromResult(false)} />}
      {o && awardFor && <AwardDrawer overview={o} unit={awardFor} onClose={() => setAwardFor(null)} />}
      {revoking && (
        <RevokeModal
          award={revoking.award}
          unitName={revoking.unit.unitName}
          onClose={() => setRevoking(null)}
        />
      )}
    </>
  );
}

type BodyProps = {
  overview: YearEndOverview;
  manage: boolean;
  mobile: boolean;
  rankingLink: string;
  actions: RowActions;
};

/** The notices (nothing published yet, awards to record) and the table or the phone cards. */
function YearBody({ overview: o, manage, mobile, rankingLink, actions }: BodyProps) {
  const t = useT();
  const nothing = !o.annual && o.periods.length === 0;
  const pending = o.proposals.map((x) =>
    t('ey.proposals.item', { unit: x.unitName, rank: x.rank, kind: t(`ey.kind.${x.kind}`) }),
  );
  return (
    <>
      {!o.annual && (
        <Alert
          type={nothing ? 'info' : 'warning'}
          showIcon
          className="ey-notice"
          title={t('ey.noAnnual.title', { year: o.year })}
          description={manage ? t('ey.noAnnual.hintAdmin', { year: o.year }) : t('ey.noAnnual.hint')}
          action={
            manage ? (
              <Link to={rankingLink} data-testid="ey-go-ranking">
                {t('ey.noAnnual.go')}
              </Link>
            ) : undefined
          }
          data-testid="ey-no-annual"
        />
      )}
      {manage && o.annual && pending.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="ey-notice"
          title={t('ey.proposals.title', { n: pending.length })}
          description={pending.join('；')}
          data-testid="ey-proposals-note"
        />
      )}
      {nothing ? (
        <Card variant="borderless">
          <Empty
            description={
              <span data-testid="ey-empty">
                <strong>{t('ey.empty.title', { year: o.year, group: o.group.name })}</strong>
                <br />
                <span className="tj-muted">
                  {manage ? t('ey.empty.hintAdmin', { year: o.year }) : t('ey.empty.hint')}
                </span>
              </span>
            }
          />
        </Card>
      ) : (
        <Card variant="borderless" title={t('ey.card.title', { year: o.year, group: o.group.name })}>
          <div className="ev-meta" data-testid="ey-meta">
            {o.annual ? (
              <>
                <span>{t('ey.meta.method', { name: o.annual.methodName })}</span>
                <span>
                  {t('ey.meta.published', {
                    at: shanghaiDateTime(o.annual.publishedAt),
                    version: o.annual.version,
                  })}
                </span>
              </>
            ) : (
              <span>{t('ey.meta.periodsOnly')}</span>
            )}
            <span>
              {t('ey.meta.counts', { periods: o.periods.length, inspections: o.inspections.length })}
            </span>
          </div>
          {mobile ? <YearEndCards overview={o} {...actions} /> : <YearEndTable overview={o} {...actions} />}
          <p className="tj-muted ev-foot">{t('ey.foot')}</p>
        </Card>
      )}
    </>
  );
}
