import { describe, expect, it } from 'vitest';
import type { Indicator, Method } from './method';
import { methodProblems } from './method';
import { hundredthsText, r, toHundredths, type Rational } from './rational';
import { outcomeOf, scoreUnits, type UnitInput } from './score';

const ind = (
  key: string,
  metric: Indicator['metric'],
  points: string,
  over: Partial<Indicator> = {},
): Indicator => ({
  key,
  name: key,
  metric,
  basis: 'level',
  direction: 'positive',
  points,
  normalisation: { kind: 'capped_ratio' },
  target: 'per_unit_time_proportional',
  ...over,
});
const growth = (key: string, metric: Indicator['metric'], points: string): Indicator =>
  ind(key, metric, points, {
    basis: 'growth',
    normalisation: { kind: 'efficacy', floor: '0.6' },
    target: 'none',
  });

/**
 * The Xinyang 2017 method of DESIGN §7 (100 points): contract value 30 (out-of-province 20,
 * foreign 10), funds arrived 70 (out-of-province 50, foreign 20), each 60% level (capped ratio
 * to a 序时进度 target) and 40% growth (efficacy coefficient); +4 per ≥10亿 project, +8 per
 * ≥50亿, +10 per Fortune-500 investor; −1 per missing monthly report (cap 3), −0.1 per project
 * past its start deadline (cap 1).
 */
const XINYANG: Method = {
  name: '信阳市2017年招商引资考评办法',
  totalPoints: '100',
  periodKind: 'quarter',
  indicators: [
    ind('contract_out', 'contracted_out_of_province', '12'),
    growth('contract_out_growth', 'contracted_out_of_province', '8'),
    ind('contract_foreign', 'contracted_foreign_usd', '6'),
    growth('contract_foreign_growth', 'contracted_foreign_usd', '4'),
    ind('funds_out', 'funds_arrived_out_of_province', '30'),
    growth('funds_out_growth', 'funds_arrived_out_of_province', '20'),
    ind('funds_foreign', 'funds_arrived_foreign_usd', '12'),
    growth('funds_foreign_growth', 'funds_arrived_foreign_usd', '8'),
  ],
  rules: [
    { key: 'over10', name: '≥10亿元项目', kind: 'bonus', metric: 'projects_over_10yi', each: '4', cap: null },
    { key: 'over50', name: '≥50亿元项目', kind: 'bonus', metric: 'projects_over_50yi', each: '8', cap: null },
    { key: 'f500', name: '世界500强', kind: 'bonus', metric: 'fortune500_projects', each: '10', cap: null },
    { key: 'missing', name: '缺报月报', kind: 'deduction', metric: 'missing_reports', each: '1', cap: '3' },
    {
      key: 'late',
      name: '逾期未开工',
      kind: 'deduction',
      metric: 'past_start_deadline',
      each: '0.1',
      cap: '1',
    },
  ],
};

const v = (value: number, lastYear?: number) => ({
  value: r(value),
  lastYear: lastYear === undefined ? null : r(lastYear),
});
const unit = (
  unitId: string,
  m: Record<string, [number, number?]>,
  counts: Record<string, number>,
  targets: Record<string, number>,
): UnitInput => ({
  unitId,
  metrics: {
    ...Object.fromEntries(Object.entries(m).map(([k, [a, b]]) => [k, v(a, b)])),
    ...Object.fromEntries(
      Object.entries(counts).map(([k, n]) => [k, { value: r(n), evidence: [`${unitId}-${k}`] }]),
    ),
  },
  targets: Object.fromEntries(Object.entries(targets).map(([k, t]) => [k, r(t)])),
});
// Values in 亿元 (US$ in 亿美元): only ratios matter. Q3: 3/4 of the year has elapsed.
const UNITS = [
  unit(
    'A',
    {
      contracted_out_of_province: [30, 20],
      contracted_foreign_usd: [2, 4],
      funds_arrived_out_of_province: [60, 50],
      funds_arrived_foreign_usd: [5, 5],
    },
    { projects_over_10yi: 1, missing_reports: 2, past_start_deadline: 3 },
    { contract_out: 40, contract_foreign: 4, funds_out: 100, funds_foreign: 8 },
  ),
  unit(
    'B',
    {
      contracted_out_of_province: [15, 15],
      contracted_foreign_usd: [3, 2],
      funds_arrived_out_of_province: [90, 60],
      funds_arrived_foreign_usd: [1, 2],
    },
    { projects_over_10yi: 2, fortune500_projects: 1 },
    { contract_out: 40, contract_foreign: 4, funds_out: 100, funds_foreign: 4 },
  ),
  unit(
    'C',
    {
      contracted_out_of_province: [24, 16],
      contracted_foreign_usd: [0, 0],
      funds_arrived_out_of_province: [30, 40],
      funds_arrived_foreign_usd: [3, 1],
    },
    { projects_over_10yi: 1, projects_over_50yi: 1, missing_reports: 5, past_start_deadline: 12 },
    { contract_out: 32, contract_foreign: 2, funds_out: 60, funds_foreign: 4 },
  ),
];

