import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from './credit-code';
import { isForeignCapital, originRegionOf } from './fields';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes whose check character is right', () => {
    // Published example codes; check characters computed by hand from the standard's weights.
    for (const code of ['91350100M000100Y43', '91110000600037341L', '11100000000013127D']) {
      expect(creditCodeProblem(code), code).toBeNull();
    }
  });

  it('computes the check character (worked example)', () => {
    // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
    // 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 21×20 + 0 + 0 + 0 + 8 + 0 + 0 + 30×30 + 4×28 = 1640;
    // 1640 mod 31 = 28; 31 − 28 = 3 → "3".
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('names the expected check character of a wrong code', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toEqual({ code: 'check', expected: '3', actual: '4' });
  });

  it('refuses wrong lengths and characters outside the alphabet', () => {
    expect(creditCodeProblem('9135010')).toEqual({ code: 'length', length: 7 });
    expect(creditCodeProblem('91350100I000100Y43')).toEqual({
      code: 'character',
      position: 9,
      character: 'I',
    });
  });

  it('normalises full-width characters, spaces and case', () => {
    expect(normaliseCreditCode('９１３５ ０１００m000100y43')).toBe('91350100M000100Y43');
  });
});

describe('investor origin', () => {
  it('maps provinces to the origin regions of the statistics', () => {
    expect(originRegionOf('江苏省', '中国')).toBe('yangtze_delta');
    expect(originRegionOf('广东', null)).toBe('gba');
    expect(originRegionOf('河南省', '中国')).toBe('local');
    expect(originRegionOf('陕西省', '中国')).toBe('other_province');
    expect(originRegionOf(null, '德国')).toBe('overseas');
    expect(originRegionOf(null, null)).toBeNull();
    expect(isForeignCapital('private', '中国', '香港特别行政区')).toBe(true);
    expect(isForeignCapital('private', '中国', '江苏省')).toBe(false);
    expect(isForeignCapital('foreign', null, null)).toBe(true);
  });
});
