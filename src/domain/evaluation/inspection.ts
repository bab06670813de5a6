import { add, cmp, decimal, div, r, ZERO, type Rational } from './rational';

/** A scoring sheet line (观摩评分表): a criterion and its maximum points. */
export type Criterion = { key: string; name: string; max: string };

export type ScoreProblem = {
  criterion: string;
  value: string;
  reason: 'missing' | 'not_a_number' | 'out_of_range';
  max?: string;
};

/** A judge's marks for a site, checked against the sheet: every criterion, each within [0, max]. */
export function scoreProblems(
  sheet: readonly Criterion[],
  marks: Readonly<Record<string, string>>,
): ScoreProblem[] {
  const out: ScoreProblem[] = [];
  for (const c of sheet) {
    const v = marks[c.key];
    if (v === undefined || v === '') {
      out.push({ criterion: c.key, value: '', reason: 'missing' });
      continue;
    }
    let x: Rational;
    try {
      x = decimal(v);
    } catch {
      out.push({ criterion: c.key, value: v, reason: 'not_a_number' });
      continue;
    }
    if (cmp(x, ZERO) < 0 || cmp(x, decimal(c.max)) > 0)
      out.push({ criterion: c.key, value: v, reason: 'out_of_range', max: c.max });
  }
  return out;
}

export const sheetTotal = (sheet: readonly Criterion[], marks: Readonly<Record<string, string>>): Rational =>
  sheet.reduce((acc, c) => add(acc, decimal(marks[c.key] ?? '0')), ZERO);

/**
 * A site's score from its judges' totals: the mean, or — when `dropExtremes` and at least three
 * judges scored — the mean after dropping one highest and one lowest. Null without any score.
 */
export function siteScore(
  totals: readonly Rational[],
  dropExtremes: boolean,
): { score: Rational; dropped: boolean } | null {
  if (!totals.length) return null;
  const sorted = [...totals].sort(cmp);
  const used = dropExtremes && sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  return { score: div(used.reduce(add, ZERO), r(used.length)), dropped: used.length !== sorted.length };
}

/** A unit's inspection score: the mean of its scored sites (null when none was scored). */
export function unitScore(sites: readonly (Rational | null)[]): Rational | null {
  const scored = sites.filter((s): s is Rational => s !== null);
  if (!scored.length) return null;
  return div(scored.reduce(add, ZERO), r(scored.length));
}
