import { describe, expect, it } from 'vitest';
import { dueSteps, stepInstant } from './reminders';

const h = 3_600_000;
/** A window of 40 hours from t = 0: 50% at 20 h, 75% at 30 h, breach at 40 h, escalation a day apart. */
const t = { opensAt: 0, breachAt: 40 * h, doneAt: null };

describe('reminders and escalation', () => {
  it('fall due at 50%, 75%, 100% and then one level a day', () => {
    expect([50, 75, 100, 101, 102, 103].map((s) => stepInstant(t, s as 50) / h)).toEqual([
      20, 30, 40, 64, 88, 112,
    ]);
    expect(dueSteps(t, 19 * h, new Set())).toEqual({ send: [], pass: [] });
    expect(dueSteps(t, 21 * h, new Set())).toEqual({ send: [50], pass: [] });
    expect(dueSteps(t, 31 * h, new Set([50]))).toEqual({ send: [75], pass: [] });
    expect(dueSteps(t, 65 * h, new Set([50, 75, 100]))).toEqual({ send: [101], pass: [] });
  });
  it('catch up after a stop with the latest reminder and every escalation due', () => {
    expect(dueSteps(t, 90 * h, new Set())).toEqual({ send: [100, 101, 102], pass: [50, 75] });
  });
  it('stop once the target is done', () => {
    expect(dueSteps({ ...t, doneAt: 25 * h }, 90 * h, new Set([50]))).toEqual({ send: [], pass: [] });
  });
});
