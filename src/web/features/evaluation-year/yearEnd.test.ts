import { describe, expect, it } from 'vitest';
import type { Award, YearUnit } from './types';
import {
  awardRequest,
  defaultYear,
  fromResultOutcome,
  fromResultRequest,
  isWanText,
  orderedAwards,
  wanOf,
  yearOptions,
  yuanOrNull,
} from './yearEnd';

const award = (over: Partial<Award>): Award => ({
  id: 'a',
  year: 2026,
  groupId: 'counties',
  unitId: '411302',
  kind: 'reward',
  title: '先进单位',
  amount: null,
  basisResultId: null,
  basisRank: null,
  basisOutcome: null,
  documentNo: null,
  decidedOn: '2026-12-30',
  note: null,
  createdAt: '2026-12-30T00:00:00Z',
  revokedAt: null,
  revokeReason: null,
  ...over,
});

describe('year-end helpers', () => {
  it('opens on last year until February, then on this year; offers the chosen year', () => {
    expect(defaultYear('2027-01-15')).toBe(2026);
    expect(defaultYear('2027-02-28')).toBe(2026);
    expect(defaultYear('2027-03-01')).toBe(2027);
    expect(yearOptions('2026-11-29', 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearOptions('2026-11-29', 2015).at(-1)).toBe(2015);
  });

  it('converts amounts typed in 万元 to exact 元 and back', () => {
    expect(yuanOrNull('50')).toBe('500000.00');
    expect(yuanOrNull('0.000001')).toBe('0.01');
    expect(yuanOrNull(' 12.5 ')).toBe('125000.00');
    expect(yuanOrNull('')).toBeNull();
    expect(yuanOrNull(undefined)).toBeNull();
    expect(() => yuanOrNull('1.0000001')).toThrow(RangeError);
    expect(isWanText('')).toBe(true);
    expect(isWanText('50.5')).toBe(true);
    expect(isWanText('abc')).toBe(false);
    expect(isWanText('-1')).toBe(false);
    expect(wanOf('500000.00')).toBe('50');
    expect(wanOf('125000.00')).toBe('12.5');
  });

  it('builds the from-result request: kinds not chosen are null, blanks are null', () => {
    expect(
      fromResultRequest('r1', {
        reward: true,
        rewardTitle: ' 招商引资工作先进单位 ',
        rewardWan: '50',
        penalty: false,
        penaltyTitle: '通报批评',
        penaltyWan: '10',
        documentNo: ' ',
        decidedOn: '2026-12-30',
      }),
    ).toEqual({
      resultId: 'r1',
      reward: { title: '招商引资工作先进单位', amount: '500000.00' },
      penalty: null,
      documentNo: null,
      decidedOn: '2026-12-30',
    });
  });

  it('builds a hand-recorded award, naming the annual result as basis only when asked and present', () => {
    const at = { year: 2026, groupId: 'counties', unitId: '411303', annualResultId: 'r1' };
    const values = {
      kind: 'penalty' as const,
      title: '通报批评',
      amountWan: '',
      documentNo: '宛招组〔2026〕9号',
      decidedOn: '2026-12-30',
      note: ' 约谈 ',
      basis: true,
    };
    expect(awardRequest(at, values)).toEqual({
      year: 2026,
      groupId: 'counties',
      unitId: '411303',
      kind: 'penalty',
      title: '通报批评',
      amount: null,
      basisResultId: 'r1',
      documentNo: '宛招组〔2026〕9号',
      decidedOn: '2026-12-30',
      note: '约谈',
    });
    expect(awardRequest(at, { ...values, basis: false }).basisResultId).toBeNull();
    expect(awardRequest({ ...at, annualResultId: null }, values).basisResultId).toBeNull();
  });

  it('names what from-result recorded and skipped; orders awards in force first', () => {
    const units = [{ unitId: '411302', unitName: '宛城区' }] as YearUnit[];
    expect(
      fromResultOutcome({ created: [award({})], skipped: [{ unitId: '411303', kind: 'penalty' }] }, units),
    ).toEqual({
      created: [{ kind: 'reward', unitName: '宛城区' }],
      skipped: [{ kind: 'penalty', unitName: '411303' }],
    });
    const list = orderedAwards([
      award({ id: 'revoked', revokedAt: '2026-12-31T00:00:00Z' }),
      award({ id: 'penalty', kind: 'penalty' }),
      award({ id: 'late', decidedOn: '2027-01-05' }),
      award({ id: 'early', decidedOn: '2026-12-01' }),
    ]);
    expect(list.map((a) => a.id)).toEqual(['early', 'late', 'penalty', 'revoked']);
  });
});
