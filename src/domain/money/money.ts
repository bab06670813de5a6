/**
 * Exact money. Amounts travel as decimal strings in 元 with at most two decimals
 * ("200000000", "12.5"), are computed as bigint 分 (fen), and are never floats.
 */
export const YUAN_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;
const WAN_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,6})?$/;

export type Fen = bigint;

export function isYuan(value: string): boolean {
  return YUAN_PATTERN.test(value);
}

/** "1234.5" 元 → 123450n 分. Throws on anything that is not a plain non-negative decimal. */
export function yuanToFen(value: string): Fen {
  if (!isYuan(value)) throw new RangeError(`not an amount in yuan: ${JSON.stringify(value)}`);
  const [int = '0', frac = ''] = value.split('.');
  return BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
}

/** 123450n 分 → "1234.50" 元 (always two decimals, as PostgreSQL numeric(18,2) prints it). */
export function fenToYuan(fen: Fen): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const int = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${int}.${frac}`;
}

/** Normalises a yuan string: "12.5" → "12.50". */
export function normaliseYuan(value: string): string {
  return fenToYuan(yuanToFen(value));
}

/**
 * An amount typed in 万元 (up to 6 decimals, so it maps to whole 分 exactly... only when the
 * 万元 figure has at most 6 decimals) → yuan string. Returns null when it is not a valid amount.
 */
export function wanToYuan(value: string): string | null {
  const v = value.trim();
  if (!WAN_PATTERN.test(v)) return null;
  const [int = '0', frac = ''] = v.split('.');
  const fen = BigInt(int) * 1_000_000n + BigInt((frac + '000000').slice(0, 6));
  return fenToYuan(fen);
}

/**
 * A threshold kept as a number of 亿元 with at most two decimals (settings, demo figures) → the
 * exact yuan string: 2.5 → "250000000.00". More decimals are rounded to the 0.01 亿.
 */
export function yiNumberToYuan(yi: number): string {
  return fenToYuan(BigInt(Math.round(yi * 100)) * 100_000_000n);
}

/** Yuan string → 万元 string with up to 6 decimals, trailing zeros removed (exact). */
export function yuanToWan(value: string): string {
  const fen = yuanToFen(value);
  const int = fen / 1_000_000n;
  const frac = (fen % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

export function sumYuan(values: readonly string[]): string {
  return fenToYuan(values.reduce((acc, v) => acc + yuanToFen(v), 0n));
}

export function compareYuan(a: string, b: string): number {
  const d = yuanToFen(a) - yuanToFen(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * Rounds half up an amount of 分 to a number of decimals of a unit (1 万元 = 1,000,000 分,
 * 1 亿元 = 10,000,000,000 分) and groups the integer part with commas.
 */
function formatInUnit(fen: Fen, unitFen: bigint, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (fen * scale * 2n + unitFen) / (unitFen * 2n);
  const int = (scaled / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (decimals === 0) return int;
  return `${int}.${(scaled % scale).toString().padStart(decimals, '0')}`;
}

export const WAN_FEN = 1_000_000n;
export const YI_FEN = 10_000_000_000n;

/** Display figure: 亿元 from 1亿 up, otherwise 万元. Returns the number text and the unit key. */
export function displayAmount(value: string): { text: string; unit: 'yi' | 'wan' } {
  const fen = yuanToFen(value);
  if (fen >= YI_FEN) return { text: formatInUnit(fen, YI_FEN, 2), unit: 'yi' };
  return { text: formatInUnit(fen, WAN_FEN, 2), unit: 'wan' };
}
