import { toHalfWidth } from '../text';
import type { AmountUnit, Parsed } from './values';

/** A template column: its Chinese header, the other names people give it, whether it must be there. */
export type ColumnSpec<K extends string> = {
  key: K;
  header: string;
  aliases: readonly string[];
  required: boolean;
};

export type ImportProblem = { row: number; column: string; value: string; reason: string };
export type SheetRow = { row: number; cells: readonly unknown[] };

export const show = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
export const cellText = (v: unknown) => toHalfWidth(show(v)).trim();
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const clean = (s: string) =>
  s
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(]/g, '（')
    .replace(/[）)]/g, '）')
    .replace(/\*/g, '');

/** The unit a money header names: （亿元）, （万元）, （元）; null when it names none. */
export function headerUnit(header: string): AmountUnit | null {
  const h = clean(header);
  if (/亿元/.test(h)) return 'yi';
  if (/万元/.test(h)) return 'wan';
  if (/（元）/.test(h)) return 'yuan';
  return null;
}

/** Matches a header cell to a column by its name or an alias, ignoring a bracketed unit and a * mark. */
export function matchHeader<K extends string>(header: string, columns: readonly ColumnSpec<K>[]): K | null {
  const h = clean(header).replace(/（[^）]*）$/, '');
  for (const c of columns) {
    const names = [c.header, ...c.aliases].map((n) => clean(n).replace(/（[^）]*）$/, ''));
    if (names.includes(h)) return c.key;
  }
  return null;
}

export type ColumnIndex<K extends string> = Map<K, { i: number; header: string; unit: AmountUnit | null }>;

/** Finds the template's columns in a header row; missing required or repeated columns are problems. */
export function indexColumns<K extends string>(headerRow: SheetRow, columns: readonly ColumnSpec<K>[]) {
  const problems: ImportProblem[] = [];
  const index: ColumnIndex<K> = new Map();
  const ignoredColumns: string[] = [];
  headerRow.cells.forEach((cell, i) => {
    const header = show(cell).trim();
    if (!header) return;
    const key = matchHeader(header, columns);
    if (!key) {
      if (!/^(序号|编号|No\.?)$/i.test(header)) ignoredColumns.push(header);
      return;
    }
    if (index.has(key)) {
      problems.push({
        row: headerRow.row,
        column: header,
        value: header,
        reason: 'this column appears twice',
      });
      return;
    }
    index.set(key, { i, header, unit: headerUnit(header) });
  });
  for (const c of columns) {
    if (c.required && !index.has(c.key)) {
      problems.push({
        row: headerRow.row,
        column: c.header,
        value: '',
        reason: 'required column is missing',
      });
    }
  }
  return { index, problems, ignoredColumns };
}

/**
 * Reads one data row cell by cell: `read` returns the parsed value or a fallback and records a
 * problem (row, column header, value, reason). `done` returns the row's problems in column order.
 */
export function rowReader<K extends string>(
  r: SheetRow,
  index: ColumnIndex<K>,
  columns: readonly ColumnSpec<K>[],
) {
  const problems: ImportProblem[] = [];
  const positions = new Map([...index.values()].map((c) => [c.header, c.i]));
  const raw = (key: K) => {
    const col = index.get(key);
    return col ? r.cells[col.i] : undefined;
  };
  return {
    raw,
    unit: (key: K, fallback: AmountUnit) => index.get(key)?.unit ?? fallback,
    header: (key: K) => index.get(key)?.header ?? columns.find((c) => c.key === key)?.header ?? key,
    read<T>(key: K, parse: (v: unknown) => Parsed<T>, fallback: T): T {
      const value = raw(key);
      const header = this.header(key);
      if (cellText(value) === '') {
        if (columns.find((c) => c.key === key)?.required)
          problems.push({ row: r.row, column: header, value: '', reason: 'required' });
        return fallback;
      }
      const res = parse(value);
      if (res.ok) return res.value;
      problems.push({ row: r.row, column: header, value: show(value), reason: res.reason });
      return fallback;
    },
    problem(key: K, reason: string) {
      problems.push({ row: r.row, column: this.header(key), value: show(raw(key)), reason });
    },
    done(): ImportProblem[] {
      const at = (h: string) => positions.get(h) ?? Number.MAX_SAFE_INTEGER;
      return problems.sort((a, b) => at(a.column) - at(b.column));
    },
  };
}

export const isBlankRow = (r: SheetRow) => r.cells.every((c) => cellText(c) === '');

/** 是/否 and their usual spellings. */
export function yesNo(v: unknown): Parsed<boolean> {
  const s = cellText(v).toLowerCase();
  if (['', '否', 'n', 'no', 'false', '0'].includes(s)) return ok(false);
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(s)) return ok(true);
  return fail(`"${s}" is not 是 or 否`);
}

/** A value from a table of Chinese names (or the code itself). */
export function byName<T>(table: Readonly<Record<string, T>>, codes: readonly string[], label: string) {
  return (v: unknown): Parsed<T> => {
    const s = cellText(v);
    const hit = table[s] ?? (codes.includes(s) ? (s as T) : undefined);
    return hit !== undefined
      ? ok(hit)
      : fail(`"${s}" is not a valid ${label} (one of ${Object.keys(table).join('、')})`);
  };
}

export const limited =
  (max: number) =>
  (v: unknown): Parsed<string> => {
    const s = cellText(v);
    return s.length > max ? fail(`longer than ${max} characters (${s.length})`) : ok(s);
  };
