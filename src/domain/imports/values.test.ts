import { describe, expect, it } from 'vitest';
import { matchRegion, parseAmount, parseDate, type AmountUnit } from './values';

/** What people type → what it means (元, two decimals), or null for "refused with a reason". */
const AMOUNTS: readonly [unknown, AmountUnit, string | null][] = [
  ['2.5亿', 'wan', '250000000.00'],
  ['2.5亿元', 'yuan', '250000000.00'],
  ['5000万元', 'yi', '50000000.00'],
  ['5000万', 'yuan', '50000000.00'],
  ['12,000', 'wan', '120000000.00'],
  ['12，000', 'wan', '120000000.00'],
  ['１２３', 'wan', '1230000.00'],
  ['１２３．５亿', 'yuan', '12350000000.00'],
  [' 3000 ', 'wan', '30000000.00'],
  [3000, 'wan', '30000000.00'],
  [2.5, 'yi', '250000000.00'],
  [0.0001, 'wan', '1.00'],
  ['1234.56', 'yuan', '1234.56'],
  ['1234.567', 'yuan', null],
  ['0.000001', 'wan', '0.01'],
  ['0.0000001', 'wan', null],
  ['100元', 'wan', '100.00'],
  ['1 000 000', 'yuan', '1000000.00'],
  ['0', 'wan', '0.00'],
  ['-5', 'wan', null],
  ['约2亿', 'wan', null],
  ['待定', 'wan', null],
  ['', 'wan', null],
  ['2亿5000万', 'wan', null],
  [1e21, 'yuan', null],
  [null, 'wan', null],
];

const DATES: readonly [unknown, string | null][] = [
  ['2021年7月28日', '2021-07-28'],
  ['2021年07月28日', '2021-07-28'],
  ['2021年7月28', '2021-07-28'],
  ['2021/7/28', '2021-07-28'],
  ['2021-07-28', '2021-07-28'],
  ['2021.7.28', '2021-07-28'],
  ['２０２１年７月２８日', '2021-07-28'],
  ['20210728', '2021-07-28'],
  [' 2021-7-8 ', '2021-07-08'],
  [44405, '2021-07-28'],
  [45658, '2025-01-01'],
  [new Date(Date.UTC(2021, 6, 28)), '2021-07-28'],
  ['2021-02-29', null],
  ['2024-02-29', '2024-02-29'],
  ['2021-13-01', null],
  ['2021年7月', null],
  ['7/28/2021', null],
  ['昨天', null],
  [44405.5, null],
  ['1899-12-30', null],
];

const REGIONS = [
  { id: '411302', name: '宛城区' },
  { id: '411303', name: '卧龙区' },
  { id: '411381', name: '邓州市' },
  { id: '411329', name: '新野县' },
  { id: '411371', name: '南阳高新区' },
];
const REGION_INPUTS: readonly [unknown, string | null][] = [
  ['宛城区', '411302'],
  ['宛城', '411302'],
  ['南阳市宛城区', '411302'],
  ['邓州', '411381'],
  ['邓州市', '411381'],
  ['新野', '411329'],
  ['新野县', '411329'],
  ['高新区', '411371'],
  ['南阳高新区', '411371'],
  ['411303', '411303'],
  [411303, '411303'],
  ['郑州市', null],
  ['', null],
];

describe('reading spreadsheet values', () => {
  it('has a table of at least 40 real-world inputs', () => {
    expect(AMOUNTS.length + DATES.length + REGION_INPUTS.length).toBeGreaterThanOrEqual(40);
  });

  for (const [raw, unit, expected] of AMOUNTS) {
    it(`amount ${JSON.stringify(raw)} in a ${unit} column → ${expected ?? 'refused'}`, () => {
      const r = parseAmount(raw, unit);
      if (expected === null) {
        expect(r.ok).toBe(false);
        expect(r.ok ? '' : r.reason).not.toBe('');
      } else {
        expect(r).toEqual({ ok: true, value: expected });
      }
    });
  }

  for (const [raw, expected] of DATES) {
    it(`date ${raw instanceof Date ? raw.toISOString() : JSON.stringify(raw)} → ${expected ?? 'refused'}`, () => {
      const r = parseDate(raw);
      expect(r.ok ? r.value : null).toBe(expected);
    });
  }

  for (const [raw, expected] of REGION_INPUTS) {
    it(`region ${JSON.stringify(raw)} → ${expected ?? 'refused'}`, () => {
      const r = matchRegion(raw, REGIONS);
      expect(r.ok ? r.value : null).toBe(expected);
    });
  }

  it('explains a refusal', () => {
    expect(parseDate('2021-02-29')).toEqual({ ok: false, reason: '2021-02 has no day 29' });
    expect(parseAmount('1234.567', 'yuan')).toEqual({
      ok: false,
      reason: '"1234.567" has more decimals than whole 分',
    });
    expect(matchRegion('郑州市', REGIONS)).toEqual({
      ok: false,
      reason: '"郑州市" is not a region of this city',
    });
  });
});