describe('the Xinyang 2017 method, worked by hand', () => {
  const results = scoreUnits(XINYANG, UNITS, {
    elapsedShare: r(3, 4),
    previousRanks: new Map([
      ['A', 1],
      ['B', 3],
      ['C', 2],
    ]),
  });
  const of = (id: string) => results.find((x) => x.unitId === id);
  const points = (id: string) => Object.fromEntries(of(id)?.indicators.map((i) => [i.key, i.points]) ?? []);

  it('is a valid method: the points add up to 100', () => {
    expect(methodProblems(XINYANG)).toEqual([]);
  });

  it('county A: level by capped ratio to the 序时进度 target, growth by efficacy coefficient', () => {
    // contract_out 30 / (40 × 3/4 = 30) → 1 × 12; growth 0.5 is the max → 8 × (0.6 + 0.4) = 8.
    // contract_foreign 2 / 3 → 4.00; growth −0.5 is the min of [−0.5, 0.5] → 4 × 0.6 = 2.40.
    // funds_out 60 / 75 = 0.8 → 24.00; growth 0.2 in [−0.25, 0.5] → 20 × (0.6 + 0.4 × 0.6) = 16.80.
    // funds_foreign 5 / 6 → 10.00; growth 0 in [−0.5, 2] → 8 × (0.6 + 0.4 × 0.2) = 5.44.
    expect(points('A')).toEqual({
      contract_out: '12.00',
      contract_out_growth: '8.00',
      contract_foreign: '4.00',
      contract_foreign_growth: '2.40',
      funds_out: '24.00',
      funds_out_growth: '16.80',
      funds_foreign: '10.00',
      funds_foreign_growth: '5.44',
    });
    // 82.64 + 4 (one ≥10亿 project) − 2 (two missing reports) − 0.30 (three late starts) = 84.34.
    expect(of('A')?.rules.map((x) => x.points)).toEqual(['4.00', '0.00', '0.00', '-2.00', '-0.30']);
    expect(of('A')?.total).toBe('84.34');
  });

  it('counties B and C, with caps and the visible no-last-year fallback', () => {
    // B: 6 + 4.80 + 6 + 4 + 30 + 20 + 4 + 4.80 = 79.60; + 8 + 10 = 97.60.
    expect(of('B')?.total).toBe('97.60');
    // C: 12 + 8 + 0 + 3.20 + 20 + 12 + 12 + 8 = 75.20; + 4 + 8 − 3 (5 missing, cap 3) − 1 (1.2, cap 1) = 83.20.
    expect(points('C')).toMatchObject({
      contract_foreign: '0.00',
      contract_foreign_growth: '3.20',
      funds_out_growth: '12.00',
    });
    expect(of('C')?.indicators.find((i) => i.key === 'contract_foreign_growth')?.fallback).toBe(
      'no_last_year',
    );
    expect(
      of('C')
        ?.rules.filter((x) => x.capped)
        .map((x) => [x.key, x.points]),
    ).toEqual([
      ['missing', '-3.00'],
      ['late', '-1.00'],
    ]);
    expect(of('C')?.total).toBe('83.20');
    expect(of('C')?.rules.find((x) => x.key === 'missing')?.evidence).toEqual(['C-missing_reports']);
  });

  it('ranks by total and tells the change since last period', () => {
    expect(results.map((x) => [x.unitId, x.rank, x.rankChange])).toEqual([
      ['A', 2, -1],
      ['B', 1, 2],
      ['C', 3, -1],
    ]);
  });
});

