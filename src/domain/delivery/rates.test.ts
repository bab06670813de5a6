import { describe, expect, it } from 'vitest';
import {
  type CohortProject,
  DEFAULT_RATE_DEFINITIONS as D,
  type RateDefinitions,
  cohortOf,
  computeRates,
  parseCohort,
  percentOf,
  sideOf,
  usdCentsToFen,
} from './rates';

const yi = (n: number) => BigInt(n) * 10_000_000_000n;
const wan = (n: number) => BigInt(n) * 1_000_000n;

/** Six projects signed in 2026-H1 (A–F) and one in H2 (G). */
const projects: CohortProject[] = [
  // A: registered, started and producing; 2亿 of 4亿 arrived by May.
  {
    id: 'A',
    signedOn: '2026-01-10',
    reached: {
      registered: '2026-01-20',
      land_secured: '2026-02-01',
      started: '2026-03-01',
      completed: '2026-05-01',
      producing: '2026-06-15',
    },
    reports: [
      { month: '2026-02', domesticFen: yi(1), foreignUsdCents: 0n },
      { month: '2026-05', domesticFen: yi(1), foreignUsdCents: 0n },
    ],
    contractedFen: yi(4),
    excluded: false,
  },
  // B: registered only; no funds.
  {
    id: 'B',
    signedOn: '2026-02-28',
    reached: { registered: '2026-04-01' },
    reports: [],
    contractedFen: yi(2),
    excluded: false,
  },
  // C: nothing registered, but US$100万 arrived in June (at 7.1 → 710万元): performing by funds.
  {
    id: 'C',
    signedOn: '2026-03-28',
    reached: {},
    reports: [{ month: '2026-06', domesticFen: 0n, foreignUsdCents: 100_000_000n }],
    contractedFen: yi(1),
    excluded: false,
  },
  // D: nothing at all, no contracted amount (framework agreement).
  { id: 'D', signedOn: '2026-04-28', reached: {}, reports: [], contractedFen: null, excluded: false },
  // E: started in July — after the as-of date of most tests (standard factory: no land step).
  {
    id: 'E',
    signedOn: '2026-05-28',
    reached: { registered: '2026-06-01', started: '2026-07-02' },
    reports: [],
    contractedFen: yi(3),
    excluded: false,
  },
  // F: real estate, excluded by the counting rules — but otherwise perfect.
  {
    id: 'F',
    signedOn: '2026-06-28',
    reached: { registered: '2026-06-29', started: '2026-06-30' },
    reports: [],
    contractedFen: yi(9),
    excluded: true,
  },
  // G: signed in H2.
  {
    id: 'G',
    signedOn: '2026-07-28',
    reached: { registered: '2026-08-01' },
    reports: [],
    contractedFen: yi(1),
    excluded: false,
  },
];

const h1 = parseCohort('2026-H1') ?? { from: '', to: '' };
const ids = (ps: CohortProject[]) => ps.map((p) => p.id).join('');

