import { describe, expect, it } from 'vitest';
import { isYiText, yiToYuan, yuanToYi } from './yi';

describe('亿元 ↔ 元, exactly', () => {
  it('converts typed 亿元 to 元 strings without floats', () => {
    expect(yiToYuan('1')).toBe('100000000.00');
    expect(yiToYuan('1.25')).toBe('125000000.00');
    expect(yiToYuan('0.1')).toBe('10000000.00');
    expect(yiToYuan('0.3')).toBe('30000000.00');
    expect(yiToYuan(' 12.3456789012 ')).toBe('1234567890.12');
    expect(yiToYuan('99999999.9999999999')).toBe('9999999999999999.99');
    expect(yiToYuan('0')).toBe('0.00');
  });

  it('refuses what cannot be stored exactly', () => {
    expect(yiToYuan('')).toBeNull();
    expect(yiToYuan('1.23456789012')).toBeNull();
    expect(yiToYuan('-1')).toBeNull();
    expect(yiToYuan('1e3')).toBeNull();
    expect(yiToYuan('01')).toBeNull();
    expect(yiToYuan('100000000')).toBeNull();
    expect(isYiText('')).toBe(true);
    expect(isYiText('abc')).toBe(false);
  });

  it('shows stored 元 back in 亿元, round trip', () => {
    expect(yuanToYi('125000000.00')).toBe('1.25');
    expect(yuanToYi('3200000000')).toBe('32');
    expect(yuanToYi('1234567890.12')).toBe('12.3456789012');
    for (const yi of ['0.3', '4.5', '1.2', '0.0000000001']) expect(yuanToYi(yiToYuan(yi) ?? '')).toBe(yi);
  });
});
