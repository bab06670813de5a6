import { describe, expect, it } from 'vitest';
import { parseTargetsSheet } from './targets-sheet';

const units = [
  { id: '411302', name: '宛城区' },
  { id: '411381', name: '邓州市' },
];
const indicators = [
  { key: 'amount', name: '签约额', money: true },
  { key: 'count', name: '签约项目数', money: false },
];
const row = (n: number, ...cells: unknown[]) => ({ row: n, cells });

describe('targets from a sheet', () => {
  it('reads units and indicators by name, amounts with their units, counts as numbers; an empty target sets none', () => {
    const res = parseTargetsSheet(
      row(1, '单位', '指标', '目标值（亿元）'),
      [
        row(2, '宛城区', '签约额', 20),
        row(3, '411381', 'amount', '5000万元'),
        row(4, '邓州市', '签约项目数', '12'),
        row(5, '宛城区', '签约项目数', null),
        row(6, '宛城区', '签约项目数', '  '),
      ],
      units,
      indicators,
    );
    expect(res.problems).toEqual([]);
    expect(res.rows).toEqual([
      { row: 2, unitId: '411302', indicatorKey: 'amount', value: '2000000000.00' },
      { row: 3, unitId: '411381', indicatorKey: 'amount', value: '50000000.00' },
      { row: 4, unitId: '411381', indicatorKey: 'count', value: '12' },
    ]);
  });

  it('names every bad cell: unknown unit, unknown indicator, zero target, a repeated pair', () => {
    const res = parseTargetsSheet(
      row(1, '单位', '指标', '目标值'),
      [
        row(2, '卧龙', '签约额', 1),
        row(3, '宛城区', '到位资金', 1),
        row(4, '宛城区', '签约额', 0),
        row(5, '邓州市', '签约额', 5),
        row(6, '宛城区', '签约额', 6),
      ],
      units,
      indicators,
    );
    expect(res.problems.map((p) => `${p.row}:${p.column}:${p.value}:${p.reason}`)).toEqual([
      '2:单位:卧龙:"卧龙" is not a unit of the ranking group',
      '3:指标:到位资金:"到位资金" is not an indicator with targets',
      '4:目标值:0:a target must be above 0',
      '6:单位:宛城区:the same unit and indicator are on row 4',
    ]);
    expect(res.rows.map((r) => r.row)).toEqual([5]);
  });
});
