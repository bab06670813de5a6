import { useT } from '../../i18n/useT';
import { adjustmentOf, signedPoints } from './figures';
import { periodLabel } from './period';
import { maxText, OutcomeTag, RankChange } from './RankBits';
import type { ExplainView, ResultView } from './types';

/** The answer in one paragraph: total of the maximum, rank among the units, change, outcome; then the sum. */
export function ExplainSummary({ data, result }: { data: ExplainView; result: ResultView }) {
  const t = useT();
  const line = data.line;
  const indicatorSum = line.indicators.map((i) => i.points).join(' + ');
  const adjustment = adjustmentOf(line.rules);
  return (
    <div className="ev-explain-summary" data-testid="ev-explain-summary">
      <div className="ev-explain-total">
        <strong className="ev-num">{line.total}</strong>
        <span className="tj-muted">{t('ev.explain.ofTotal', { max: maxText(data.method.totalPoints) })}</span>
        <span className="ev-explain-rank">
          {t('ev.explain.rankOf', { rank: line.rank, n: data.unitsInGroup })}
          <RankChange change={line.rankChange} />
        </span>
        <OutcomeTag outcome={line.outcome} />
      </div>
      <p className="tj-muted">
        {t('ev.explain.context', {
          period: periodLabel(t, data.result.period),
          method: data.method.name,
          version: data.method.version,
          asOf: result.payload.asOf,
        })}
      </p>
      <p className="ev-explain-sum">
        {t('ev.explain.sum', {
          parts: line.rules.length
            ? `${indicatorSum} ${adjustment < 0n ? '−' : '+'} ${signedPoints(adjustment < 0n ? -adjustment : adjustment).replace('+', '')}`
            : indicatorSum,
          total: line.total,
        })}
      </p>
    </div>
  );
}
