import { toHalfWidth } from '../text';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and
 * capital letters without I, O, Z, S, V). The 18th character is a check character over the
 * first 17: value = 31 − (Σ value(cᵢ) × wᵢ mod 31), with 31 written as 0.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem =
  | { code: 'length'; length: number }
  | { code: 'character'; position: number; character: string }
  | { code: 'check'; expected: string; actual: string };

/** Upper-cases, turns full-width characters into ASCII and drops spaces and dashes. */
export function normaliseCreditCode(input: string): string {
  return toHalfWidth(input).replace(/[\s-]/g, '').toUpperCase();
}

/** The check character the first 17 characters call for (they must be in the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) throw new RangeError(`not a credit-code character at ${i + 1}: ${first17[i]}`);
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check] ?? '0';
}

/** Null when the (normalised) code is valid; otherwise what is wrong, naming the expected check character. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return { code: 'length', length: code.length };
  for (let i = 0; i < 18; i++) {
    const c = code[i] ?? '';
    if (!CREDIT_CODE_ALPHABET.includes(c)) return { code: 'character', position: i + 1, character: c };
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  const actual = code[17] ?? '';
  return expected === actual ? null : { code: 'check', expected, actual };
}

export function describeCreditCodeProblem(p: CreditCodeProblem): string {
  switch (p.code) {
    case 'length':
      return `a unified social credit code has 18 characters, this one has ${p.length}`;
    case 'character':
      return `character ${p.position} ("${p.character}") is not allowed (no I, O, Z, S, V)`;
    case 'check':
      return `the check character should be "${p.expected}", not "${p.actual}"`;
  }
}
