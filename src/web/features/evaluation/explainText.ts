import type { Indicator } from '../../../domain/evaluation/method';
import type { Translate } from '../../i18n/translate';
import { formatFigure, percentText } from './figures';
import type { IndicatorLine } from './types';

/** One row of an indicator's explanation: a label and its value. */
export type ExplainRow = { label: string; value: string; testId?: string };

/** "x/y" (an exact share, 11/12) → "11/12"; months elapsed for 序时进度. */
const shareWords = (t: Translate, share: string) => {
  const [num = '12', den = '12'] = share.split('/');
  return den === '12' ? t('ev.explain.monthsShare', { months: num }) : share;
};

/**
 * The figures of one indicator as people read them: the value (or growth over last year's), the
 * target in force (after 序时进度), how much of the points that earns, and the formula used.
 */
export function indicatorRows(
  t: Translate,
  line: IndicatorLine,
  ind: Indicator | undefined,
  elapsedShare: string,
): ExplainRow[] {
  const growth = line.basis === 'growth';
  const value = (v: string) => (growth ? percentText(v) : formatFigure(t, line.metric, v));
  const rows: ExplainRow[] = [];
  if (growth) {
    if (line.lastYear !== null)
      rows.push({ label: t('ev.explain.lastYear'), value: formatFigure(t, line.metric, line.lastYear) });
    rows.push({ label: t('ev.explain.growth'), value: percentText(line.raw), testId: 'ev-explain-raw' });
  } else {
    rows.push({ label: t('ev.explain.raw'), value: value(line.raw), testId: 'ev-explain-raw' });
  }
  if (line.target !== null) {
    const proportional = ind?.target === 'per_unit_time_proportional';
    rows.push({
      label: proportional
        ? t('ev.explain.targetProportional', { share: shareWords(t, elapsedShare) })
        : t('ev.explain.target'),
      value: value(line.target),
    });
  } else if (ind && ind.target !== 'none') {
    rows.push({ label: t('ev.explain.target'), value: t('ev.explain.noTarget') });
  }
  rows.push({ label: t('ev.explain.share'), value: percentText(line.share) });
  return rows;
}

/** The formula of the indicator's normalisation, in words. */
export function formulaText(t: Translate, ind: Indicator | undefined): string {
  if (!ind) return '';
  const negative = ind.direction === 'negative' ? t('ev.explain.negative') : '';
  switch (ind.normalisation.kind) {
    case 'capped_ratio':
      return t(ind.direction === 'negative' ? 'ev.formula.cappedRatioNeg' : 'ev.formula.cappedRatio');
    case 'efficacy': {
      const floor = ind.normalisation.floor;
      const rest = String(Math.round((1 - Number(floor)) * 1000) / 1000);
      return `${t('ev.formula.efficacy', { floor, rest })}${negative}`;
    }
    case 'min_max':
      return `${t('ev.formula.minMax')}${negative}`;
    case 'rank':
      return `${t('ev.formula.rank')}${negative}`;
  }
}

/** Why a figure is not what the formula alone gives, in words. */
export const fallbackText = (t: Translate, fallback: string) =>
  t.dynamic(`ev.fallback.${fallback}`, fallback);
