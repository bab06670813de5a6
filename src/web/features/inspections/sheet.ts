import type { Criterion } from '../../../domain/evaluation/inspection';
import { periodContaining, periodName, shanghaiToday } from '../evaluation/period';
import { fullMarks } from './marks';

/** A row of the sheet editor (values as typed, possibly incomplete). */
export type SheetRow = { key?: string | null; name?: string | null; max?: string | null };

/** The API's rule for a criterion key. */
export const KEY_PATTERN = /^[a-z0-9_]{1,40}$/;

/**
 * The usual half-year sheet (观摩评分表): 项目建设进度 40, 投资强度 25, 科技含量 15, 综合效益 20 —
 * 100 in all. The names are given in the reader's language (they are stored as typed).
 */
export const DEFAULT_CRITERIA = [
  { key: 'progress', max: '40' },
  { key: 'investment', max: '25' },
  { key: 'technology', max: '15' },
  { key: 'benefit', max: '20' },
] as const;

export type DefaultCriterionKey = (typeof DEFAULT_CRITERIA)[number]['key'];

export function defaultSheet(nameOf: (key: DefaultCriterionKey) => string): Criterion[] {
  return DEFAULT_CRITERIA.map((c) => ({ key: c.key, name: nameOf(c.key), max: c.max }));
}

/** A key for a new row: c1, c2 … the first not taken. */
export function nextKey(rows: readonly SheetRow[]): string {
  const taken = new Set(rows.map((r) => r?.key ?? ''));
  let n = rows.length + 1;
  while (taken.has(`c${n}`)) n++;
  return `c${n}`;
}

/** A maximum's problem: missing, not a decimal with at most two places, or not above 0. */
export function maxProblem(max: string | null | undefined): 'required' | 'invalid' | 'not_positive' | null {
  const v = (max ?? '').trim();
  if (!v) return 'required';
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return 'invalid';
  return /^0+(\.0+)?$/.test(v) ? 'not_positive' : null;
}

/** A key's problem: missing, not lower-case letters, digits and _, or used by an earlier row. */
export function keyProblem(
  rows: readonly SheetRow[],
  index: number,
): 'required' | 'invalid' | 'duplicate' | null {
  const key = (rows[index]?.key ?? '').trim();
  if (!key) return 'required';
  if (!KEY_PATTERN.test(key)) return 'invalid';
  return rows.slice(0, index).some((r) => (r?.key ?? '').trim() === key) ? 'duplicate' : null;
}

/** The full marks of the rows typed so far (rows with a valid maximum). */
export function rowsTotal(rows: readonly SheetRow[]): string {
  return fullMarks(
    rows
      .filter((r) => r && maxProblem(r.max) === null)
      .map((r) => ({ key: r.key ?? '', name: r.name ?? '', max: (r.max ?? '').trim() })),
  );
}

/** The sheet the API takes, from the editor's rows. */
export function sheetOf(rows: readonly SheetRow[]): Criterion[] {
  return rows.map((r) => ({
    key: (r.key ?? '').trim(),
    name: (r.name ?? '').trim(),
    max: (r.max ?? '').trim(),
  }));
}

/** The half-year a day falls in ("2026-03-01" → "2026H1"): the default period of a new inspection. */
export function currentHalf(day = shanghaiToday()): string {
  return periodName(periodContaining('half', day));
}
