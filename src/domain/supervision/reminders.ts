/**
 * Reminders and escalation (DESIGN §5): at 50%, 75% and 100% of each window; once breached, the
 * escalation climbs one level a day: handler → unit head → supervision office → responsible leader.
 */
export const REMINDER_STEPS = [50, 75, 100, 101, 102, 103] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/** Who a step goes to. */
export const STEP_AUDIENCE: Record<ReminderStep, 'unit' | 'unit_head' | 'office' | 'leader'> = {
  50: 'unit',
  75: 'unit',
  100: 'unit',
  101: 'unit_head',
  102: 'office',
  103: 'leader',
};

const DAY = 86_400_000;

export function stepInstant(t: { opensAt: number; breachAt: number }, step: ReminderStep): number {
  if (step === 50 || step === 75) return t.opensAt + (step / 100) * (t.breachAt - t.opensAt);
  return t.breachAt + (step - 100) * DAY;
}

/**
 * The steps due at `now` for a target not yet done, given those already sent. Catching up (after a
 * restart) sends only the latest of the 50/75/100 reminders — the earlier ones are marked as passed
 * — and every escalation level that fell due.
 */
export function dueSteps(
  t: { opensAt: number; breachAt: number; doneAt: number | null },
  now: number,
  sent: ReadonlySet<number>,
): { send: ReminderStep[]; pass: ReminderStep[] } {
  const due = REMINDER_STEPS.filter(
    (s) => stepInstant(t, s) <= now && (t.doneAt === null || t.doneAt > stepInstant(t, s)) && !sent.has(s),
  );
  const shares = due.filter((s) => s <= 100);
  const latest = shares.at(-1);
  const pass = shares.filter((s) => s !== latest);
  return { send: due.filter((s) => !pass.includes(s)), pass };
}
