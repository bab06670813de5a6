import { describe, expect, it } from 'vitest';
import {
  currentHalf,
  defaultSheet,
  keyProblem,
  KEY_PATTERN,
  maxProblem,
  nextKey,
  rowsTotal,
  sheetOf,
} from './sheet';

describe('the scoring sheet', () => {
  it('defaults to four criteria worth 100 in all, with keys the API takes', () => {
    const sheet = defaultSheet((k) => `name:${k}`);
    expect(sheet.map((c) => c.key)).toEqual(['progress', 'investment', 'technology', 'benefit']);
    expect(sheet.every((c) => KEY_PATTERN.test(c.key))).toBe(true);
    expect(sheet[0]?.name).toBe('name:progress');
    expect(rowsTotal(sheet)).toBe('100');
  });

  it('totals the valid maxima as they are typed', () => {
    expect(rowsTotal([{ max: '40' }, { max: '12.5' }, { max: '' }, { max: 'x' }, { max: null }])).toBe(
      '52.5',
    );
    expect(rowsTotal([])).toBe('0');
  });

  it('checks maxima and keys', () => {
    expect(maxProblem('40')).toBeNull();
    expect(maxProblem('0.5')).toBeNull();
    expect(maxProblem('')).toBe('required');
    expect(maxProblem('0')).toBe('not_positive');
    expect(maxProblem('0.00')).toBe('not_positive');
    expect(maxProblem('1.234')).toBe('invalid');
    expect(maxProblem('-3')).toBe('invalid');
    const rows = [{ key: 'progress' }, { key: 'Progress' }, { key: 'progress' }, { key: '' }, { key: 'c_5' }];
    expect(rows.map((_, i) => keyProblem(rows, i))).toEqual([null, 'invalid', 'duplicate', 'required', null]);
  });

  it('gives a new row a key not yet taken', () => {
    expect(nextKey([{ key: 'a' }, { key: 'b' }])).toBe('c3');
    expect(nextKey([{ key: 'c2' }, { key: 'c3' }])).toBe('c4');
    expect(nextKey([])).toBe('c1');
  });

  it('sends the rows trimmed', () => {
    expect(sheetOf([{ key: ' a ', name: ' 进度 ', max: ' 40 ' }])).toEqual([
      { key: 'a', name: '进度', max: '40' },
    ]);
  });

  it('starts at the half-year of the day', () => {
    expect(currentHalf('2026-03-01')).toBe('2026H1');
    expect(currentHalf('2026-06-30')).toBe('2026H1');
    expect(currentHalf('2026-07-01')).toBe('2026H2');
  });
});
