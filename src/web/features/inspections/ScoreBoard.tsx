import { Button, Progress, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { isChanged, liveTotal, progressOf, type Draft } from './marks';
import { SiteScoreCard } from './SiteScoreCard';
import type { InspectionSite, InspectionView } from './types';
import './scoring.css';

type Props = { view: InspectionView };

function SiteState({ view, site, draft }: { view: InspectionView; site: InspectionSite; draft?: Draft }) {
  const t = useT();
  if (draft && isChanged(view.sheet, draft, site.myMarks))
    return <Tag color="warning">{t('insp.judge.unsaved')}</Tag>;
  if (site.myMarks)
    return (
      <Tag color="success">
        {t('insp.judge.scoredTotal', { total: liveTotal(view.sheet, site.myMarks).total })}
      </Tag>
    );
  return <Tag>{t('insp.judge.unscored')}</Tag>;
}

/**
 * A judge's scoring, phone first: the sites in visiting order with what is scored, then one site
 * at a time (its own address, so the phone's back button returns to the list) with 上一个 / 下一个.
 * What is typed and not yet submitted is kept while moving between sites.
 */
export function ScoreBoard({ view }: Props) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const index = view.sites.findIndex((s) => s.id === params.get('site'));
  const site = view.sites[index];
  const p = progressOf(view);

  const go = (id: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('site', id);
      else next.delete('site');
      return next;
    });

  if (site) {
    const prev = view.sites[index - 1];
    const next = view.sites[index + 1];
    return (
      <div className="insp-board">
        <div className="insp-board-nav">
          <Button type="link" onClick={() => go(null)} className="insp-back" data-testid="insp-back">
            ‹ {t('insp.judge.list')}
          </Button>
          <span className="insp-sub">{t('insp.judge.siteOf', { index: index + 1, total: p.sites })}</span>
        </div>
        <SiteScoreCard
          key={site.id}
          view={view}
          site={site}
          draft={drafts[site.id]}
          onDraft={(update) =>
            setDrafts(({ [site.id]: current, ...rest }) => {
              const next = update(current ?? site.myMarks ?? {});
              return next ? { ...rest, [site.id]: next } : rest;
            })
          }
        />
        <div className="insp-board-pager">
          <Button size="large" disabled={!prev} onClick={() => prev && go(prev.id)} data-testid="insp-prev">
            ‹ {t('insp.judge.prev')}
          </Button>
          <Button size="large" disabled={!next} onClick={() => next && go(next.id)} data-testid="insp-next">
            {t('insp.judge.next')} ›
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="insp-board">
      <div className="insp-board-progress" data-testid="insp-my-progress">
        <span>{t('insp.judge.progress', { done: p.mine, total: p.sites })}</span>
        <Progress percent={p.sites ? Math.round((p.mine * 100) / p.sites) : 0} showInfo={false} />
      </div>
      <ol className="insp-judge-sites" data-testid="insp-judge-sites">
        {view.sites.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className="insp-judge-site"
              onClick={() => go(s.id)}
              data-testid={`insp-judge-site-${s.id}`}
            >
              <span className="insp-site-index">{i + 1}</span>
              <span className="insp-site-text">
                <span className="insp-site-name">{s.name}</span>
                <span className="insp-sub">
                  {s.code} · {s.unitName}
                </span>
              </span>
              <SiteState view={view} site={s} draft={drafts[s.id]} />
              <span className="insp-chevron" aria-hidden>
                ›
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
