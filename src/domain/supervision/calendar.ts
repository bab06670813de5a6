/**
 * The official Chinese working-day calendar: public holidays and the make-up working weekends
 * (调休) of each year. A date outside the years the data covers is refused, never guessed: an
 * uncovered year would otherwise count its holidays as working days.
 */
export type OfficialCalendar = {
  firstYear: number;
  lastYear: number;
  holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休 make-up days). */
  workdays: ReadonlySet<string>;
};

export class CalendarRangeError extends RangeError {
  constructor(
    readonly date: string,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(`The official calendar covers ${firstYear}–${lastYear}; ${date} is outside it`);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Builds the calendar from the holiday and make-up-day lists (YYYY-MM-DD). */
export function officialCalendar(holidays: Iterable<string>, workdays: Iterable<string>): OfficialCalendar {
  const h = new Set(holidays);
  const w = new Set(workdays);
  const years = [...h, ...w].map((d) => Number(d.slice(0, 4)));
  if (!years.length) throw new Error('empty calendar data');
  return { firstYear: Math.min(...years), lastYear: Math.max(...years), holidays: h, workdays: w };
}

export function addDays(date: string, n: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function assertCovered(cal: OfficialCalendar, date: string) {
  if (!DATE.test(date)) throw new RangeError(`not a date: ${date}`);
  const y = Number(date.slice(0, 4));
  if (y < cal.firstYear || y > cal.lastYear) throw new CalendarRangeError(date, cal.firstYear, cal.lastYear);
}

/** A working day: a make-up day, or a weekday that is not a public holiday. */
export function isWorkingDay(cal: OfficialCalendar, date: string): boolean {
  assertCovered(cal, date);
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The n-th working day after `date` (the day itself never counts). */
export function addWorkingDays(cal: OfficialCalendar, date: string, n: number): string {
  assertCovered(cal, date);
  let d = date;
  for (let counted = 0; counted < n;) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) counted++;
  }
  return d;
}

/** The same date of the month `n` months later, clamped to that month's last day. */
export function addMonthsClamped(date: string, n: number): string {
  const [y = 0, m = 1, day = 1] = date.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  const ty = Math.floor(i / 12);
  const tm = (i % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
