import { describe, expect, it } from 'vitest';
import {
  droppedMarks,
  fullMarks,
  isChanged,
  liveTotal,
  markProblem,
  marksOf,
  progressOf,
  rankUnits,
  scoreErrorProblems,
  stepMark,
  trimDecimal,
} from './marks';

const SHEET = [
  { key: 'progress', name: '项目建设进度', max: '40' },
  { key: 'investment', name: '投资强度', max: '25' },
  { key: 'technology', name: '科技含量', max: '15' },
  { key: 'benefit', name: '综合效益', max: '20' },
];
const site = (totals: [string, string][], dropped: boolean) => ({
  dropped,
  marks: totals.map(([judgeId, total]) => ({ judgeId, total, marks: {} })),
});

describe('marks of a judge', () => {
  it('checks each mark as the server does, plus at most two decimals', () => {
    const c = SHEET[0] ?? { key: '', name: '', max: '0' };
    expect(markProblem(c, '40')).toBeNull();
    expect(markProblem(c, '0')).toBeNull();
    expect(markProblem(c, ' 12.5 ')).toBeNull();
    expect(markProblem(c, '12.25')).toBeNull();
    expect(markProblem(c, '')).toBe('missing');
    expect(markProblem(c, null)).toBe('missing');
    expect(markProblem(c, '40.5')).toBe('out_of_range');
    expect(markProblem(c, '-1')).toBe('out_of_range');
    expect(markProblem(c, '1e2')).toBe('not_a_number');
    expect(markProblem(c, '12.125')).toBe('too_precise');
  });

  it('totals the valid marks exactly (no binary floating point)', () => {
    expect(
      liveTotal(SHEET, { progress: '35.5', investment: '20', technology: '12.5', benefit: '16' }),
    ).toEqual({ total: '84', complete: true });
    // 0.1 + 0.2 is 0.3 here.
    expect(liveTotal(SHEET, { progress: '0.1', investment: '0.2' })).toEqual({
      total: '0.3',
      complete: false,
    });
    // An invalid mark is left out of the total until it is fixed.
    expect(liveTotal(SHEET, { progress: '45', investment: '20' })).toEqual({ total: '20', complete: false });
    expect(liveTotal(SHEET, {})).toEqual({ total: '0', complete: false });
  });

  it('steps by half a point within 0 and the maximum', () => {
    expect(stepMark('', 1, '40')).toBe('0.5');
    expect(stepMark(null, -1, '40')).toBe('0');
    expect(stepMark('39.5', 1, '40')).toBe('40');
    expect(stepMark('40', 1, '40')).toBe('40');
    expect(stepMark('0.25', -1, '40')).toBe('0');
    expect(stepMark('45', 1, '40')).toBe('40');
    expect(stepMark('12', 1, '40', '1')).toBe('13');
  });

  it('knows the full marks, the marks sent and whether the draft changed', () => {
    expect(fullMarks(SHEET)).toBe('100');
    expect(
      fullMarks([
        { key: 'a', name: 'A', max: '7.5' },
        { key: 'b', name: 'B', max: '2.25' },
      ]),
    ).toBe('9.75');
    expect(marksOf(SHEET.slice(0, 2), { progress: ' 30 ', investment: null })).toEqual({
      progress: '30',
      investment: '',
    });
    const saved = { progress: '30', investment: '20', technology: '10', benefit: '15' };
    expect(isChanged(SHEET, { ...saved, progress: '30.0' }, saved)).toBe(false);
    expect(isChanged(SHEET, { ...saved, progress: '30.5' }, saved)).toBe(true);
    expect(isChanged(SHEET, {}, null)).toBe(false);
    expect(isChanged(SHEET, { progress: '1' }, null)).toBe(true);
  });

  it('trims trailing zeros', () => {
    expect(trimDecimal('80.00')).toBe('80');
    expect(trimDecimal('82.50')).toBe('82.5');
    expect(trimDecimal('100')).toBe('100');
  });
});

describe('site and county scores', () => {
  it('names the dropped highest and lowest totals, only when the site says so', () => {
    const three = site(
      [
        ['a', '90.00'],
        ['b', '80.00'],
        ['c', '70.00'],
      ],
      true,
    );
    expect([...droppedMarks(three)]).toEqual([
      ['c', 'low'],
      ['a', 'high'],
    ]);
    expect(droppedMarks({ ...three, dropped: false }).size).toBe(0);
    expect(
      droppedMarks(
        site(
          [
            ['a', '80'],
            ['b', '80'],
          ],
          true,
        ),
      ).size,
    ).toBe(0);
    // Equal totals: one lowest and one highest all the same.
    const tie = droppedMarks(
      site(
        [
          ['a', '85'],
          ['b', '85'],
          ['c', '85'],
        ],
        true,
      ),
    );
    expect(tie.size).toBe(2);
    // Decimals compare exactly: 9.5 is below 10.
    expect(
      droppedMarks(
        site(
          [
            ['a', '10.00'],
            ['b', '9.50'],
            ['c', '100.00'],
          ],
          true,
        ),
      ).get('b'),
    ).toBe('low');
  });

  it('ranks counties by score, ties sharing a rank, unscored last', () => {
    const ranked = rankUnits([
      { unitId: 'x', unitName: 'X', score: null, sites: 1 },
      { unitId: 'a', unitName: 'A', score: '70.00', sites: 1 },
      { unitId: 'b', unitName: 'B', score: '82.50', sites: 2 },
      { unitId: 'c', unitName: 'C', score: '70.00', sites: 1 },
      { unitId: 'd', unitName: 'D', score: '9.00', sites: 1 },
    ]);
    expect(ranked.map((u) => [u.unitId, u.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
      ['x', null],
    ]);
  });

  it('counts the sites scored by every judge and by the caller', () => {
    const judges = [
      { id: 'a', displayName: 'A' },
      { id: 'b', displayName: 'B' },
    ];
    const s = (judged: number, mine: boolean) => ({ judged, myMarks: mine ? { k: '1' } : null });
    expect(progressOf({ judges, sites: [s(2, true), s(1, false), s(0, false)] } as never)).toEqual({
      sites: 3,
      judges: 2,
      complete: 1,
      mine: 1,
    });
  });
});

describe('the server’s INSPECTION_SCORE_INVALID', () => {
  it('reads the problems from the params, else from the field details', () => {
    expect(
      scoreErrorProblems(
        { problems: [{ criterion: 'progress', value: '61', reason: 'out_of_range', max: '60' }] },
        [{ path: 'body.marks.progress', code: 'out_of_range' }],
      ),
    ).toEqual([{ criterion: 'progress', value: '61', reason: 'out_of_range', max: '60' }]);
    expect(scoreErrorProblems({}, [{ path: 'body.marks.benefit', code: 'missing' }])).toEqual([
      { criterion: 'benefit', reason: 'missing', value: '' },
    ]);
    expect(scoreErrorProblems({ problems: 'x' }, [{ path: 'body.other', code: 'x' }])).toEqual([]);
  });
});
