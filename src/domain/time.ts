/** Calendar dates are civil dates in China Standard Time (Asia/Shanghai, UTC+8, no DST). */
const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const EIGHT_HOURS = 8 * 3_600_000;
/** China has kept UTC+8 without daylight saving since 1992: from then on a date is plain arithmetic. */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 15);

/** The date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  const t = instant.getTime();
  if (t >= FIXED_OFFSET_SINCE && t < 253_402_300_800_000 - EIGHT_HOURS) {
    return new Date(t + EIGHT_HOURS).toISOString().slice(0, 10);
  }
  return SHANGHAI.format(instant);
}
