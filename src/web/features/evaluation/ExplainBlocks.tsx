import { Alert, Progress, Tag } from 'antd';
import type { Indicator, Rule } from '../../../domain/evaluation/method';
import { useT } from '../../i18n/useT';
import { shiftDecimal } from './figures';
import { fallbackText, formulaText, indicatorRows } from './explainText';
import { maxText } from './RankBits';
import { RecordList } from './RecordList';
import type { EvidenceRecord, IndicatorLine, RuleLine } from './types';

type IndicatorProps = {
  line: IndicatorLine & { records: EvidenceRecord[] };
  indicator: Indicator | undefined;
  elapsedShare: string;
};

/** One indicator: value, last year and growth, target (序时进度) and share, points of max, fallback, records. */
export function IndicatorBlock({ line, indicator, elapsedShare }: IndicatorProps) {
  const t = useT();
  const percent = Math.min(100, Math.max(0, Number(shiftDecimal(line.share, 2))));
  return (
    <section className="ev-block" data-testid={`ev-explain-${line.key}`}>
      <header className="ev-block-head">
        <span className="ev-block-name">{line.name}</span>
        <span className="ev-block-points">
          {t('ev.explain.pointsOf', { points: line.points, max: maxText(line.maxPoints) })}
        </span>
      </header>
      <Progress percent={percent} showInfo={false} size="small" strokeColor="#1f5fbf" />
      <dl className="ev-block-rows">
        {indicatorRows(t, line, indicator, elapsedShare).map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd className="ev-num" data-testid={r.testId}>
              {r.value}
            </dd>
          </div>
        ))}
      </dl>
      {indicator && <p className="ev-formula tj-muted">{formulaText(t, indicator)}</p>}
      {line.fallback && (
        <Alert
          type="info"
          showIcon
          className="ev-fallback"
          title={fallbackText(t, line.fallback)}
          data-testid="ev-explain-fallback"
        />
      )}
      <RecordList records={line.records} />
    </section>
  );
}

type RuleProps = { line: RuleLine & { records: EvidenceRecord[] }; rule: Rule | undefined };

/** A bonus or deduction: count × each, the cap and whether it was reached, the records counted. */
export function RuleBlock({ line }: RuleProps) {
  const t = useT();
  const bonus = line.kind === 'bonus';
  return (
    <section className="ev-block" data-testid={`ev-explain-${line.key}`}>
      <header className="ev-block-head">
        <span className="ev-block-name">
          <Tag color={bonus ? 'success' : 'error'} variant="outlined">
            {t(bonus ? 'ev.rule.bonus' : 'ev.rule.deduction')}
          </Tag>
          {line.name}
        </span>
        <span className={`ev-block-points ${bonus ? 'is-bonus' : 'is-deduction'}`}>
          {t('ev.explain.rulePoints', { points: line.points })}
        </span>
      </header>
      <p className="ev-rule-calc" data-testid="ev-explain-rule">
        {t(bonus ? 'ev.explain.ruleCalcBonus' : 'ev.explain.ruleCalcDeduction', {
          count: line.count,
          each: line.each,
        })}
        {line.cap !== null &&
          (line.capped
            ? t('ev.explain.capReached', { cap: line.cap })
            : t('ev.explain.cap', { cap: line.cap }))}
      </p>
      <RecordList records={line.records} />
    </section>
  );
}
