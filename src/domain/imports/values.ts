/**
 * Reading what people actually type into spreadsheets: amounts with units, dates in every
 * common Chinese notation, county names with or without their suffix. Every parser returns the
 * exact value or a reason; none guesses.
 */
import { toHalfWidth } from '../text';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export const AMOUNT_UNITS = { yuan: 0, wan: 4, yi: 8 } as const;
export type AmountUnit = keyof typeof AMOUNT_UNITS;

const UNIT_SUFFIXES: readonly [RegExp, AmountUnit][] = [
  [/亿元?$/, 'yi'],
  [/万元?$/, 'wan'],
  [/元$/, 'yuan'],
];

/** A plain decimal string × 10^shift, as a yuan string with two decimals; null when not whole 分. */
function shiftToYuan(decimal: string, shift: number): string | null {
  const [int = '0', frac = ''] = decimal.split('.');
  const digits = int + frac;
  const point = int.length + shift; // position of the decimal point in `digits` after shifting
  const padded = digits.padEnd(point + 2, '0');
  const whole = padded.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const cents = padded.slice(point, point + 2);
  if (/[1-9]/.test(padded.slice(point + 2))) return null;
  return `${whole}.${cents}`;
}

/**
 * An amount in yuan from a cell: a number (in the column's unit) or text like "2.5亿", "5000万元",
 * "12,000" (column unit), "１２３". Negative, approximate or non-numeric text is refused.
 */
export function parseAmount(raw: unknown, columnUnit: AmountUnit): Parsed<string> {
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('not a number');
    text = String(raw);
    if (/e/i.test(text)) return fail(`the number ${text} is too large or too small`);
  } else if (typeof raw === 'string') {
    text = raw;
  } else {
    return fail('not an amount');
  }
  let s = toHalfWidth(text)
    .trim()
    .replace(/[\s,，]/g, '')
    .replace(/。/g, '.');
  if (s === '') return fail('empty');
  let unit = columnUnit;
  for (const [re, u] of UNIT_SUFFIXES) {
    if (re.test(s)) {
      unit = u;
      s = s.replace(re, '');
      break;
    }
  }
  if (s.startsWith('-')) return fail('an amount cannot be negative');
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`"${text}" is not a plain amount (digits, optionally 万/亿)`);
  const yuan = shiftToYuan(s, AMOUNT_UNITS[unit]);
  if (yuan === null) return fail(`"${text}" has more decimals than whole 分`);
  if (yuan.replace('.', '').replace(/^0+/, '').length > 18) return fail(`"${text}" is too large`);
  return ok(yuan);
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): Parsed<string> {
  if (y < 1990 || y > 2100) return fail(`year ${y} is out of range`);
  if (m < 1 || m > 12) return fail(`month ${m} does not exist`);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return fail(`${y}-${pad(m)} has no day ${d}`);
  return ok(`${y}-${pad(m)}-${pad(d)}`);
}

/** Excel's day 0 is 1899-12-30 (it counts 1900-02-29, so serials from 61 on land right). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A calendar date (YYYY-MM-DD) from a cell: a Date (exceljs date cell, read in UTC), an Excel
 * serial number, or text: 2021年7月28日, 2021/7/28, 2021-07-28, 2021.7.28, 20210728.
 */
export function parseDate(raw: unknown): Parsed<string> {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('not a date');
    return validDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1) return fail(`${raw} is not a date serial number`);
    const d = new Date(EXCEL_EPOCH_MS + raw * 86_400_000);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof raw !== 'string') return fail('not a date');
  const s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  let m = s.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日?$/) ?? s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (!m) m = s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m) return fail(`"${raw}" is not a date (write 2021-07-28 or 2021年7月28日)`);
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export type RegionName = { id: string; name: string };

/** Strips the city prefix and the 县/区/市 suffix: "南阳市宛城区" → "宛城". */
export function regionKey(name: string): string {
  const s = toHalfWidth(name).replace(/\s+/g, '');
  const noCity = s.replace(/^南阳市?(?=.)/, '');
  return noCity.length > 2 ? noCity.replace(/(县|区|市)$/, '') : noCity;
}

/** The region a cell names, by its name with or without suffix or city prefix, or by its code. */
export function matchRegion(raw: unknown, regions: readonly RegionName[]): Parsed<string> {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
  const s = toHalfWidth(text).trim();
  if (!s) return fail('empty');
  const byId = regions.find((r) => r.id === s);
  if (byId) return ok(byId.id);
  const key = regionKey(s);
  const found = regions.filter((r) => regionKey(r.name) === key);
  if (found.length === 1 && found[0]) return ok(found[0].id);
  if (found.length > 1) return fail(`"${text}" could be ${found.map((r) => r.name).join(' or ')}`);
  return fail(`"${text}" is not a region of this city`);
}
