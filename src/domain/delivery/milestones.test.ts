import { describe, expect, it } from 'vitest';
import { checkActualDate, milestoneOfTransition, milestoneStates } from './milestones';
import { fundsWarnings, DEFAULT_FUNDS_SANITY } from './funds';

const deadlines = { registerBy: '2026-03-01', startBy: '2026-06-30', produceBy: '2027-06-30' };

describe('milestones plan versus actual', () => {
  it('plans from the contract, lets a revised plan win and flags what is overdue', () => {
    const states = milestoneStates(
      [
        { milestone: 'registered', plannedOn: null, actualOn: '2026-03-10', skipped: false },
        { milestone: 'land_secured', plannedOn: '2026-05-01', actualOn: null, skipped: false },
      ],
      deadlines,
      'registered',
      '2026-07-15',
    );
    const by = Object.fromEntries(states.map((s) => [s.milestone, s]));
    expect(by.registered).toMatchObject({
      plannedOn: '2026-03-01',
      actualOn: '2026-03-10',
      overdue: false,
      daysLate: 9,
    });
    expect(by.land_secured).toMatchObject({
      contractOn: null,
      plannedOn: '2026-05-01',
      overdue: true,
      daysLate: 75,
    });
    expect(by.started).toMatchObject({ contractOn: '2026-06-30', overdue: true, daysLate: 15 });
    expect(by.producing).toMatchObject({ overdue: false, daysLate: 0 });
    expect(by.completed).toMatchObject({ plannedOn: null, overdue: false });
  });

  it('a skipped milestone and a terminated project are never overdue', () => {
    const skipped = milestoneStates(
      [{ milestone: 'land_secured', plannedOn: '2026-01-01', actualOn: null, skipped: true }],
      deadlines,
      'started',
      '2026-07-15',
    );
    expect(skipped.find((s) => s.milestone === 'land_secured')?.overdue).toBe(false);
    expect(milestoneStates([], deadlines, 'terminated', '2026-07-15').some((s) => s.overdue)).toBe(false);
  });

  it('only forward transitions reach a milestone', () => {
    expect(milestoneOfTransition('registered', 'started')).toBe('started');
    expect(milestoneOfTransition('stalled', 'started')).toBeNull();
    expect(milestoneOfTransition('negotiating', 'signed')).toBeNull();
  });

  it('an actual date lies between the signing and today', () => {
    expect(checkActualDate('2026-01-01', '2026-02-01', '2026-07-01')?.code).toBe('DATE_BEFORE_SIGNING');
    expect(checkActualDate('2026-08-01', '2026-02-01', '2026-07-01')?.code).toBe('DATE_IN_FUTURE');
    expect(checkActualDate('2026-02-01', '2026-02-01', '2026-07-01')).toBeNull();
  });
});

describe('funds sanity', () => {
  const yi = (n: number) => BigInt(n) * 10_000_000_000n;
  it('warns above the monthly bound and beyond the contracted amount', () => {
    expect(
      fundsWarnings({ monthFen: yi(1), otherMonthsFen: 0n, contractedFen: yi(5) }, DEFAULT_FUNDS_SANITY),
    ).toEqual([]);
    expect(
      fundsWarnings(
        { monthFen: yi(11), otherMonthsFen: 0n, contractedFen: yi(50) },
        DEFAULT_FUNDS_SANITY,
      ).map((w) => w.code),
    ).toEqual(['above_monthly_bound']);
    expect(
      fundsWarnings({ monthFen: yi(2), otherMonthsFen: yi(4), contractedFen: yi(5) }, DEFAULT_FUNDS_SANITY),
    ).toEqual([{ code: 'beyond_contracted', cumulativeFen: yi(6), contractedFen: yi(5) }]);
  });
});
