import { describe, expect, it } from 'vitest';
import { checkFiling, closeDate, dueDate, lastDueMonth, monthStatus, monthsBetween } from './report-month';

const S = { dueDay: 5, closeDay: 10 };

describe('monthly report months', () => {
  it('are due and close on days of the next month, clamped to its length', () => {
    expect(dueDate('2026-01', S)).toBe('2026-02-05');
    expect(closeDate('2026-12', S)).toBe('2027-01-10');
    expect(closeDate('2026-01', { dueDay: 28, closeDay: 31 })).toBe('2026-02-28');
  });

  it('move from open to late to locked', () => {
    expect(monthStatus('2026-10', '2026-11-05', S)).toBe('open');
    expect(monthStatus('2026-10', '2026-11-06', S)).toBe('late');
    expect(monthStatus('2026-10', '2026-11-10', S)).toBe('late');
    expect(monthStatus('2026-10', '2026-11-11', S)).toBe('locked');
    expect(monthStatus('2026-11', '2026-11-29', S)).toBe('open');
    expect(monthStatus('2026-12', '2026-11-29', S)).toBe('future');
  });

  it('know the last month already due', () => {
    expect(lastDueMonth('2026-11-05', S)).toBe('2026-09');
    expect(lastDueMonth('2026-11-06', S)).toBe('2026-10');
  });

  it('list months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('lock rules', () => {
  const base = { today: '2026-11-29', signedOn: '2026-03-28', isCityAdmin: false };
  it('refuse the future and months before the signing', () => {
    expect(checkFiling({ ...base, month: '2026-12' }, S)?.code).toBe('REPORT_MONTH_FUTURE');
    expect(checkFiling({ ...base, month: '2026-02' }, S)?.code).toBe('REPORT_MONTH_BEFORE_SIGNING');
    expect(checkFiling({ ...base, month: '2026-03', isCityAdmin: true }, S)).toBeNull();
  });
  it('lock a closed month for everyone but a city administrator', () => {
    expect(checkFiling({ ...base, month: '2026-10' }, S)).toEqual({
      code: 'REPORT_MONTH_LOCKED',
      month: '2026-10',
      closedOn: '2026-11-10',
    });
    expect(checkFiling({ ...base, month: '2026-10', isCityAdmin: true }, S)).toBeNull();
    expect(checkFiling({ ...base, month: '2026-11' }, S)).toBeNull();
  });
});
