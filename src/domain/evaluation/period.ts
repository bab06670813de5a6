import type { PeriodKind } from './method';
import { r, type Rational } from './rational';

export type Period = {
  name: string;
  kind: PeriodKind;
  year: number;
  /** The evaluation counts the year to date: from 1 January to the end of the period. */
  from: string;
  to: string;
  /** Months of the year elapsed at the end of the period, over 12 (序时进度). */
  elapsedShare: Rational;
  /** The same window of the previous year (for growth). */
  lastYear: { from: string; to: string };
  /** The period before (for the change in rank): Q3 → Q2, H2 → H1, 2021 → 2020, 2021-07 → 2021-06. */
  previous: string;
};

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Reads a period name: `2021` (year), `2021H1`/`2021H2`, `2021Q1`…`2021Q4`, `2021-07` (month).
 * Rankings count the year to date (1–9月累计 for Q3) against the yearly target × elapsed share.
 */
export function parsePeriod(name: string): Period | null {
  const m = /^(\d{4})(?:(H[12])|(Q[1-4])|-(0[1-9]|1[0-2]))?$/.exec(name.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const [kind, endMonth, previous]: [PeriodKind, number, string] = m[2]
    ? ['half', m[2] === 'H1' ? 6 : 12, m[2] === 'H1' ? `${year - 1}H2` : `${year}H1`]
    : m[3]
      ? [
          'quarter',
          Number(m[3].slice(1)) * 3,
          m[3] === 'Q1' ? `${year - 1}Q4` : `${year}Q${Number(m[3].slice(1)) - 1}`,
        ]
      : m[4]
        ? [
            'month',
            Number(m[4]),
            m[4] === '01' ? `${year - 1}-12` : `${year}-${String(Number(m[4]) - 1).padStart(2, '0')}`,
          ]
        : ['year', 12, `${year - 1}`];
  return {
    name: name.trim(),
    kind,
    year,
    from: ymd(year, 1, 1),
    to: ymd(year, endMonth, lastDay(year, endMonth)),
    elapsedShare: r(endMonth, 12),
    lastYear: { from: ymd(year - 1, 1, 1), to: ymd(year - 1, endMonth, lastDay(year - 1, endMonth)) },
    previous,
  };
}
