import { METRICS } from '../../../domain/evaluation/method';
import type { Translate } from '../../i18n/translate';
import { formatMoney, formatUsdWan } from '../../lib/format';

export type FigureKind = 'money' | 'usd' | 'count' | 'rate' | 'score';

/** How a metric's values read: money in 元 (US dollars for the foreign ones), counts, rates (0…1), scores. */
export function metricKind(metric: string): FigureKind {
  const kind = (METRICS as Record<string, string>)[metric];
  if (kind === 'money') return metric.endsWith('_usd') ? 'usd' : 'money';
  if (kind === 'rate' || kind === 'score' || kind === 'count') return kind;
  return 'score';
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Rounds a decimal text half away from zero to `places` decimals, exactly: ("1166666666.6667", 2) → "1166666666.67". */
export function roundDecimal(text: string, places: number): string {
  const m = DECIMAL.exec(text.trim());
  if (!m) return text;
  const [, sign = '', int = '0', frac = ''] = m;
  const digits = BigInt(`${int}${frac.padEnd(places + 1, '0').slice(0, places + 1)}`);
  const rounded = (digits + 5n) / 10n;
  const s = rounded.toString().padStart(places + 1, '0');
  const head = s.slice(0, s.length - places) || '0';
  const tail = places ? `.${s.slice(s.length - places)}` : '';
  const out = `${head}${tail}`;
  return sign && /[1-9]/.test(out) ? `-${out}` : out;
}

/** A decimal text times 10^shift, exactly ("0.5833" shifted by 2 → "58.33"). */
export function shiftDecimal(text: string, shift: number): string {
  const m = DECIMAL.exec(text.trim());
  if (!m) return text;
  const [, sign = '', int = '0', frac = ''] = m;
  const all = `${int}${frac}${'0'.repeat(Math.max(0, shift - frac.length))}`;
  const point = int.length + shift;
  const head = all.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const tail = all.slice(point).replace(/0+$/, '');
  const out = tail ? `${head}.${tail}` : head;
  return sign && out !== '0' ? `-${out}` : out;
}

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A share or rate (0…1) as a percentage with at most two decimals: "0.58333" → "58.33%". */
export function percentText(fraction: string): string {
  return `${roundDecimal(shiftDecimal(fraction, 2), 2).replace(/\.?0+$/, '')}%`;
}

/** A plain number with grouped thousands and no trailing zeros. */
export function plainNumber(text: string): string {
  const rounded = roundDecimal(text, 2).replace(/\.?0+$/, '');
  const [int = '', frac] = rounded.split('.');
  return frac ? `${group(int)}.${frac}` : group(int);
}

/** A metric's value for people: 17.00 亿元, 1,250.00 万美元, 3, 85.5%. */
export function formatFigure(t: Translate, metric: string, value: string): string {
  switch (metricKind(metric)) {
    case 'money': {
      const yuan = roundDecimal(value, 2).replace(/^-/, '');
      // Below 1 万元 the 万元 figure would read "0.00": say it in 元.
      if (Number(yuan) > 0 && Number(yuan) < 10_000) return `${plainNumber(yuan)} ${t('ev.unit.yuan')}`;
      return formatMoney(t, yuan) || value;
    }
    case 'usd':
      return `${formatUsdWan(roundDecimal(value, 2))} ${t('unit.wanUsd')}`;
    case 'rate':
      return percentText(value);
    case 'count':
    case 'score':
      return plainNumber(value);
  }
}

/** Points as hundredths ("105.00" → 10500n), for exact differences. */
export function hundredthsOf(points: string): bigint {
  const r = roundDecimal(points, 2);
  const neg = r.startsWith('-');
  const [int = '0', frac = '00'] = r.replace('-', '').split('.');
  const h = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'));
  return neg ? -h : h;
}

/** Hundredths as signed points text: 250n → "+2.50", -5n → "-0.05", 0n → "0.00". */
export function signedPoints(h: bigint): string {
  const a = h < 0n ? -h : h;
  const text = `${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
  return h > 0n ? `+${text}` : h < 0n ? `-${text}` : text;
}

/** The sum of a line's bonuses and deductions, as hundredths. */
export function adjustmentOf(rules: readonly { points: string }[]): bigint {
  return rules.reduce((acc, r) => acc + hundredthsOf(r.points), 0n);
}
