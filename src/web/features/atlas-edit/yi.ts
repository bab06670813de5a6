import { fenToYuan, YI_FEN, yuanToFen } from '../../../domain/money/money';

/** Up to 8 integer digits (16-digit 元) and 10 decimals (whole 分): every accepted figure is exact. */
const YI_PATTERN = /^(0|[1-9]\d{0,7})(\.\d{1,10})?$/;

/** Whether a typed 亿元 figure can be stored exactly (blank counts as valid: no figure). */
export function isYiText(value: string): boolean {
  const v = value.trim();
  return v === '' || YI_PATTERN.test(v);
}

/**
 * An annual output typed in 亿元 → the exact 元 string the API stores ("1.25" → "125000000.00").
 * Returns null when it is not a valid figure; never goes through a float.
 */
export function yiToYuan(value: string): string | null {
  const v = value.trim();
  if (!YI_PATTERN.test(v)) return null;
  const [int = '0', frac = ''] = v.split('.');
  return fenToYuan(BigInt(int) * YI_FEN + BigInt((frac + '0000000000').slice(0, 10)));
}

/** 元 string → 亿元 text with trailing zeros removed, exact ("125000000.00" → "1.25"). */
export function yuanToYi(yuan: string): string {
  const fen = yuanToFen(yuan);
  const int = fen / YI_FEN;
  const frac = (fen % YI_FEN).toString().padStart(10, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}
