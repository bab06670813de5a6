import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates, type Claim } from './candidates';
import { diceSimilarity, normaliseInvestorName, normaliseProjectName } from './similarity';

const claim = (id: string, over: Partial<Claim> = {}): Claim => ({
  id,
  name: '宛城智能装备产业园项目',
  regionId: '411302',
  investorName: '深圳华光智能装备有限公司',
  investorCreditCode: null,
  signedOn: null,
  ...over,
});

describe('duplicate claims (一炮数响)', () => {
  it('normalises investor names', () => {
    expect(normaliseInvestorName('深圳华光智能装备股份有限公司')).toBe('深圳华光智能装备');
    expect(normaliseInvestorName('华光集团（中国）有限公司')).toBe('华光');
    expect(normaliseInvestorName('ＡＢＣ 科技 有限公司')).toBe('abc科技');
  });

  it('computes bigram similarity by hand', () => {
    // 智能装备 → 智能 能装 装备; 智能设备 → 智能 能设 设备: 1 shared of 6 → 2/6.
    expect(diceSimilarity('智能装备', '智能设备')).toBeCloseTo(1 / 3, 10);
    expect(diceSimilarity('abc', 'abc')).toBe(1);
    expect(diceSimilarity('ab', 'cd')).toBe(0);
    expect(normaliseProjectName('宛城 智能装备产业园（一期）建设项目')).toBe('宛城智能装备产业园一期');
  });

  it('finds the same investor with a similar project name in another region', () => {
    const other = claim('b', {
      name: '邓州智能装备产业园',
      regionId: '411381',
      investorName: '深圳华光智能装备股份有限公司',
    });
    const [c] = findDuplicateCandidates(claim('a'), [other]);
    // 宛城智能装备产业园 vs 邓州智能装备产业园: 8 bigrams each, 6 shared → 12/16 = 0.75; 30 + 70 × 0.75 = 82.5 → 83.
    expect(c).toEqual({
      otherId: 'b',
      score: 83,
      reasons: ['same_investor_name', 'similar_project_name'],
      nameSimilarity: 0.75,
    });
  });

  it('prefers the credit code and notes a re-signing in the same region', () => {
    const code = '91350100M000100Y43';
    const other = claim('b', {
      investorName: '完全不同的名字',
      investorCreditCode: code,
      signedOn: '2021-07-28',
    });
    const [c] = findDuplicateCandidates(claim('a', { investorCreditCode: code, signedOn: '2021-08-28' }), [
      other,
    ]);
    expect(c?.reasons).toEqual(['same_credit_code', 'similar_project_name', 'same_region', 'signed_again']);
    expect(c?.score).toBe(100);
  });

  it('ignores different investors and dissimilar names', () => {
    expect(findDuplicateCandidates(claim('a'), [claim('b', { investorName: '别的公司' })])).toEqual([]);
    expect(findDuplicateCandidates(claim('a'), [claim('b', { name: '冷链物流园' })])).toEqual([]);
    expect(findDuplicateCandidates(claim('a'), [claim('a')])).toEqual([]);
  });
});
