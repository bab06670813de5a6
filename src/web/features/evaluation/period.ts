import type { PeriodKind } from '../../../domain/evaluation/method';
import { parsePeriod } from '../../../domain/evaluation/period';
import type { Translate } from '../../i18n/translate';

/** What the period picker holds: a year, a kind and which quarter / half / month (0 for the year). */
export type PeriodPick = { year: number; kind: PeriodKind; index: number };

const INDEXES: Record<PeriodKind, number[]> = {
  quarter: [1, 2, 3, 4],
  half: [1, 2],
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  year: [0],
};

export const periodIndexes = (kind: PeriodKind) => INDEXES[kind];

/** The API's period name: 2026, 2026H1, 2026Q3, 2026-07. */
export function periodName(p: PeriodPick): string {
  switch (p.kind) {
    case 'quarter':
      return `${p.year}Q${p.index}`;
    case 'half':
      return `${p.year}H${p.index}`;
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'year':
      return `${p.year}`;
  }
}

/** The picker's state of a period name, or null when it is not a period. */
export function pickOf(name: string | null | undefined): PeriodPick | null {
  const p = name ? parsePeriod(name) : null;
  if (!p) return null;
  const month = Number(p.to.slice(5, 7));
  const index = { quarter: month / 3, half: month / 6, month, year: 0 }[p.kind];
  return { year: p.year, kind: p.kind, index };
}

/** The period of a kind that contains a day ("2026-11-29", quarter → 2026Q4). */
export function periodContaining(kind: PeriodKind, day: string): PeriodPick {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const index = { quarter: Math.ceil(month / 3), half: Math.ceil(month / 6), month, year: 0 }[kind];
  return { year, kind, index };
}

/** Moves the picker to another kind, keeping the months it covers as close as they can be. */
export function changeKind(p: PeriodPick, kind: PeriodKind): PeriodPick {
  const endMonth = pickEndMonth(p);
  return periodContaining(kind, `${p.year}-${String(endMonth).padStart(2, '0')}-01`);
}

function pickEndMonth(p: PeriodPick): number {
  return { quarter: p.index * 3, half: p.index * 6, month: p.index, year: 12 }[p.kind];
}

/** Today in Shanghai as "YYYY-MM-DD". */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** "2026年第四季度", "2026年上半年", "2026年7月", "2026年度" (and the English forms). */
export function periodLabel(t: Translate, name: string): string {
  const p = pickOf(name);
  if (!p) return name;
  switch (p.kind) {
    case 'quarter':
      return t.dynamic(`ev.period.q${p.index}`, name, { year: p.year });
    case 'half':
      return t.dynamic(`ev.period.h${p.index}`, name, { year: p.year });
    case 'month':
      return t('ev.period.month', { year: p.year, month: p.index });
    case 'year':
      return t('ev.period.year', { year: p.year });
  }
}

/** The picker's label of one index: 第一季度 / 上半年 / 7月. */
export function indexLabel(t: Translate, kind: PeriodKind, index: number): string {
  if (kind === 'quarter') return t.dynamic(`ev.period.short.q${index}`, `Q${index}`);
  if (kind === 'half') return t.dynamic(`ev.period.short.h${index}`, `H${index}`);
  if (kind === 'month') return t('ev.period.short.month', { month: index });
  return t('ev.period.short.year');
}
