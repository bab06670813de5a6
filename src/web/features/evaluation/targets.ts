import type { Indicator } from '../../../domain/evaluation/method';
import { shiftDecimal } from './figures';
import type { TargetRow } from './types';

export type TargetProblem =
  'columns' | 'unknown_unit' | 'unknown_indicator' | 'no_targets' | 'bad_value' | 'duplicate';

/** One pasted line: what was typed, what it was read as, and what is wrong with it. */
export type PastedRow = {
  line: number;
  cells: [string, string, string];
  unitId: string | null;
  unitName: string | null;
  indicatorKey: string | null;
  indicatorName: string | null;
  value: string | null;
  problems: TargetProblem[];
};

type Unit = { id: string; name: string };

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** A unit by id, exact name, or a name it is the unique start of ("宛城" → 宛城区). */
function findUnit(units: readonly Unit[], text: string): Unit | null {
  const n = norm(text);
  const exact = units.find((u) => u.id === text.trim() || norm(u.name) === n);
  if (exact) return exact;
  const starts = units.filter((u) => n.length >= 2 && norm(u.name).startsWith(n));
  return starts.length === 1 ? (starts[0] ?? null) : null;
}

/**
 * A target as typed in a sheet → a decimal text in 元 (or 个): "2,000,000,000", "20亿", "5000万元",
 * "20 亿元" all read exactly; anything else (or 0) is refused.
 */
export function readTargetValue(text: string): string | null {
  const m = /^(\d+(?:\.\d+)?)(亿|万)?(元|个|项)?$/.exec(text.replace(/[,，\s]/g, ''));
  if (!m?.[1]) return null;
  const value =
    m[2] === '亿' ? shiftDecimal(m[1], 8) : m[2] === '万' ? shiftDecimal(m[1], 4) : shiftDecimal(m[1], 0);
  if (!/[1-9]/.test(value) || value.length > 30) return null;
  return value;
}

/**
 * Reads rows copied from Excel (tab-separated: 单位 | 指标 | 目标值; a header line is skipped) against
 * the method's indicators with targets and the units of its groups, naming each row's problems.
 */
export function readTargets(
  text: string,
  units: readonly Unit[],
  indicators: readonly Indicator[],
): PastedRow[] {
  const lines = text.split(/\r?\n/).map((l, i) => ({ l, line: i + 1 }));
  const rows: PastedRow[] = [];
  const seen = new Set<string>();
  for (const { l, line } of lines) {
    if (l.trim() === '') continue;
    const raw = (l.includes('\t') ? l.split('\t') : l.trim().split(/\s+/)).map((c) => c.trim());
    const cells: [string, string, string] = [raw[0] ?? '', raw[1] ?? '', raw.slice(2).join('') ?? ''];
    if (rows.length === 0 && /单位|unit/i.test(cells[0]) && readTargetValue(cells[2]) === null) continue;
    // A unit and indicator with the value left empty (as the template lists every pair): not set.
    if (cells[0] !== '' && cells[1] !== '' && cells[2] === '' && l.includes('\t')) continue;
    const problems: TargetProblem[] = [];
    if (raw.filter((c) => c !== '').length < 3) problems.push('columns');
    const unit = findUnit(units, cells[0]);
    if (!unit) problems.push('unknown_unit');
    const ind = indicators.find((i) => i.key === cells[1].trim() || norm(i.name) === norm(cells[1]));
    if (!ind) problems.push('unknown_indicator');
    else if (ind.target === 'none') problems.push('no_targets');
    const value = readTargetValue(cells[2]);
    if (value === null) problems.push('bad_value');
    if (unit && ind) {
      const k = `${unit.id}|${ind.key}`;
      if (seen.has(k)) problems.push('duplicate');
      seen.add(k);
    }
    rows.push({
      line,
      cells,
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? null,
      indicatorKey: ind?.key ?? null,
      indicatorName: ind?.name ?? null,
      value,
      problems: [...new Set(problems)],
    });
  }
  return rows;
}

/** The rows to send, when every row is right. */
export function targetRows(rows: readonly PastedRow[]): TargetRow[] | null {
  if (!rows.length || rows.some((r) => r.problems.length)) return null;
  return rows.map((r) => ({
    unitId: r.unitId ?? '',
    indicatorKey: r.indicatorKey ?? '',
    value: r.value ?? '',
  }));
}

/**
 * A sheet to fill in: a header and a line per unit and indicator with targets, holding the target
 * already set (in 元, as the sheet reads amounts) where there is one.
 */
export function templateText(
  units: readonly Unit[],
  indicators: readonly Indicator[],
  header: string,
  current: readonly TargetRow[] = [],
): string {
  const withTargets = indicators.filter((i) => i.target !== 'none');
  const valueOf = (unitId: string, key: string) =>
    current.find((c) => c.unitId === unitId && c.indicatorKey === key)?.value ?? '';
  return [
    header,
    ...units.flatMap((u) => withTargets.map((i) => `${u.name}\t${i.name}\t${valueOf(u.id, i.key)}`)),
  ].join('\n');
}

/**
 * What pasting saves: the year's targets as they stand with the pasted ones put in (a pasted unit
 * and indicator replaces the one set), so a few pasted lines never clear the others.
 */
export function mergeTargets(current: readonly TargetRow[], pasted: readonly TargetRow[]): TargetRow[] {
  const key = (r: TargetRow) => `${r.unitId}|${r.indicatorKey}`;
  const put = new Set(pasted.map(key));
  return [...current.filter((r) => !put.has(key(r))), ...pasted];
}
