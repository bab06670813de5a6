import { describe, expect, it } from 'vitest';
import { scoreProblems, sheetTotal, siteScore, unitScore, type Criterion } from './inspection';
import { hundredthsText, r, toHundredths, type Rational } from './rational';

const SHEET: Criterion[] = [
  { key: 'progress', name: '项目进度', max: '40' },
  { key: 'investment', name: '投资强度', max: '30' },
  { key: 'quality', name: '科技含量与带动作用', max: '30' },
];
const h = (x: Rational | null | undefined) => (x ? hundredthsText(toHundredths(x)) : null);

describe('half-year inspection (观摩) scoring', () => {
  it('checks a judge’s marks against the sheet, naming each criterion, value and bound', () => {
    expect(scoreProblems(SHEET, { progress: '38', investment: '31', quality: 'x' })).toEqual([
      { criterion: 'investment', value: '31', reason: 'out_of_range', max: '30' },
      { criterion: 'quality', value: 'x', reason: 'not_a_number' },
    ]);
    expect(scoreProblems(SHEET, { progress: '-1', investment: '20' })).toEqual([
      { criterion: 'progress', value: '-1', reason: 'out_of_range', max: '40' },
      { criterion: 'quality', value: '', reason: 'missing' },
    ]);
    expect(h(sheetTotal(SHEET, { progress: '36.5', investment: '27', quality: '25.5' }))).toBe('89.00');
  });

  it('averages judges, dropping the highest and lowest when asked and there are three or more', () => {
    const totals = [r(92), r(85), r(88), r(70), r(90)];
    // Mean of all five: 425 / 5 = 85; without 92 and 70: 263 / 3 = 87.67.
    expect(h(siteScore(totals, false)?.score)).toBe('85.00');
    expect(siteScore(totals, true)).toMatchObject({ dropped: true });
    expect(h(siteScore(totals, true)?.score)).toBe('87.67');
    // Two judges: nothing is dropped even when asked.
    expect(siteScore([r(80), r(90)], true)).toMatchObject({ dropped: false });
    expect(h(siteScore([r(80), r(90)], true)?.score)).toBe('85.00');
    expect(siteScore([], true)).toBeNull();
  });

  it('gives a unit the mean of its scored sites', () => {
    expect(h(unitScore([r(85), null, r(90)]))).toBe('87.50');
    expect(unitScore([null])).toBeNull();
  });
});
