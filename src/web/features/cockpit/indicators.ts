import { isYuan, yuanToFen } from '../../../domain/money/money';
import type { Translate } from '../../i18n/translate';
import { formatMoney } from '../../lib/format';
import type { CockpitRegion } from './types';

/** What the county map is coloured by. */
export const INDICATORS = [
  'signedAmount',
  'signedCount',
  'fundsArrived',
  'starts',
  'startRate',
  'performanceRate',
  'redItems',
] as const;
export type Indicator = (typeof INDICATORS)[number];
export const DEFAULT_INDICATOR: Indicator = 'signedAmount';

export const isIndicator = (v: string | null): v is Indicator =>
  (INDICATORS as readonly string[]).includes(v ?? '');

/** Red items: more is worse (the map turns red, the table lists the worst first). */
export const isAlarm = (i: Indicator) => i === 'redItems';

/** 元 (exact text) → whole 万元, for colour and bar lengths only; labels show the exact text. */
const wanForChart = (yuan: string) => (isYuan(yuan) ? Number(yuanToFen(yuan) / 1_000_000n) : 0);

/** The number a region is coloured and sorted by (null: nothing to show, e.g. a rate without denominator). */
export function indicatorValue(r: CockpitRegion, i: Indicator): number | null {
  switch (i) {
    case 'signedAmount':
      return wanForChart(r.signedAmount);
    case 'fundsArrived':
      return wanForChart(r.fundsArrived);
    case 'signedCount':
      return r.signedCount;
    case 'starts':
      return r.starts;
    case 'redItems':
      return r.redItems;
    case 'startRate':
      return r.startRate === null ? null : Number(r.startRate);
    case 'performanceRate':
      return r.performanceRate === null ? null : Number(r.performanceRate);
  }
}

/** An amount in 亿元/万元; nothing at all reads as a plain 0. */
const moneyText = (t: Translate, yuan: string) =>
  isYuan(yuan) && yuanToFen(yuan) === 0n ? '0' : formatMoney(t, yuan) || '0';

/** The figure as people read it: 亿元/万元 from the exact amount, a count, or a percent. */
export function indicatorText(t: Translate, r: CockpitRegion, i: Indicator): string {
  switch (i) {
    case 'signedAmount':
    case 'fundsArrived':
      return moneyText(t, r[i]);
    case 'signedCount':
    case 'starts':
      return t('cockpit.unit.projects', { count: indicatorValue(r, i) ?? 0 });
    case 'redItems':
      return t('cockpit.unit.items', { count: r.redItems });
    case 'startRate':
    case 'performanceRate':
      return r[i] === null ? '—' : `${r[i]}%`;
  }
}

export const indicatorName = (t: Translate, i: Indicator) => t.dynamic(`cockpit.indicator.${i}`, i);
