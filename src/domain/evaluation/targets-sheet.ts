import {
  cellText,
  fail,
  indexColumns,
  isBlankRow,
  ok,
  rowReader,
  type ColumnSpec,
  type ImportProblem,
  type SheetRow,
} from '../imports/sheet';
import { parseAmount } from '../imports/values';
import type { Parsed } from '../imports/values';

export const TARGET_COLUMNS = [
  { key: 'unit', header: '单位', aliases: ['县市区', '单位名称', '责任单位'], required: true },
  { key: 'indicator', header: '指标', aliases: ['考评指标', '指标名称'], required: true },
  { key: 'value', header: '目标值', aliases: ['年度目标', '目标'], required: true },
] as const satisfies readonly ColumnSpec<string>[];
type Key = (typeof TARGET_COLUMNS)[number]['key'];

export type TargetUnit = { id: string; name: string };
/** An indicator taking targets: money ones read amounts (亿/万/元), the others plain numbers. */
export type TargetIndicator = { key: string; name: string; money: boolean };
export type TargetRow = { row: number; unitId: string; indicatorKey: string; value: string };

const byNameOrId =
  <T extends { name: string }>(list: readonly T[], id: (t: T) => string, label: string) =>
  (v: unknown): Parsed<T> => {
    const s = cellText(v);
    const found = list.find((x) => x.name === s || id(x) === s);
    return found ? ok(found) : fail(`"${s}" is not ${label}`);
  };

function plainNumber(v: unknown): Parsed<string> {
  const s = cellText(v).replace(/[,，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return fail('not a number');
  return ok(s.replace(/^0+(?=\d)/, ''));
}

/**
 * A year's targets from a sheet (单位 | 指标 | 目标值): units and indicators by name (or id/key),
 * amounts in the column's unit or with their own (2.5亿, 5000万元); every target above 0, each
 * unit and indicator once; a row whose 目标值 is empty sets no target (the template lists every pair). Problems name row, column, value and reason.
 */
export function parseTargetsSheet(
  header: SheetRow,
  rows: readonly SheetRow[],
  units: readonly TargetUnit[],
  indicators: readonly TargetIndicator[],
): { rows: TargetRow[]; problems: ImportProblem[] } {
  const { index, problems } = indexColumns<Key>(header, TARGET_COLUMNS);
  if (problems.length) return { rows: [], problems };
  const out: TargetRow[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (isBlankRow(r)) continue;
    // A unit and indicator without a value (as the template lists every pair): no target is set.
    if (cellText(r.cells[index.get('value')?.i ?? -1] ?? null) === '') continue;
    const read = rowReader<Key>(r, index, TARGET_COLUMNS);
    const unit = read.read(
      'unit',
      byNameOrId(units, (u) => u.id, 'a unit of the ranking group'),
      null,
    );
    const indicator = read.read(
      'indicator',
      byNameOrId(indicators, (i) => i.key, 'an indicator with targets'),
      null,
    );
    const value = read.read(
      'value',
      (v) => (indicator && !indicator.money ? plainNumber(v) : parseAmount(v, read.unit('value', 'yuan'))),
      null,
    );
    if (value !== null && Number(value) <= 0) read.problem('value', 'a target must be above 0');
    if (unit && indicator) {
      const key = `${unit.id}|${indicator.key}`;
      const first = seen.get(key);
      if (first !== undefined) read.problem('unit', `the same unit and indicator are on row ${first}`);
      else seen.set(key, r.row);
    }
    const rowProblems = read.done();
    problems.push(...rowProblems);
    if (!rowProblems.length && unit && indicator && value !== null) {
      out.push({ row: r.row, unitId: unit.id, indicatorKey: indicator.key, value });
    }
  }
  return { rows: out, problems };
}
