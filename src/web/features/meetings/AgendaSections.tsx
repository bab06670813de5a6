import { Button, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { SupervisionIcon } from '../supervision/SupervisionIcon';
import { type AgendaRow, type AgendaSection, SECTION_CAP, type Tone } from './sections';
import type { DecisionPrefill } from './types';

/** Lines shown before "show all"; printing always shows every line. */
const FIRST_ROWS = 8;

const TAG: Record<Tone, string> = {
  red: 'error',
  yellow: 'warning',
  green: 'success',
  blue: 'processing',
  default: 'default',
};

export type DecideHandler = (prefill: DecisionPrefill, from: string) => void;

const countText = (n: number) => (n >= SECTION_CAP ? `${n}+` : String(n));

/** The counts of every section at a glance; each jumps to its section. */
export function AgendaSummary({ sections }: { sections: AgendaSection[] }) {
  return (
    <div className="tj-mt-summary" data-testid="mt-summary">
      {sections.map((s) => (
        <a
          key={s.key}
          href={`#mt-sec-${s.key}`}
          className={`tj-mt-tile is-${s.tone}${s.rows.length === 0 ? ' is-zero' : ''}`}
          data-testid="mt-tile"
          data-key={s.key}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById(`mt-sec-${s.key}`)?.scrollIntoView({ behavior: 'smooth' });
          }}
        >
          <span className="tj-mt-tile-count">{countText(s.rows.length)}</span>
          <span className="tj-mt-tile-label">{s.label}</span>
        </a>
      ))}
    </div>
  );
}

function RowView({ row, onDecide }: { row: AgendaRow; onDecide?: DecideHandler }) {
  const t = useT();
  const decide = row.decide;
  return (
    <>
      <div className="tj-mt-row-main">
        <Link to={row.href} className="tj-mt-row-title" data-testid="mt-row-link">
          {row.title}
        </Link>
        <div className="tj-mt-row-meta">
          <span className="tj-mt-row-code">{row.code}</span>
          {row.meta.filter(Boolean).map((m, i) => (
            <span key={i}>{m}</span>
          ))}
        </div>
      </div>
      <div className="tj-mt-row-side">
        {row.badge && (
          <Tag color={TAG[row.badge.tone]} style={{ marginInlineEnd: 0 }}>
            {row.badge.text}
          </Tag>
        )}
        {onDecide && decide && (
          <Tooltip title={t('mt.row.decideHint')}>
            <Button
              size="small"
              className="tj-no-print"
              icon={<SupervisionIcon />}
              onClick={() => onDecide(decide, `${row.code} ${row.title}`)}
              data-testid="mt-row-decide"
            >
              {t('mt.row.decide')}
            </Button>
          </Tooltip>
        )}
      </div>
    </>
  );
}

function SectionView({ section, onDecide }: { section: AgendaSection; onDecide?: DecideHandler }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const n = section.rows.length;
  return (
    <section
      id={`mt-sec-${section.key}`}
      className={`tj-mt-section is-${section.tone}`}
      data-testid="mt-section"
      data-key={section.key}
      data-count={n}
    >
      <header className="tj-mt-section-head">
        <h3>{section.label}</h3>
        <span className="tj-mt-section-count" data-testid="mt-section-count">
          {countText(n)}
        </span>
      </header>
      {n === 0 ? (
        <div className="tj-mt-empty">{t('mt.empty')}</div>
      ) : (
        <ol className="tj-mt-rows">
          {section.rows.map((row, i) => (
            <li
              key={row.key}
              className={!all && i >= FIRST_ROWS ? 'tj-mt-row is-extra' : 'tj-mt-row'}
              data-testid="mt-row"
            >
              <RowView row={row} onDecide={onDecide} />
            </li>
          ))}
        </ol>
      )}
      {(n > FIRST_ROWS || n >= SECTION_CAP) && (
        <div className="tj-mt-section-foot">
          {n > FIRST_ROWS && (
            <Button type="link" size="small" className="tj-no-print" onClick={() => setAll(!all)}>
              {all ? t('mt.showLess') : t('mt.showAll', { count: n })}
            </Button>
          )}
          {n >= SECTION_CAP && <span className="tj-muted">{t('mt.capped', { count: SECTION_CAP })}</span>}
        </div>
      )}
    </section>
  );
}

/** The agenda: every section with its count and lines; each line links to its project or item. */
export function AgendaSections({
  sections,
  onDecide,
}: {
  sections: AgendaSection[];
  onDecide?: DecideHandler;
}) {
  return (
    <div className="tj-mt-sections" data-testid="mt-agenda">
      {sections.map((s) => (
        <SectionView key={s.key} section={s} onDecide={onDecide} />
      ))}
    </div>
  );
}
