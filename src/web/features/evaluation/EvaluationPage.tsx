import { Alert, App, Button, Card, Empty, Segmented, Select, Spin } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { BriefingButton } from './BriefingButton';
import { anyChange, diffLines } from './diff';
import { ExplainDrawer } from './ExplainDrawer';
import { canExplain, canManageEvaluation } from './permissions';
import { periodLabel } from './period';
import { PeriodPicker } from './PeriodPicker';
import { PublishButton } from './PublishButton';
import { useComputeResult, useRankingGroups, useResult } from './queries';
import { ResultSection } from './ResultSection';
import { useEvaluationParams } from './useEvaluationParams';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import './evaluation.css';

/** /evaluation: 考评排名 — the published ranking of a group for a period; the city computes and publishes drafts. */
export function EvaluationPage() {
  const t = useT();
  const me = useCurrentUser();
  const manage = canManageEvaluation(me.role);
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const p = useEvaluationParams();
  const groups = useRankingGroups();
  const published = useResult(p.periodText, p.group, 'published');
  // A county or department sees its own line of a draft when the city allows it; else none.
  const draft = useResult(p.periodText, p.group, 'draft');
  const compute = useComputeResult();
  const tab = draft.data ? p.tab : 'published';
  const shown = tab === 'draft' ? draft.data : published.data;
  const query = tab === 'draft' ? draft : published;
  const diff = useMemo(
    () =>
      tab === 'draft' && draft.data && published.data
        ? diffLines(draft.data.payload.units, published.data.payload.units)
        : null,
    [tab, draft.data, published.data],
  );
  const period = periodLabel(t, p.periodText);
  const noMethod = isApiError(compute.error, 'NO_METHOD');

  const run = () =>
    compute.mutate(
      { period: p.periodText, groupId: p.group },
      {
        onSuccess: () => {
          void message.success(t('ev.compute.done', { period }));
          p.set({ tab: 'draft', unit: null });
        },
        onError: (error) => {
          if (!isApiError(error, 'NO_METHOD')) void message.error(errorMessage(t, error));
        },
      },
    );
  const move = (next: Parameters<typeof p.set>[0]) => {
    compute.reset();
    p.set({ ...next, unit: null });
  };

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('ev.title')}</h1>
          <div className="tj-page-subtitle">{t('ev.subtitle')}</div>
        </div>
        <div className="ev-head-actions">
          <Link to="/inspections" data-testid="ev-inspections-link">
            {t('insp.link')}
          </Link>
          <Link
            to={`/evaluation/year-end?year=${p.period.year}&group=${encodeURIComponent(p.group)}`}
            data-testid="ev-year-end-link"
          >
            {t('ey.link')}
          </Link>
          {manage && (
            <Link to="/evaluation/methods" data-testid="ev-methods-link">
              {t('ev.methods.link')}
            </Link>
          )}
          <BriefingButton period={p.periodText} group={p.group} disabled={!published.data} />
        </div>
      </div>
      <div className="tj-filters ev-toolbar">
        <PeriodPicker value={p.period} onChange={(period) => move({ period })} />
        <Select
          aria-label={t('ev.group.label')}
          value={p.group}
          onChange={(group: string) => move({ group })}
          loading={groups.isPending}
          options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
          style={{ width: 128 }}
          data-testid="ev-group"
        />
        {manage && (
          <span className="ev-admin">
            <Button onClick={run} loading={compute.isPending} data-testid="ev-compute">
              {t('ev.compute.button')}
            </Button>
            {draft.data && (
              <PublishButton
                draft={draft.data}
                published={published.data ?? null}
                onPublished={() => p.set({ tab: 'published' })}
              />
            )}
          </span>
        )}
      </div>
      {noMethod && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorMessage(t, compute.error)}
          action={<Link to="/evaluation/methods">{t('ev.methods.link')}</Link>}
          data-testid="ev-no-method"
        />
      )}
      {draft.data && (
        <div className="ev-tabs">
          <Segmented<'published' | 'draft'>
            value={tab}
            onChange={(next) => p.set({ tab: next, unit: null })}
            options={[
              { value: 'published', label: t('ev.tab.published') },
              { value: 'draft', label: manage ? t('ev.tab.draft') : t('ev.tab.draftOwn') },
            ]}
            data-testid="ev-tabs"
          />
          {tab === 'draft' && (
            <span className="tj-muted">
              {!manage
                ? t('ev.draftOwn.hint')
                : !published.data
                  ? t('ev.diff.nothingPublished')
                  : diff && anyChange(diff)
                    ? t('ev.diff.hint')
                    : t('ev.diff.none')}
            </span>
          )}
        </div>
      )}
      {query.isPending && <Spin style={{ display: 'block', margin: '64px auto' }} />}
      <QueryErrorAlert query={query} />
      {!query.isPending && !query.error && !shown && (
        <Card variant="borderless">
          <Empty
            description={
              <span data-testid="ev-empty">
                <strong>{t('ev.empty.title', { period })}</strong>
                <br />
                <span className="tj-muted">{manage ? t('ev.empty.hintAdmin') : t('ev.empty.hint')}</span>
              </span>
            }
          />
        </Card>
      )}
      {shown && (
        <ResultSection
          result={shown}
          diff={diff}
          mobile={mobile}
          canOpen={(unitId) => canExplain(me, unitId)}
          onOpen={(unit) => p.set({ unit })}
        />
      )}
      <ExplainDrawer
        result={p.unit ? (shown ?? null) : null}
        unitId={p.unit}
        mobile={mobile}
        onClose={() => p.set({ unit: null })}
      />
    </>
  );
}
