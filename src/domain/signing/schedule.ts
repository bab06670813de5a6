/** The monthly signing day: the same day each month (default 28), clamped to short months; an occurrence may be moved. */
export const DEFAULT_SIGNING_DAY = 28;
export const FIRST_SIGNING_MONTH = '2021-07';

const pad = (n: number) => String(n).padStart(2, '0');

/** Occurrences from month `fromMonth` through `toMonth` (YYYY-MM), with per-month moves ('YYYY-MM' → 'YYYY-MM-DD'). */
export function monthlyOccurrences(
  fromMonth: string,
  toMonth: string,
  day = DEFAULT_SIGNING_DAY,
  moves: Readonly<Record<string, string>> = {},
): { month: string; date: string; moved: boolean }[] {
  const out: { month: string; date: string; moved: boolean }[] = [];
  let [y, m] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    const month = `${y}-${pad(m)}`;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const moved = moves[month];
    out.push({ month, date: moved ?? `${month}-${pad(Math.min(day, last))}`, moved: moved !== undefined });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
