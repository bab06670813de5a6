import dayjs from 'dayjs';
import { displayAmount, isYuan } from '../../domain/money/money';
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
