import { addDays, addMonthsClamped, addWorkingDays, type OfficialCalendar } from './calendar';

/** How a window counts: calendar days (the default) or official working days. */
export const DAY_MODES = ['calendar', 'working'] as const;
export type DayMode = (typeof DAY_MODES)[number];

export type Window = { days: number } | { months: number };

/**
 * The last day of a window that opens on `start` (DESIGN §5): "within N days" ends on the N-th
 * (calendar or working) day after the start day, which itself never counts; "within 1 month" ends
 * on the same date of the next month, clamped. Days granted by a pause (extension, return) move it
 * on in the same mode.
 */
export function deadlineDate(
  cal: OfficialCalendar,
  start: string,
  window: Window,
  mode: DayMode,
  pausedDays = 0,
): string {
  const key = `${start}|${'months' in window ? `m${window.months}` : window.days}|${mode}|${pausedDays}`;
  const memo = memoOf(cal);
  let found = memo.get(key);
  if (found === undefined) {
    found = computeDeadline(cal, start, window, mode, pausedDays);
    memo.set(key, found);
  }
  return found;
}

/** Deadlines already counted, per calendar: bounded by the calendar's dates times the few windows in use. */
const MEMOS = new WeakMap<OfficialCalendar, Map<string, string>>();
function memoOf(cal: OfficialCalendar) {
  let memo = MEMOS.get(cal);
  if (!memo) {
    memo = new Map();
    MEMOS.set(cal, memo);
  }
  if (memo.size > 200_000) memo.clear();
  return memo;
}

function computeDeadline(
  cal: OfficialCalendar,
  start: string,
  window: Window,
  mode: DayMode,
  pausedDays: number,
): string {
  const base =
    'months' in window
      ? addMonthsClamped(start, window.months)
      : mode === 'working'
        ? addWorkingDays(cal, start, window.days)
        : addDays(start, window.days);
  if (!pausedDays) return base;
  return mode === 'working' && 'days' in window
    ? addWorkingDays(cal, base, pausedDays)
    : addDays(base, pausedDays);
}

/** The instant a deadline day ends: 23:59:59.999 in Asia/Shanghai (UTC+8, no daylight saving). */
export function endOfDayShanghai(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // 23:59:59.999 at UTC+8 is 15:59:59.999 UTC of the same date.
  return Date.UTC(y, m - 1, d, 15, 59, 59, 999);
}
