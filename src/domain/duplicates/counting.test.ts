import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTING_RULES, exclusionsOf, type CountingFacts } from './counting';

const facts = (over: Partial<CountingFacts> = {}): CountingFacts => ({
  totalInvestment: '100000000',
  originRegion: 'yangtze_delta',
  realEstate: false,
  fiscallyFunded: false,
  industryCategory: 'industrial',
  mergedIntoId: null,
  openDuplicate: false,
  ...over,
});

describe('counting rules (不予认定)', () => {
  it('counts a 1亿 project from outside the province', () => {
    expect(exclusionsOf(facts())).toEqual([]);
  });
  it('names every rule that excludes a project', () => {
    expect(
      exclusionsOf(
        facts({
          totalInvestment: '99999999.99',
          originRegion: 'local',
          openDuplicate: true,
          realEstate: true,
        }),
      ),
    ).toEqual(['undecided_duplicate', 'local_investor', 'real_estate', 'under_1yi']);
    expect(exclusionsOf(facts({ mergedIntoId: 'x' }))).toEqual(['merged_duplicate']);
    expect(exclusionsOf(facts({ fiscallyFunded: true, industryCategory: 'infrastructure' }))).toEqual([
      'fiscal_infrastructure',
    ]);
    expect(exclusionsOf(facts({ fiscallyFunded: true }))).toEqual([]);
  });
  it('lets a rule be switched off', () => {
    expect(
      exclusionsOf(facts({ originRegion: 'local' }), { ...DEFAULT_COUNTING_RULES, local_investor: false }),
    ).toEqual([]);
  });
});
