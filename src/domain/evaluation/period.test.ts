import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';

describe('evaluation periods', () => {
  it('counts the year to date, with the elapsed share, last year’s window and the period before', () => {
    expect(parsePeriod('2021Q3')).toEqual({
      name: '2021Q3',
      kind: 'quarter',
      year: 2021,
      from: '2021-01-01',
      to: '2021-09-30',
      elapsedShare: { num: 9n, den: 12n },
      lastYear: { from: '2020-01-01', to: '2020-09-30' },
      previous: '2021Q2',
    });
    expect(parsePeriod('2024-02')).toMatchObject({ kind: 'month', to: '2024-02-29', previous: '2024-01' });
    expect(parsePeriod('2021-01')?.previous).toBe('2020-12');
    expect(parsePeriod('2021Q1')?.previous).toBe('2020Q4');
    expect(parsePeriod('2021H1')).toMatchObject({ kind: 'half', to: '2021-06-30', previous: '2020H2' });
    expect(parsePeriod('2021')).toMatchObject({ kind: 'year', to: '2021-12-31', previous: '2020' });
  });

  it('refuses what is not a period', () => {
    expect(['2021Q5', '2021-13', '21Q1', '2021 H1', '1999', ''].map(parsePeriod)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