describe('delivery rates on a hand-built cohort', () => {
  it('as of 2026-06-30: cohort A–E, F excluded, G outside the period', () => {
    const asOf = '2026-06-30';
    const cohort = cohortOf(projects, h1, asOf, D);
    expect(ids(cohort)).toBe('ABCDE');
    const r = Object.fromEntries(computeRates(cohort, asOf, D).map((x) => [x.key, x]));
    // performing = registered (A, B, E) or funds (A, C) or started (A) → A B C E = 4 of 5.
    expect(r.performance).toMatchObject({ numeratorCount: 4, denominatorCount: 5, percent: '80.00' });
    // registered: A B E = 3 of 5.
    expect(r.landing).toMatchObject({ numeratorCount: 3, denominatorCount: 5, percent: '60.00' });
    // started ÷ performing: A (E starts in July) = 1 of 4.
    expect(r.start).toMatchObject({ numeratorCount: 1, denominatorCount: 4, percent: '25.00' });
    // producing ÷ started: A = 1 of 1.
    expect(r.production).toMatchObject({ numeratorCount: 1, denominatorCount: 1, percent: '100.00' });
    // at capacity ÷ producing: 0 of 1.
    expect(r.capacity).toMatchObject({ numeratorCount: 0, denominatorCount: 1, percent: '0.00' });
    // funding: (2亿 + 710万) ÷ (4 + 2 + 1 + 3)亿 over A B C E (D has no contracted amount).
    expect(r.funding).toMatchObject({
      numeratorFen: yi(2) + wan(710),
      denominatorFen: yi(10),
      numeratorCount: 2,
      denominatorCount: 4,
      percent: '20.71',
    });
  });

  it('as of 2026-05-31: what happened later does not count', () => {
    const asOf = '2026-05-31';
    const cohort = cohortOf(projects, h1, asOf, D);
    expect(ids(cohort)).toBe('ABCDE');
    const r = Object.fromEntries(computeRates(cohort, asOf, D).map((x) => [x.key, x]));
    // E registered on 06-01, C's funds arrived in June: performing A B only.
    expect(r.performance).toMatchObject({ numeratorCount: 2, denominatorCount: 5, percent: '40.00' });
    expect(r.start).toMatchObject({ numeratorCount: 1, denominatorCount: 2, percent: '50.00' });
    // A produces from 06-15: nothing producing yet.
    expect(r.production).toMatchObject({ numeratorCount: 0, denominatorCount: 1, percent: '0.00' });
    expect(r.capacity).toMatchObject({ numeratorCount: 0, denominatorCount: 0, percent: null });
    expect(r.funding).toMatchObject({ numeratorFen: yi(2), denominatorFen: yi(10), percent: '20.00' });
  });

  it('as of 2026-03-31 the cohort holds only the projects already signed', () => {
    expect(ids(cohortOf(projects, h1, '2026-03-31', D))).toBe('ABC');
  });

  it('counting rules switched off bring the excluded project back', () => {
    const defs: RateDefinitions = { ...D, applyCountingRules: false };
    const cohort = cohortOf(projects, h1, '2026-06-30', defs);
    expect(ids(cohort)).toBe('ABCDEF');
    const r = Object.fromEntries(computeRates(cohort, '2026-06-30', defs).map((x) => [x.key, x]));
    expect(r.start).toMatchObject({ numeratorCount: 2, denominatorCount: 5, percent: '40.00' });
  });

  it('definitions are configuration: performing by registration only, foreign funds left out', () => {
    const defs: RateDefinitions = {
      ...D,
      performing: ['registered'],
      funding: { includeForeign: false, usdToCny: '7.1' },
    };
    const cohort = cohortOf(projects, h1, '2026-06-30', defs);
    const r = Object.fromEntries(computeRates(cohort, '2026-06-30', defs).map((x) => [x.key, x]));
    expect(r.performance).toMatchObject({ numeratorCount: 3, denominatorCount: 5 });
    expect(r.start).toMatchObject({ numeratorCount: 1, denominatorCount: 3, percent: '33.33' });
    expect(r.funding).toMatchObject({ numeratorFen: yi(2), percent: '20.00' });
  });

  it('drill-down: the numerator lies within the denominator', () => {
    const cohort = cohortOf(projects, h1, '2026-06-30', D);
    expect(ids(sideOf(cohort, 'start', 'denominator', '2026-06-30', D))).toBe('ABCE');
    expect(ids(sideOf(cohort, 'start', 'numerator', '2026-06-30', D))).toBe('A');
    expect(ids(sideOf(cohort, 'funding', 'numerator', '2026-06-30', D))).toBe('AC');
  });
});

describe('exact arithmetic', () => {
  it('rounds percentages half up from integers', () => {
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(1n, 8n)).toBe('12.50');
    expect(percentOf(0n, 0n)).toBeNull();
  });
  it('converts US$ at an exact rate', () => {
    expect(usdCentsToFen(100n, '7.1')).toBe(710n);
    expect(usdCentsToFen(1n, '7.1234')).toBe(7n);
    expect(() => usdCentsToFen(1n, '7.12345')).toThrow();
  });
  it('names periods', () => {
    expect(parseCohort('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parseCohort('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(parseCohort('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseCohort('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(parseCohort('2026-13')).toBeNull();
  });
});
