/**
 * Monthly progress reports (月报): months are "YYYY-MM". A month's report is due by a day of the
 * next month and the month closes (locks) on a later day; after that only a city administrator
 * corrects it, with a reason.
 */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export type ReportSchedule = { dueDay: number; closeDay: number };
export const DEFAULT_REPORT_SCHEDULE: ReportSchedule = { dueDay: 5, closeDay: 10 };

export type MonthStatus = 'future' | 'open' | 'late' | 'locked';

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

function lastDayOf(month: string): number {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day `day` of the month after `month`, clamped to that month's length (YYYY-MM-DD). */
function dayOfNextMonth(month: string, day: number): string {
  const next = addMonths(month, 1);
  return `${next}-${String(Math.min(day, lastDayOf(next))).padStart(2, '0')}`;
}

export function dueDate(month: string, s: ReportSchedule): string {
  return dayOfNextMonth(month, s.dueDay);
}

/** The last day on which the month is still open; from the next day it is locked. */
export function closeDate(month: string, s: ReportSchedule): string {
  return dayOfNextMonth(month, s.closeDay);
}

/** Where a month stands on `today`: the current month is open (funds so far), a month in the future is not. */
export function monthStatus(month: string, today: string, s: ReportSchedule): MonthStatus {
  if (month > monthOf(today)) return 'future';
  if (today > closeDate(month, s)) return 'locked';
  if (today > dueDate(month, s)) return 'late';
  return 'open';
}

/** The latest month whose report is already due on `today` (the previous month once its due day passed). */
export function lastDueMonth(today: string, s: ReportSchedule): string {
  const prev = addMonths(monthOf(today), -1);
  return today > dueDate(prev, s) ? prev : addMonths(prev, -1);
}

export type FilingRequest = { month: string; today: string; signedOn: string | null; isCityAdmin: boolean };
export type FilingDenial =
  | { code: 'REPORT_MONTH_FUTURE'; month: string }
  | { code: 'REPORT_MONTH_BEFORE_SIGNING'; month: string; signedOn: string | null }
  | { code: 'REPORT_MONTH_LOCKED'; month: string; closedOn: string };

/**
 * May a report for this month be filed or changed? A locked month needs a city administrator (the
 * caller then also requires a reason and marks the report corrected).
 */
export function checkFiling(req: FilingRequest, s: ReportSchedule): FilingDenial | null {
  const status = monthStatus(req.month, req.today, s);
  if (status === 'future') return { code: 'REPORT_MONTH_FUTURE', month: req.month };
  if (!req.signedOn || req.month < monthOf(req.signedOn))
    return { code: 'REPORT_MONTH_BEFORE_SIGNING', month: req.month, signedOn: req.signedOn };
  if (status === 'locked' && !req.isCityAdmin)
    return { code: 'REPORT_MONTH_LOCKED', month: req.month, closedOn: closeDate(req.month, s) };
  return null;
}
