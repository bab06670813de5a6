/**
 * Exact non-negative-denominator rationals over BigInt: metric values (counts, 分 of money, rates
 * as numerator/denominator) are compared and divided without floating point, and points are
 * rounded once, to hundredths, at the end.
 */
export type Rational = { num: bigint; den: bigint };

export const r = (num: bigint | number, den: bigint | number = 1n): Rational => {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d === 0n) throw new RangeError('zero denominator');
  return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
};

export const ZERO = r(0);
export const ONE = r(1);

export const add = (a: Rational, b: Rational) => r(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) => r(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => r(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) => {
  if (b.num === 0n) throw new RangeError('division by zero');
  return r(a.num * b.den, a.den * b.num);
};
export const cmp = (a: Rational, b: Rational) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const min = (a: Rational, b: Rational) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);
export const isZero = (a: Rational) => a.num === 0n;

/** Rounds half away from zero to hundredths: the integer number of hundredths. */
export function toHundredths(a: Rational): bigint {
  const scaled = a.num * 100n;
  const q = scaled / a.den;
  const rem = scaled % a.den;
  if (rem === 0n) return q;
  const twice = (rem < 0n ? -rem : rem) * 2n;
  if (twice >= a.den) return scaled < 0n ? q - 1n : q + 1n;
  return q;
}

/** Hundredths as a decimal string with two places: 1234n → "12.34", -5n → "-0.05". */
export function hundredthsText(h: bigint): string {
  const neg = h < 0n;
  const a = neg ? -h : h;
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** A decimal string (points, shares: "12.5", "0.6") as a rational. */
export function decimal(text: string): Rational {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
  return r(n, 10n ** BigInt(frac.length));
}
