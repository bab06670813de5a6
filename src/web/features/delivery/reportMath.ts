import { isYuan, yuanToFen } from '../../../domain/money/money';
import type { Role } from '../../../domain/org/roles';
import type { MonthStatusView, ReportsResponse } from './types';

export type MonthState = 'filed' | 'open' | 'late' | 'missing';
export type MonthAction = 'file' | 'edit' | 'correct';

/** What a month looks like to the people who report: filed, still open, late but open, or missing (locked). */
export function monthState(m: MonthStatusView): MonthState {
  if (m.filed) return 'filed';
  if (m.status === 'locked') return 'missing';
  return m.status === 'late' ? 'late' : 'open';
}

/** What the user may do with a month: file or change an open one; a city administrator corrects a locked one. */
export function monthAction(m: MonthStatusView, role: Role, canWrite: boolean): MonthAction | null {
  if (!canWrite || m.status === 'future') return null;
  if (m.status === 'locked') return role === 'city_admin' ? 'correct' : null;
  return m.filed ? 'edit' : 'file';
}

/** The month to offer first: the oldest unfiled month that is still open (months come newest first). */
export function nextMonthToFile(months: readonly MonthStatusView[]): MonthStatusView | null {
  const open = months.filter((m) => !m.filed && (m.status === 'open' || m.status === 'late'));
  return open[open.length - 1] ?? null;
}

/** Funds arrived ÷ contracted as "12.34" (percent, rounded half up, exact), or null without a contract. */
export function fundingPercent(
  r: Pick<ReportsResponse, 'totalDomestic' | 'contractedInvestment'>,
): string | null {
  if (!r.contractedInvestment || !isYuan(r.contractedInvestment) || !isYuan(r.totalDomestic)) return null;
  const contracted = yuanToFen(r.contractedInvestment);
  if (contracted <= 0n) return null;
  const hundredths = (yuanToFen(r.totalDomestic) * 20_000n + contracted) / (2n * contracted);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

export const isZero = (yuan: string) => !isYuan(yuan) || yuanToFen(yuan) === 0n;
