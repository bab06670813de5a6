import { describe, expect, it } from 'vitest';
import { addWorkingDays, CalendarRangeError, isWorkingDay } from './calendar';
import { deadlineDate, endOfDayShanghai } from './deadlines';
import { OFFICIAL_CALENDAR as CAL } from './official-data';

/** Every expected date below was counted by hand on the published calendar of that year. */
describe('the official working-day calendar', () => {
  it('knows holidays and make-up working weekends', () => {
    expect(isWorkingDay(CAL, '2024-10-01')).toBe(false); // National Day
    expect(isWorkingDay(CAL, '2024-09-29')).toBe(true); // Sunday, made up for National Day
    expect(isWorkingDay(CAL, '2024-10-12')).toBe(true); // Saturday, made up
    expect(isWorkingDay(CAL, '2024-10-13')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay(CAL, '2026-02-14')).toBe(true); // Saturday before Spring Festival, made up
    expect(isWorkingDay(CAL, '2026-02-23')).toBe(false); // last day of the 2026 Spring Festival break
  });

  it('refuses a date the data does not cover instead of guessing', () => {
    expect(() => isWorkingDay(CAL, '2027-01-04')).toThrow(CalendarRangeError);
    expect(() => deadlineDate(CAL, '2026-12-30', { days: 3 }, 'working')).toThrow(/covers 2004–2026/);
    expect(() => isWorkingDay(CAL, '2003-12-31')).toThrow(CalendarRangeError);
  });
});

describe('13710 deadlines', () => {
  it('National Day 2021: assigned Thu 30 Sep', () => {
    // Calendar days: 1 → Fri 1 Oct, 3 → Sun 3 Oct, 7 → Thu 7 Oct.
    expect(deadlineDate(CAL, '2021-09-30', { days: 1 }, 'calendar')).toBe('2021-10-01');
    expect(deadlineDate(CAL, '2021-09-30', { days: 7 }, 'calendar')).toBe('2021-10-07');
    // Working days: 1–7 Oct off, Fri 8 Oct = 1, Sat 9 Oct (made up) = 2, Mon 11 = 3 … Fri 15 = 7.
    expect(deadlineDate(CAL, '2021-09-30', { days: 1 }, 'working')).toBe('2021-10-08');
    expect(deadlineDate(CAL, '2021-09-30', { days: 3 }, 'working')).toBe('2021-10-11');
    expect(deadlineDate(CAL, '2021-09-30', { days: 7 }, 'working')).toBe('2021-10-15');
  });

  it('National Day 2024: assigned on the make-up Sunday 29 Sep', () => {
    // Mon 30 Sep = 1, 1–7 Oct off, Tue 8 = 2, Wed 9 = 3, Thu 10 = 4, Fri 11 = 5, Sat 12 (made up) = 6, Mon 14 = 7.
    expect(deadlineDate(CAL, '2024-09-29', { days: 1 }, 'working')).toBe('2024-09-30');
    expect(deadlineDate(CAL, '2024-09-29', { days: 3 }, 'working')).toBe('2024-10-09');
    expect(deadlineDate(CAL, '2024-09-29', { days: 7 }, 'working')).toBe('2024-10-14');
    expect(deadlineDate(CAL, '2024-09-29', { days: 7 }, 'calendar')).toBe('2024-10-06');
  });

  it('Spring Festival 2023: assigned Fri 20 Jan', () => {
    // 21–27 Jan off, Sat 28 and Sun 29 Jan made up: 28 = 1, 29 = 2, Mon 30 = 3, … Thu 2 Feb = 6, Fri 3 Feb = 7.
    expect(deadlineDate(CAL, '2023-01-20', { days: 1 }, 'working')).toBe('2023-01-28');
    expect(deadlineDate(CAL, '2023-01-20', { days: 3 }, 'working')).toBe('2023-01-30');
    expect(deadlineDate(CAL, '2023-01-20', { days: 7 }, 'working')).toBe('2023-02-03');
  });

  it('Spring Festival 2025: assigned Fri 24 Jan', () => {
    // Sun 26 Jan made up = 1, Mon 27 = 2, 28 Jan–4 Feb off, Wed 5 Feb = 3, Thu 6 = 4, Fri 7 = 5, Sat 8 (made up) = 6, Mon 10 = 7.
    expect(deadlineDate(CAL, '2025-01-24', { days: 1 }, 'working')).toBe('2025-01-26');
    expect(deadlineDate(CAL, '2025-01-24', { days: 3 }, 'working')).toBe('2025-02-05');
    expect(deadlineDate(CAL, '2025-01-24', { days: 7 }, 'working')).toBe('2025-02-10');
  });

  it('Spring Festival 2026: assigned Fri 13 Feb', () => {
    // Sat 14 Feb made up = 1, 15–23 Feb off, Tue 24 = 2, Wed 25 = 3, Thu 26 = 4, Fri 27 = 5, Sat 28 (made up) = 6, Mon 2 Mar = 7.
    expect(deadlineDate(CAL, '2026-02-13', { days: 1 }, 'working')).toBe('2026-02-14');
    expect(deadlineDate(CAL, '2026-02-13', { days: 3 }, 'working')).toBe('2026-02-25');
    expect(deadlineDate(CAL, '2026-02-13', { days: 7 }, 'working')).toBe('2026-03-02');
    expect(deadlineDate(CAL, '2026-02-13', { days: 7 }, 'calendar')).toBe('2026-02-20');
  });

  it('one month ends on the same date of the next month, clamped', () => {
    expect(deadlineDate(CAL, '2026-01-31', { months: 1 }, 'calendar')).toBe('2026-02-28');
    expect(deadlineDate(CAL, '2024-01-31', { months: 1 }, 'working')).toBe('2024-02-29');
    expect(deadlineDate(CAL, '2025-12-15', { months: 1 }, 'calendar')).toBe('2026-01-15');
  });

  it('a pause moves the deadline by the days granted, in the same mode', () => {
    // 7 working days from Fri 20 Sep 2024: 23,24,25,26,27 = 5, Sun 29 (made up) = 6, Mon 30 = 7; +3 working: 8, 9, 10 Oct.
    expect(deadlineDate(CAL, '2024-09-20', { days: 7 }, 'working')).toBe('2024-09-30');
    expect(deadlineDate(CAL, '2024-09-20', { days: 7 }, 'working', 3)).toBe('2024-10-10');
    expect(deadlineDate(CAL, '2024-09-20', { days: 7 }, 'calendar', 3)).toBe('2024-09-30');
  });

  it('counts working days from a holiday', () => {
    expect(addWorkingDays(CAL, '2024-10-03', 1)).toBe('2024-10-08');
  });

  it('ends a deadline day at 23:59:59.999 in Shanghai', () => {
    expect(new Date(endOfDayShanghai('2026-10-08')).toISOString()).toBe('2026-10-08T15:59:59.999Z');
  });
});
