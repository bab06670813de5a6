import { describe, expect, it } from 'vitest';
import {
  yiNumberToYuan,
  compareYuan,
  displayAmount,
  fenToYuan,
  normaliseYuan,
  sumYuan,
  wanToYuan,
  yuanToFen,
  yuanToWan,
} from './money';

describe('money', () => {
  it('parses yuan strings into exact fen', () => {
    expect(yuanToFen('0')).toBe(0n);
    expect(yuanToFen('12.5')).toBe(1250n);
    expect(yuanToFen('12.05')).toBe(1205n);
    expect(yuanToFen('9999999999999999.99')).toBe(999999999999999999n);
  });

  it('refuses floats in disguise and junk', () => {
    for (const bad of ['', '-1', '1.234', '01', '1e9', ' 1', '1,000', 'NaN', '.5']) {
      expect(() => yuanToFen(bad), bad).toThrow(RangeError);
    }
  });

  it('sums without floating point error', () => {
    expect(sumYuan(['0.1', '0.2'])).toBe('0.30');
    expect(sumYuan(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
    expect(fenToYuan(-5n)).toBe('-0.05');
  });

  it('converts between 万元 and 元 exactly', () => {
    expect(wanToYuan('1')).toBe('10000.00');
    expect(wanToYuan('0.0001')).toBe('1.00');
    expect(wanToYuan('123456.789')).toBe('1234567890.00');
    expect(wanToYuan('1.2345678')).toBeNull();
    expect(wanToYuan('abc')).toBeNull();
    expect(yuanToWan('1234567890.00')).toBe('123456.789');
    expect(yuanToWan('10000')).toBe('1');
    expect(normaliseYuan('7')).toBe('7.00');
  });

  it('displays in 亿元 from one 亿 up, else 万元, rounding half up', () => {
    expect(displayAmount('20000000000')).toEqual({ text: '200.00', unit: 'yi' });
    expect(displayAmount('100000000')).toEqual({ text: '1.00', unit: 'yi' });
    expect(displayAmount('99999999.99')).toEqual({ text: '10,000.00', unit: 'wan' });
    expect(displayAmount('155000')).toEqual({ text: '15.50', unit: 'wan' });
    expect(displayAmount('125')).toEqual({ text: '0.01', unit: 'wan' });
    expect(displayAmount('124')).toEqual({ text: '0.01', unit: 'wan' });
    expect(displayAmount('49')).toEqual({ text: '0.00', unit: 'wan' });
  });

  it('compares', () => {
    expect(compareYuan('1.00', '1')).toBe(0);
    expect(compareYuan('2', '10')).toBe(-1);
    expect(compareYuan('10.01', '10')).toBe(1);
  });
});

describe('yiNumberToYuan', () => {
  it('turns a number of 亿元 with up to two decimals into exact yuan', () => {
    expect(yiNumberToYuan(10)).toBe('1000000000.00');
    expect(yiNumberToYuan(2.5)).toBe('250000000.00');
    expect(yiNumberToYuan(0.07)).toBe('7000000.00');
  });
});
