import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../i18n/translate';
import { formatFigure, hundredthsOf, percentText, roundDecimal, shiftDecimal, signedPoints } from './figures';
import { changeKind, periodLabel, periodName, pickOf, type PeriodPick } from './period';

const t = makeTranslate('zh-CN');
const pick = (name: string): PeriodPick => pickOf(name) ?? { year: 0, kind: 'year', index: 0 };

describe('evaluation figures', () => {
  it('rounds and shifts decimals exactly', () => {
    expect(roundDecimal('1166666666.6667', 2)).toBe('1166666666.67');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(shiftDecimal('0.5833', 2)).toBe('58.33');
    expect(shiftDecimal('20', 8)).toBe('2000000000');
    expect(percentText('1')).toBe('100%');
    expect(percentText('0.58333')).toBe('58.33%');
    expect(percentText('-0.25')).toBe('-25%');
  });

  it('reads a metric as money in 亿元/万元, US dollars, counts or rates', () => {
    expect(formatFigure(t, 'signed_amount', '1700000000')).toBe('17.00 亿元');
    expect(formatFigure(t, 'signed_amount', '1166666666.6667')).toBe('11.67 亿元');
    expect(formatFigure(t, 'funds_arrived', '5000000')).toBe('500.00 万元');
    expect(formatFigure(t, 'funds_arrived_foreign_usd', '12500000')).toBe('1,250.00 万美元');
    expect(formatFigure(t, 'signed_amount', '1')).toBe('1 元');
    expect(formatFigure(t, 'signed_count', '12')).toBe('12');
    expect(formatFigure(t, 'supervision_on_time_rate', '0.8')).toBe('80%');
  });

  it('takes differences of points in hundredths', () => {
    expect(signedPoints(hundredthsOf('105.00') - hundredthsOf('68.00'))).toBe('+37.00');
    expect(signedPoints(hundredthsOf('-0.50'))).toBe('-0.50');
  });
});

describe('evaluation periods', () => {
  it('names and reads periods both ways', () => {
    for (const name of ['2026', '2026H1', '2026Q3', '2026-07']) expect(periodName(pick(name))).toBe(name);
    expect(pickOf('2026Q5')).toBeNull();
    expect(periodLabel(t, '2026Q2')).toBe('2026年第二季度');
    expect(periodLabel(t, '2026-07')).toBe('2026年7月');
    expect(periodName(changeKind(pick('2026Q3'), 'half'))).toBe('2026H2');
    expect(periodName(changeKind(pick('2026Q3'), 'month'))).toBe('2026-09');
  });
});
