import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/evaluation/method';
import { diffLines } from './diff';
import { editorProblems, initialState, serverProblems } from './methodForm';
import { mergeTargets, readTargets, readTargetValue, targetRows, templateText } from './targets';
import type { UnitLine } from './types';

const UNITS = [
  { id: '411302', name: '宛城区' },
  { id: '411381', name: '邓州市' },
];
const IND = (key: string, name: string, target: Indicator['target']): Indicator => ({
  key,
  name,
  metric: 'signed_amount',
  basis: 'level',
  direction: 'positive',
  points: '50',
  normalisation: { kind: 'capped_ratio' },
  target,
});

describe('targets pasted from Excel', () => {
  it('keeps the targets not pasted, and the template holds those already set', () => {
    const current = [
      { unitId: '411302', indicatorKey: 'amount', value: '2000000000' },
      { unitId: '411381', indicatorKey: 'amount', value: '1000000000' },
    ];
    expect(
      mergeTargets(current, [{ unitId: '411302', indicatorKey: 'amount', value: '4000000000' }]),
    ).toEqual([
      { unitId: '411381', indicatorKey: 'amount', value: '1000000000' },
      { unitId: '411302', indicatorKey: 'amount', value: '4000000000' },
    ]);
    // A line of the template left empty sets nothing (and is no error).
    expect(
      readTargets('宛城区\t签约额\t\n邓州市\t签约额\t3亿', UNITS, [IND('amount', '签约额', 'per_unit')]),
    ).toMatchObject([{ unitId: '411381', value: '300000000', problems: [] }]);
    expect(templateText(UNITS, [IND('amount', '签约额', 'per_unit')], '单位\t指标\t目标值', current)).toBe(
      '单位\t指标\t目标值\n宛城区\t签约额\t2000000000\n邓州市\t签约额\t1000000000',
    );
  });

  it('reads amounts as people type them, exactly', () => {
    expect(readTargetValue('2,000,000,000')).toBe('2000000000');
    expect(readTargetValue('20亿')).toBe('2000000000');
    expect(readTargetValue('5000 万元')).toBe('50000000');
    expect(readTargetValue('0')).toBeNull();
    expect(readTargetValue('二十亿')).toBeNull();
  });

  it('skips the header, names each row’s problems, and sends only when all rows are right', () => {
    const inds = [IND('amount', '签约额', 'per_unit_time_proportional'), IND('count', '项目数', 'none')];
    const rows = readTargets(
      '单位\t指标\t目标值（元/个）\n宛城区\t签约额\t20亿\n邓州\tamount\t1000000000\n卧龙区\t签约额\t1\n宛城区\t项目数\t3\n宛城区\t签约额\t0',
      UNITS,
      inds,
    );
    expect(rows.map((r) => [r.line, r.unitId, r.indicatorKey, r.value, r.problems])).toEqual([
      [2, '411302', 'amount', '2000000000', []],
      [3, '411381', 'amount', '1000000000', []],
      [4, null, 'amount', '1', ['unknown_unit']],
      [5, '411302', 'count', '3', ['no_targets']],
      [6, '411302', 'amount', null, ['bad_value', 'duplicate']],
    ]);
    expect(targetRows(rows)).toBeNull();
    expect(targetRows(rows.slice(0, 2))).toEqual([
      { unitId: '411302', indicatorKey: 'amount', value: '2000000000' },
      { unitId: '411381', indicatorKey: 'amount', value: '1000000000' },
    ]);
  });
});

describe('the method editor', () => {
  it('checks live with the domain rules and places the server’s findings on the same fields', () => {
    const s = initialState(null, '2026-11-29');
    expect(editorProblems(s).map((p) => p.path)).toEqual(['family', 'body.name', 'body.indicators.0.name']);
    const filled = {
      ...s,
      family: 'ny',
      body: {
        ...s.body,
        name: '办法',
        indicators: s.body.indicators.map((i) => ({ ...i, name: '签约额', points: '90' })),
      },
    };
    expect(editorProblems(filled)).toMatchObject([
      { path: 'body.indicators', code: 'points_do_not_add_up', params: { sum: '90', total: '100' } },
    ]);
    expect(
      serverProblems([
        { path: 'body.body.indicators.0.points', code: 'not_positive', message: '' },
        { path: 'body.groupIds.1', code: 'unknown_group', message: '' },
      ]).map((p) => p.path),
    ).toEqual(['body.indicators.0.points', 'groupIds']);
  });

  it('diffs a draft against the published ranking', () => {
    const line = (unitId: string, total: string, points: string): UnitLine => ({
      unitId,
      unitName: unitId,
      total,
      rank: 1,
      rankChange: null,
      outcome: null,
      indicators: [{ key: 'a', points } as UnitLine['indicators'][number]],
      rules: [],
    });
    const d = diffLines(
      [line('x', '105.00', '60.00'), line('y', '10.00', '10.00')],
      [line('x', '68.00', '36.00')],
    );
    expect(d.get('x')).toMatchObject({ delta: 3700n, before: { total: '68.00' } });
    expect([...(d.get('x')?.changed ?? [])]).toEqual(['a']);
    expect(d.get('y')?.before).toBeNull();
  });
});
