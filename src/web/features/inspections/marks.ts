import { scoreProblems, sheetTotal, type Criterion } from '../../../domain/evaluation/inspection';
import {
  add,
  cmp,
  decimal,
  hundredthsText,
  max as maxOf,
  min as minOf,
  mul,
  r,
  toHundredths,
  ZERO,
  type Rational,
} from '../../../domain/evaluation/rational';
import type { InspectionSite, InspectionView, UnitScore } from './types';

/** What a judge has typed for a site, criterion by criterion (strings, as the API takes them). */
export type Draft = Record<string, string | null | undefined>;

export type MarkProblem = 'missing' | 'not_a_number' | 'out_of_range' | 'too_precise';

const DECIMAL = /^\d+(\.\d+)?$/;

/** "85.50" → "85.5", "80.00" → "80": a decimal string without trailing zeros. */
export function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A rational shown as points: rounded to hundredths, trailing zeros dropped. */
export const points = (x: Rational) => trimDecimal(hundredthsText(toHundredths(x)));

/**
 * A mark's problem against its criterion, as the server checks it (missing, not a number, outside
 * 0…max), plus more than two decimals (the server keeps totals in hundredths). Null when fine.
 */
export function markProblem(c: Criterion, value: string | null | undefined): MarkProblem | null {
  const v = (value ?? '').trim();
  const [problem] = scoreProblems([c], { [c.key]: v });
  if (problem) return problem.reason;
  if (/\.\d{3,}$/.test(v)) return 'too_precise';
  return null;
}

/** The marks the API takes: every criterion's value, trimmed. */
export function marksOf(sheet: readonly Criterion[], draft: Draft): Record<string, string> {
  return Object.fromEntries(sheet.map((c) => [c.key, (draft[c.key] ?? '').trim()]));
}

/** The live total of a draft (the valid marks only) and whether every criterion has a valid mark. */
export function liveTotal(sheet: readonly Criterion[], draft: Draft): { total: string; complete: boolean } {
  const valid = sheet.filter((c) => markProblem(c, draft[c.key]) === null);
  return {
    total: points(sheetTotal(valid, marksOf(valid, draft))),
    complete: valid.length === sheet.length,
  };
}

/** The sum of the sheet's maxima (its full marks, usually 100). */
export function fullMarks(sheet: readonly Criterion[]): string {
  return points(sheet.reduce((acc, c) => (DECIMAL.test(c.max) ? add(acc, decimal(c.max)) : acc), ZERO));
}

/** One step (0.5 by default) up or down from a mark, kept within 0…max; an empty mark starts at 0. */
export function stepMark(value: string | null | undefined, direction: 1 | -1, max: string, step = '0.5') {
  const v = (value ?? '').trim();
  const from = DECIMAL.test(v) ? decimal(v) : ZERO;
  const next = add(from, mul(r(direction), decimal(step)));
  return points(maxOf(ZERO, minOf(decimal(max), next)));
}

/** Whether the draft differs from the marks last submitted (null: never submitted). */
export function isChanged(sheet: readonly Criterion[], draft: Draft, saved: Record<string, string> | null) {
  return sheet.some((c) => {
    const typed = (draft[c.key] ?? '').trim();
    const was = saved?.[c.key] ?? '';
    if (DECIMAL.test(typed) && DECIMAL.test(was)) return cmp(decimal(typed), decimal(was)) !== 0;
    return typed !== was;
  });
}

/**
 * The judges whose totals a site's score leaves out: with `dropped`, one lowest and one highest
 * (the first of equal lowest, the last of equal highest, as the server's sort keeps them).
 */
export function droppedMarks(site: Pick<InspectionSite, 'dropped' | 'marks'>): Map<string, 'low' | 'high'> {
  const out = new Map<string, 'low' | 'high'>();
  if (!site.dropped || site.marks.length < 3) return out;
  const sorted = [...site.marks].sort((a, b) => cmp(decimal(a.total), decimal(b.total)));
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low) out.set(low.judgeId, 'low');
  if (high) out.set(high.judgeId, 'high');
  return out;
}

export type RankedUnit = UnitScore & { rank: number | null };

/** Counties by score, highest first, ties sharing a rank (1, 2, 2, 4); unscored last, unranked. */
export function rankUnits(units: readonly UnitScore[]): RankedUnit[] {
  const scored = units
    .filter((u): u is UnitScore & { score: string } => u.score !== null)
    .sort((a, b) => cmp(decimal(b.score), decimal(a.score)));
  const ranked = scored.map((u, i) => {
    const tied = scored.findIndex((o) => cmp(decimal(o.score), decimal(u.score)) === 0);
    return { ...u, rank: (tied < 0 ? i : tied) + 1 };
  });
  return [...ranked, ...units.filter((u) => u.score === null).map((u) => ({ ...u, rank: null }))];
}

/** How far an inspection is: sites scored by every judge, and the caller's own scored sites. */
export function progressOf(view: Pick<InspectionView, 'sites' | 'judges'>) {
  const judges = view.judges.length;
  return {
    sites: view.sites.length,
    judges,
    complete: view.sites.filter((s) => judges > 0 && s.judged >= judges).length,
    mine: view.sites.filter((s) => s.myMarks !== null).length,
  };
}

export type ScoreFieldProblem = { criterion: string; reason: string; value: string; max?: string };

/** The problems of an INSPECTION_SCORE_INVALID answer (its params, else its field details). */
export function scoreErrorProblems(
  params: Record<string, unknown>,
  details: readonly { path: string; code: string }[],
): ScoreFieldProblem[] {
  const listed = Array.isArray(params.problems) ? (params.problems as unknown[]) : [];
  const fromParams = listed.flatMap((p) => {
    if (typeof p !== 'object' || p === null) return [];
    const { criterion, reason, value, max } = p as Record<string, unknown>;
    if (typeof criterion !== 'string' || typeof reason !== 'string') return [];
    return [
      {
        criterion,
        reason,
        value: typeof value === 'string' ? value : '',
        ...(typeof max === 'string' ? { max } : {}),
      },
    ];
  });
  if (fromParams.length) return fromParams;
  return details.flatMap((d) => {
    const m = /^body\.marks\.(.+)$/.exec(d.path);
    return m?.[1] ? [{ criterion: m[1], reason: d.code, value: '' }] : [];
  });
}
