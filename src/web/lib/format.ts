import dayjs from 'dayjs';
import { displayAmount, isYuan, WAN_FEN, yuanToFen } from '../../domain/money/money';
import type { Translate } from '../i18n/translate';

export const DATE_FORMAT = 'YYYY-MM-DD';

/** "2024-05-01" or an ISO instant → "2024-05-01"; empty when absent. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format(DATE_FORMAT) : '';
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '';
}

export function formatDateTimeShort(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
}

/** An amount in 元 (decimal string) shown as "12.34 亿元" / "560.00 万元". */
export function formatMoney(t: Translate, yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '';
  if (!isYuan(yuan)) return yuan;
  const { text, unit } = displayAmount(yuan);
  return `${text} ${t(unit === 'yi' ? 'unit.yi' : 'unit.wan')}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function todayIso(): string {
  return dayjs().format(DATE_FORMAT);
}

/** A US-dollar amount ("1250000.00") in 万美元 with two decimals, rounded half up, exact. */
export function formatUsdWan(usd: string): string {
  if (!isYuan(usd)) return usd;
  const cents = yuanToFen(usd);
  const hundredths = (cents * 100n * 2n + WAN_FEN) / (WAN_FEN * 2n);
  const int = (hundredths / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${int}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/**
 * An amount in 元 as a number of 亿元 with two decimals, for chart geometry only (bar lengths);
 * labels and tooltips show the exact text from formatMoney.
 */
export function yuanToYiForChart(yuan: string): number {
  if (!isYuan(yuan)) return 0;
  const fen = yuanToFen(yuan);
  const hundredths = (fen * 2n + 100_000_000n) / 200_000_000n;
  return Number(hundredths) / 100;
}