describe('normalisations and fallbacks', () => {
  const one = (i: Indicator, values: [string, number][], targets: Record<string, number> = {}) =>
    scoreUnits(
      { name: 't', totalPoints: i.points, periodKind: 'year', indicators: [i], rules: [] },
      values.map(([id, x]) => ({
        unitId: id,
        metrics: { [i.metric]: { value: r(x) } },
        targets: targets[id] === undefined ? {} : { [i.key]: r(targets[id] as number) },
      })),
      { elapsedShare: r(1) },
    ).map((x) => [x.unitId, x.indicators[0]?.points, x.indicators[0]?.fallback ?? null, x.rank]);

  it('a rate without a base counts as 0 and says so', () => {
    const rate = ind('on_time', 'supervision_on_time_rate', '10', {
      normalisation: { kind: 'efficacy', floor: '0.6' },
      target: 'none',
    });
    const scored = scoreUnits(
      { name: 't', totalPoints: '10', periodKind: 'year', indicators: [rate], rules: [] },
      [
        { unitId: 'x', metrics: { supervision_on_time_rate: { value: r(1, 2) } }, targets: {} },
        { unitId: 'y', metrics: { supervision_on_time_rate: { value: r(1) } }, targets: {} },
        { unitId: 'z', metrics: { supervision_on_time_rate: { value: r(0), noBase: true } }, targets: {} },
      ],
      { elapsedShare: r(1) },
    ).map((x) => [x.unitId, x.indicators[0]?.points, x.indicators[0]?.fallback ?? null]);
    // Over [0.5, 1, 0]: x 10 × (0.6 + 0.4 × 0.5) = 8, y 10, z the floor 6 — marked no_base.
    expect(scored).toEqual([
      ['x', '8.00', null],
      ['y', '10.00', null],
      ['z', '6.00', 'no_base'],
    ]);
  });

  it('min-max, rank points and a negative efficacy indicator', () => {
    const mm = ind('mm', 'new_starts', '10', { normalisation: { kind: 'min_max' }, target: 'none' });
    expect(
      one(mm, [
        ['a', 2],
        ['b', 5],
        ['c', 8],
      ]),
    ).toEqual([
      ['a', '0.00', null, 3],
      ['b', '5.00', null, 2],
      ['c', '10.00', null, 1],
    ]);
    const rank = ind('rk', 'new_starts', '9', { normalisation: { kind: 'rank' }, target: 'none' });
    // 4 units: the best 9 × 4/4; a tie shares the better rank (9 × 3/4 each); the last 9 × 1/4.
    expect(
      one(rank, [
        ['a', 7],
        ['b', 7],
        ['c', 9],
        ['d', 1],
      ]).map((x) => x[1]),
    ).toEqual(['6.75', '6.75', '9.00', '2.25']);
    const overdue = ind('od', 'supervision_overdue', '5', {
      direction: 'negative',
      normalisation: { kind: 'efficacy', floor: '0.6' },
      target: 'none',
    });
    // Fewer overdue items is better: 0 → 5; 4 → 5 × 0.6 = 3; 1 → 5 × (0.6 + 0.4 × 3/4) = 4.50.
    expect(
      one(overdue, [
        ['a', 0],
        ['b', 4],
        ['c', 1],
      ]).map((x) => x[1]),
    ).toEqual(['5.00', '3.00', '4.50']);
  });

  it('never divides by zero: equal values, a zero target and a missing target say so', () => {
    const eff = ind('e', 'new_starts', '10', {
      normalisation: { kind: 'efficacy', floor: '0.6' },
      target: 'none',
    });
    expect(
      one(eff, [
        ['a', 0],
        ['b', 0],
      ]),
    ).toEqual([
      ['a', '10.00', 'zero_range', 1],
      ['b', '10.00', 'zero_range', 1],
    ]);
    const capped = ind('c', 'signed_count', '10', { target: 'per_unit' });
    expect(
      one(
        capped,
        [
          ['a', 3],
          ['b', 3],
          ['c', 5],
        ],
        { a: 0, b: 6 },
      ),
    ).toEqual([
      ['a', '10.00', 'zero_target', 1],
      ['b', '5.00', null, 2],
      ['c', '0.00', 'no_target', 3],
    ]);
  });

  it('rounds half away from zero at hundredths, exactly', () => {
    const h = (x: Rational) => hundredthsText(toHundredths(x));
    expect([h(r(1, 8)), h(r(-1, 8)), h(r(2, 3)), h(r(12345, 1000))]).toEqual([
      '0.13',
      '-0.13',
      '0.67',
      '12.35',
    ]);
  });
});

describe('method validation', () => {
  it('names every problem: points not adding up, unknown source, bad floor, missing targets, duplicates', () => {
    const bad: Method = {
      ...XINYANG,
      indicators: [
        ind('x', 'signed_count', '60', { target: 'none' }),
        ind('x', 'no_such_metric' as Indicator['metric'], '30', {
          normalisation: { kind: 'efficacy', floor: '1.2' },
          target: 'none',
        }),
      ],
      rules: [{ key: 'r', name: 'r', kind: 'bonus', metric: 'signed_count', each: '0', cap: '-1' }],
    };
    expect(methodProblems(bad).map((p) => `${p.path}:${p.code}`)).toEqual([
      'indicators.0.target:target_required',
      'indicators.1.key:duplicate',
      'indicators.1.metric:unknown_metric',
      'indicators.1.normalisation.floor:out_of_range',
      'indicators:points_do_not_add_up',
      'rules.0.each:not_positive',
      'rules.0.cap:negative',
    ]);
  });
});

describe('outcomes', () => {
  it('commends the top ranks and asks the bottom ones for pledge speeches, ties with their rank', () => {
    const o = { commend: 2, pledge: 2 };
    // Ranks of 6 units with a tie for second: 1, 2, 2, 4, 5, 6.
    expect([1, 2, 2, 4, 5, 6].map((rank) => outcomeOf(rank, 6, o))).toEqual([
      'commended',
      'commended',
      'commended',
      null,
      'pledge',
      'pledge',
    ]);
    expect(outcomeOf(1, 1, { commend: 0, pledge: 1 })).toBe('pledge');
    expect(outcomeOf(3, 6, undefined)).toBeNull();
    // A period without data leaves everyone level (the growth indicators' equal values earn their
    // full 40 points by the zero-range fallback, the levels nothing without targets): nobody is named.
    const level = scoreUnits(
      { ...XINYANG, outcomes: { commend: 1, pledge: 1 } },
      ['A', 'B'].map((unitId) => ({ unitId, metrics: {}, targets: {} })),
      { elapsedShare: r(1) },
    );
    expect(level.map((x) => [x.total, x.rank, x.outcome])).toEqual([
      ['40.00', 1, null],
      ['40.00', 1, null],
    ]);
  });
});
