import { Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT';
import { droppedMarks, trimDecimal } from './marks';
import type { InspectionSite, InspectionView } from './types';

/** A judge's total at a site: struck through (最高 / 最低) when the site's score leaves it out. */
export function JudgeTotal({ site, judgeId }: { site: InspectionSite; judgeId: string }) {
  const t = useT();
  const mark = site.marks.find((m) => m.judgeId === judgeId);
  const dropped = droppedMarks(site).get(judgeId);
  if (!mark)
    return (
      <span className="tj-muted" data-testid={`insp-mark-${site.id}-${judgeId}`}>
        —
      </span>
    );
  const text = (
    <span
      className={`insp-num ${dropped ? 'insp-dropped' : ''}`}
      data-testid={`insp-mark-${site.id}-${judgeId}`}
      data-dropped={dropped ?? ''}
    >
      {mark.total}
    </span>
  );
  return dropped ? <Tooltip title={t(`insp.sites.dropped.${dropped}`)}>{text}</Tooltip> : text;
}

export function SiteScore({ site }: { site: InspectionSite }) {
  const t = useT();
  return (
    <span className="insp-site-score" data-testid={`insp-site-score-${site.id}`}>
      <strong className="insp-num">{site.score ?? '—'}</strong>
      {site.dropped && <span className="insp-badge">{t('insp.sites.droppedBadge')}</span>}
    </span>
  );
}

/** Each judge's marks by criterion (the expanded row). */
function MarksBreakdown({ view, site }: { view: InspectionView; site: InspectionSite }) {
  const t = useT();
  const scored = view.judges.filter((j) => site.marks.some((m) => m.judgeId === j.id));
  if (!scored.length) return <span className="tj-muted">{t('insp.sites.noMarks')}</span>;
  return (
    <table className="insp-breakdown" data-testid={`insp-breakdown-${site.id}`}>
      <thead>
        <tr>
          <th>{t('insp.sheet.name')}</th>
          <th>{t('insp.sheet.max')}</th>
          {scored.map((j) => (
            <th key={j.id}>{j.displayName}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.sheet.map((c) => (
          <tr key={c.key}>
            <td>{c.name}</td>
            <td className="insp-num">{trimDecimal(c.max)}</td>
            {scored.map((j) => (
              <td key={j.id} className="insp-num">
                {site.marks.find((m) => m.judgeId === j.id)?.marks[c.key] ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 现场得分 (city): each judge's total, the dropped ones struck through, and the site's score. */
export function SitesTable({ view }: { view: InspectionView }) {
  const t = useT();
  const columns: TableColumnsType<InspectionSite> = [
    { title: '#', key: 'index', width: 48, render: (_, __, i) => i + 1 },
    {
      title: t('insp.sites.col.site'),
      key: 'site',
      render: (_, s) => (
        <span className="insp-site-text">
          <span className="insp-site-name">{s.name}</span>
          <span className="insp-sub">{s.code}</span>
        </span>
      ),
    },
    { title: t('insp.sites.col.county'), key: 'county', width: 96, render: (_, s) => s.unitName },
    ...view.judges.map((j) => ({
      title: <span className="insp-nowrap">{j.displayName}</span>,
      key: `j-${j.id}`,
      align: 'right' as const,
      render: (_: unknown, s: InspectionSite) => <JudgeTotal site={s} judgeId={j.id} />,
    })),
    {
      title: t('insp.sites.col.judged'),
      key: 'judged',
      width: 80,
      align: 'right',
      render: (_, s) => (
        <span className={s.judged < view.judges.length ? 'insp-mine is-left' : ''}>
          {s.judged}/{view.judges.length}
        </span>
      ),
    },
    {
      title: t('insp.sites.col.score'),
      key: 'score',
      width: 132,
      align: 'right',
      fixed: 'right',
      render: (_, s) => <SiteScore site={s} />,
    },
  ];
  return (
    <Table<InspectionSite>
      rowKey="id"
      columns={columns}
      dataSource={view.sites}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (s) => <MarksBreakdown view={view} site={s} />,
        rowExpandable: (s) => s.marks.length > 0,
      }}
      data-testid="insp-sites"
    />
  );
}

/** 现场得分 on a phone: a card per site with its score and each judge's total. */
export function SiteCards({ view }: { view: InspectionView }) {
  const t = useT();
  return (
    <ol className="insp-result-cards" data-testid="insp-sites">
      {view.sites.map((s) => (
        <li key={s.id} className="insp-result-card">
          <div className="insp-card-head">
            <span className="insp-site-text">
              <span className="insp-site-name">{s.name}</span>
              <span className="insp-sub">
                {s.code} · {s.unitName} ·{' '}
                {t('insp.sites.judgedOf', { done: s.judged, total: view.judges.length })}
              </span>
            </span>
            <SiteScore site={s} />
          </div>
          <dl className="insp-judge-totals">
            {view.judges.map((j) => (
              <div key={j.id}>
                <dt>{j.displayName}</dt>
                <dd>
                  <JudgeTotal site={s} judgeId={j.id} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
