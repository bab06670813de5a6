import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { Money } from '../projects/Money';
import { CountLink } from './CountLink';
import {
  definitionNotes,
  formulaText,
  percentHundredths,
  percentText,
  rateName,
  sideName,
} from './definitionText';
import type { DrillSide, RateView } from './types';

type Props = { rate: RateView; onDrill: (side: DrillSide) => void };

/** One rate: the percent as returned, its numerator and denominator (each opens its projects) and its definition in words. */
export function RateCard({ rate, onDrill }: Props) {
  const t = useT();
  const d = rate.definition;
  const width = Math.min(100, Math.max(0, percentHundredths(rate.percent) / 100));
  const num = (
    <CountLink
      count={rate.numeratorCount}
      label={sideName(t, rate.key, 'numerator', d)}
      onClick={() => onDrill('numerator')}
      testId="rate-numerator"
    />
  );
  const den = (
    <CountLink
      count={rate.denominatorCount}
      label={sideName(t, rate.key, 'denominator', d)}
      onClick={() => onDrill('denominator')}
      testId="rate-denominator"
    />
  );
  return (
    <Card variant="borderless" size="small" className="tj-rate-card" data-testid={`rate-${rate.key}`}>
      <div className="tj-rate-head">
        <span className="tj-rate-name">{rateName(t, rate.key)}</span>
        {rate.percent === null && <span className="tj-muted">{t('rates.noDenominator')}</span>}
      </div>
      <div
        className={rate.percent === null ? 'tj-rate-percent is-empty' : 'tj-rate-percent'}
        data-testid="rate-percent"
      >
        {percentText(rate.percent)}
      </div>
      <div className="tj-rate-bar" aria-hidden>
        <span style={{ width: `${width}%` }} />
      </div>
      {rate.key === 'funding' ? (
        <>
          <div className="tj-rate-fraction">
            <Money yuan={rate.numeratorAmount} empty="0" />
            <span>÷</span>
            <Money yuan={rate.denominatorAmount} empty="0" />
          </div>
          <div className="tj-rate-fraction tj-muted">
            {t('rates.funding.projects')} {num} <span>/</span> {den}
          </div>
        </>
      ) : (
        <div className="tj-rate-fraction">
          {num}
          <span>÷</span>
          {den}
          <span className="tj-muted">{t('rates.projectsUnit')}</span>
        </div>
      )}
      <div className="tj-rate-def" data-testid="rate-definition">
        {formulaText(t, rate.key, d)}
      </div>
      <div className="tj-rate-notes">{definitionNotes(t, rate.key, d).join(t('rates.noteSep'))}</div>
    </Card>
  );
}
