import { Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/useT';
import { adjustmentOf, signedPoints } from './figures';
import type { Outcome, RuleLine } from './types';

/** ↑2 (moved up), ↓1 (down), — (same), or nothing to compare with. */
export function RankChange({ change }: { change: number | null }) {
  const t = useT();
  if (change === null) {
    return (
      <Tooltip title={t('ev.rank.noPrevious')}>
        <span className="ev-change is-none">{t('ev.rank.new')}</span>
      </Tooltip>
    );
  }
  if (change === 0) return <span className="ev-change is-same">—</span>;
  const up = change > 0;
  return (
    <span
      className={`ev-change ${up ? 'is-up' : 'is-down'}`}
      aria-label={t(up ? 'ev.rank.up' : 'ev.rank.down', { n: Math.abs(change) })}
      data-testid="ev-rank-change"
    >
      {up ? '↑' : '↓'}
      {Math.abs(change)}
    </span>
  );
}

/** 红榜 (green) or 表态发言 (red flag). */
export function OutcomeTag({ outcome }: { outcome: Outcome | null }) {
  const t = useT();
  if (outcome === 'commended') {
    return (
      <Tag color="success" variant="solid" data-testid="ev-outcome-commended">
        {t('ev.outcome.commended')}
      </Tag>
    );
  }
  if (outcome === 'pledge') {
    return (
      <Tag color="error" data-testid="ev-outcome-pledge">
        <span aria-hidden>⚑ </span>
        {t('ev.outcome.pledge')}
      </Tag>
    );
  }
  return null;
}

/** The sum of bonuses and deductions, each rule in the tooltip. */
export function Adjustments({ rules }: { rules: RuleLine[] }) {
  const t = useT();
  const sum = adjustmentOf(rules);
  const text = signedPoints(sum);
  const counted = rules.filter((r) => r.count > 0);
  if (!counted.length) return <span className="ev-num tj-muted">{text}</span>;
  return (
    <Tooltip
      title={counted.map((r) => (
        <div key={r.key}>
          {t('ev.rule.summary', { name: r.name, count: r.count, points: r.points })}
          {r.capped ? t('ev.rule.cappedShort') : ''}
        </div>
      ))}
    >
      <span className={`ev-num ev-adjust ${sum > 0n ? 'is-bonus' : sum < 0n ? 'is-deduction' : ''}`}>
        {text}
      </span>
    </Tooltip>
  );
}

/** "60.00" → "60", "7.50" → "7.5": a method's maximum points in headings. */
export const maxText = (points: string) => (points.includes('.') ? points.replace(/\.?0+$/, '') : points);
