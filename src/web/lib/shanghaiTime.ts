/** Dates and times of the supervision clock, always as seen in Asia/Shanghai. */
const ZONE = 'Asia/Shanghai';

/** The Shanghai parts of an instant; null for text that is not one (shown as it is, never a crash). */
function parts(iso: string): Record<string, string> | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const out: Record<string, string> = {};
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of fmt.formatToParts(at)) out[p.type] = p.value;
  return out;
}

const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');

/** An ISO instant → "2024-06-16 14:30" (Shanghai). */
export function shanghaiDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  if (!p) return iso;
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** An ISO instant → "6月16日 14:30" (zh) / "Jun 16 14:30" (en), Shanghai time. */
export function shortDateTime(iso: string, locale: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${dayLabel(Number(p.month), Number(p.day), locale)} ${pad(p.hour)}:${pad(p.minute)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayLabel(month: number, day: number, locale: string): string {
  return locale.startsWith('zh') ? `${month}月${day}日` : `${MONTHS[month - 1] ?? month} ${day}`;
}

/** A calendar date "2024-06-16" → "6月16日" / "Jun 16". */
export function shortDate(date: string, locale: string): string {
  const [, m, d] = date.split('-');
  return dayLabel(Number(m), Number(d), locale);
}
