import { App, Button, Form, Tag } from 'antd';
import { useState } from 'react';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import {
  fullMarks,
  isChanged,
  liveTotal,
  markProblem,
  marksOf,
  scoreErrorProblems,
  trimDecimal,
  type Draft,
  type ScoreFieldProblem,
} from './marks';
import { MarkInput } from './MarkInput';
import { useRefreshInspection, useScoreSite } from './queries';
import type { Criterion, InspectionSite, InspectionView } from './types';

type Props = {
  view: InspectionView;
  site: InspectionSite;
  draft: Draft | undefined;
  /** Changes the site's draft from its latest state (undefined: back to the marks submitted). */
  onDraft: (update: (current: Draft) => Draft | undefined) => void;
};

const PROBLEMS = ['missing', 'not_a_number', 'out_of_range', 'too_precise'] as const;

/**
 * A judge scores one site: a mark per criterion (0…max, halves), the total as it is typed, and
 * 提交评分. Once scored the site shows 已评 and can be corrected until the inspection is closed.
 */
export function SiteScoreCard({ view, site, draft, onDraft }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const score = useScoreSite(view.id);
  const refresh = useRefreshInspection(view.id);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [server, setServer] = useState<Record<string, ScoreFieldProblem>>({});
  const values: Draft = draft ?? site.myMarks ?? {};
  const closed = view.status === 'closed';
  const changed = isChanged(view.sheet, values, site.myMarks);
  const live = liveTotal(view.sheet, values);
  const full = fullMarks(view.sheet);

  const problemText = (c: Criterion, reason: string, value: string) =>
    (PROBLEMS as readonly string[]).includes(reason)
      ? t(`insp.mark.${reason}` as MessageKey, { name: c.name, max: trimDecimal(c.max), value })
      : t('insp.mark.other', { name: c.name });
  const errorOf = (c: Criterion): string | null => {
    const fromServer = server[c.key];
    if (fromServer) return problemText(c, fromServer.reason, fromServer.value);
    const value = (values[c.key] ?? '').trim();
    const problem = markProblem(c, value);
    // A missing mark is only pointed out on submit; a wrong one as soon as it is typed.
    if (!problem || (problem === 'missing' && !checked.has(c.key))) return null;
    return problemText(c, problem, value);
  };

  const edit = (key: string, value: string) => {
    onDraft((current) => ({ ...current, [key]: value }));
    setServer(({ [key]: _, ...rest }) => rest);
  };

  const submit = () => {
    setChecked(new Set(view.sheet.map((c) => c.key)));
    if (view.sheet.some((c) => markProblem(c, values[c.key]) !== null)) {
      void message.error(t('insp.judge.fix'));
      return;
    }
    score.mutate(
      { siteId: site.id, marks: marksOf(view.sheet, values) },
      {
        onSuccess: () => {
          onDraft(() => undefined);
          void message.success(t('insp.judge.submitted', { name: site.name }));
        },
        onError: (error) => {
          if (isApiError(error, 'INSPECTION_SCORE_INVALID')) {
            const problems = scoreErrorProblems(error.params, error.details);
            setServer(Object.fromEntries(problems.map((p) => [p.criterion, p])));
          }
          if (isApiError(error, 'INSPECTION_CLOSED')) refresh();
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  return (
    <section className="insp-score-card" data-testid="insp-score-card" data-site={site.id}>
      <header className="insp-score-head">
        <div className="insp-site-text">
          <h2 className="insp-score-name" data-testid="insp-score-site">
            {site.name}
          </h2>
          <span className="insp-sub">
            {site.code} · {site.unitName}
          </span>
        </div>
        {site.myMarks && !changed ? (
          <Tag color="success" className="insp-state" data-testid="insp-scored">
            {t('insp.judge.scored')}
          </Tag>
        ) : site.myMarks ? (
          <Tag color="warning" className="insp-state">
            {t('insp.judge.unsaved')}
          </Tag>
        ) : (
          <Tag className="insp-state">{t('insp.judge.unscored')}</Tag>
        )}
      </header>
      <Form layout="vertical" className="insp-marks" component="div">
        {view.sheet.map((c) => {
          const error = errorOf(c);
          return (
            <Form.Item
              key={c.key}
              label={
                <span className="insp-mark-label">
                  <span>{c.name}</span>
                  <span className="insp-sub">{t('insp.judge.max', { max: trimDecimal(c.max) })}</span>
                </span>
              }
              validateStatus={error ? 'error' : undefined}
              help={error ? <span data-testid={`insp-error-${c.key}`}>{error}</span> : undefined}
              className="insp-mark-item"
              data-testid={`insp-criterion-${c.key}`}
            >
              <MarkInput
                criterion={c}
                value={values[c.key]}
                onChange={(v) => edit(c.key, v)}
                invalid={Boolean(error)}
                disabled={closed}
              />
            </Form.Item>
          );
        })}
      </Form>
      {site.myMarks && !closed && !changed && (
        <p className="insp-sub insp-score-note" data-testid="insp-can-correct">
          {t('insp.judge.canCorrect')}
        </p>
      )}
      <footer className="insp-score-foot">
        <div className="insp-live-total">
          <span className="insp-sub">{t('insp.judge.total')}</span>
          <strong data-testid="insp-live-total">
            {live.total}
            <span className="insp-sub"> / {full}</span>
          </strong>
        </div>
        {closed ? (
          <span className="insp-sub insp-closed-note" data-testid="insp-closed-note">
            {t('insp.judge.closed')}
          </span>
        ) : (
          <Button
            type="primary"
            size="large"
            onClick={submit}
            loading={score.isPending}
            disabled={Boolean(site.myMarks) && !changed}
            className="insp-submit"
            data-testid="insp-submit"
          >
            {!site.myMarks
              ? t('insp.judge.submit')
              : changed
                ? t('insp.judge.resubmit')
                : t('insp.judge.done')}
          </Button>
        )}
      </footer>
    </section>
  );
}
