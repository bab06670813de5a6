import { describe, expect, it } from 'vitest';
import { batchEligibility, batchLists, type BatchCandidate } from './batches';
import { monthlyOccurrences } from './schedule';

const c = (id: string, over: Partial<BatchCandidate> = {}): BatchCandidate => ({
  id,
  totalInvestment: '300000000',
  industryCategory: 'industrial',
  strategicEmerging: false,
  promoted: false,
  signedOn: null,
  startedOn: null,
  producingOn: null,
  ...over,
});

describe('三个一批 eligibility', () => {
  it('applies the threshold of the project type and says why a project is out', () => {
    expect(batchEligibility(c('a', { totalInvestment: '299999999.99' }))).toEqual({
      eligible: false,
      thresholdYi: 3,
      rule: 'manufacturing',
      reason: 'total investment is below the 3亿 threshold of manufacturing',
    });
    expect(batchEligibility(c('a')).eligible).toBe(true);
    expect(batchEligibility(c('a', { totalInvestment: '100000000', strategicEmerging: true }))).toMatchObject(
      { eligible: true, thresholdYi: 1 },
    );
    expect(
      batchEligibility(c('a', { totalInvestment: '900000000', industryCategory: 'infrastructure' })),
    ).toMatchObject({ eligible: false, thresholdYi: 10 });
    expect(
      batchEligibility(c('a', { totalInvestment: '500000000', industryCategory: 'services' })),
    ).toMatchObject({ eligible: true, thresholdYi: 5 });
    expect(
      batchEligibility(c('a', { totalInvestment: '150000000', industryCategory: 'social' })),
    ).toMatchObject({ eligible: false, thresholdYi: 2 });
    expect(
      batchEligibility(c('a', { totalInvestment: '250000000' }), {
        manufacturing: 2.5,
        manufacturingPromotedOrEmerging: 1,
        infrastructure: 10,
        services: 5,
        social: 2,
        agriculture: 1,
      }).eligible,
    ).toBe(true);
  });

  it('draws the production list from projects started in earlier periods', () => {
    const q3 = { from: '2021-07-01', to: '2021-09-30' };
    const lists = batchLists(
      [
        c('signed', { signedOn: '2021-07-28' }),
        c('started', { signedOn: '2021-03-01', startedOn: '2021-08-10' }),
        c('fast', { startedOn: '2021-07-05', producingOn: '2021-09-01' }),
        c('produced', { startedOn: '2020-11-01', producingOn: '2021-09-30' }),
      ],
      q3,
    );
    expect(lists.sign.map((e) => e.id)).toEqual(['signed']);
    expect(lists.start.map((e) => e.id)).toEqual(['started', 'fast']);
    expect(lists.produce.map((e) => e.id)).toEqual(['produced']);
  });
});

describe('the monthly signing day', () => {
  it('falls on the 28th, clamped in short months, and can be moved', () => {
    expect(monthlyOccurrences('2021-07', '2021-09')).toEqual([
      { month: '2021-07', date: '2021-07-28', moved: false },
      { month: '2021-08', date: '2021-08-28', moved: false },
      { month: '2021-09', date: '2021-09-28', moved: false },
    ]);
    expect(monthlyOccurrences('2024-02', '2024-02', 30)).toEqual([
      { month: '2024-02', date: '2024-02-29', moved: false },
    ]);
    expect(
      monthlyOccurrences('2021-12', '2022-01', 28, { '2022-01': '2022-01-26' }).map((o) => o.date),
    ).toEqual(['2021-12-28', '2022-01-26']);
  });
});
