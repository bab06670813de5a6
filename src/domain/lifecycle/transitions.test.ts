import { describe, expect, it } from 'vitest';
import { LAND_SITUATIONS, STAGES, type Stage } from './stages';
import {
  availableTransitions,
  checkTransition,
  TRANSITION_TABLE,
  type TransitionProject,
} from './transitions';

/**
 * Every allowed transition, written out by hand. Everything else must be refused. A change to the
 * table that is not mirrored here fails the test.
 */
const ALLOWED: readonly string[] = [
  'lead→negotiating',
  'negotiating→signed',
  'signed→registered',
  'registered→land_secured',
  'registered→started',
  'land_secured→started',
  'started→completed',
  'completed→producing',
  'producing→at_capacity',
  ...[
    'lead',
    'negotiating',
    'signed',
    'registered',
    'land_secured',
    'started',
    'completed',
    'producing',
  ].flatMap((s) => [`${s}→stalled`, `stalled→${s}`, `${s}→terminated`]),
  'stalled→terminated',
];

const base = (stage: Stage, extra: Partial<TransitionProject> = {}): TransitionProject => ({
  stage,
  stageBeforeStall: null,
  landSituation: 'new_land',
  lastTransitionOn: '2026-01-01',
  ...extra,
});

/** A request that satisfies every requirement, so only the table decides. */
const full = (to: Stage) => ({
  to,
  date: '2026-02-01',
  today: '2026-03-01',
  reason: 'because',
  evidenceCount: 1,
  hasSigning: true,
});

describe('lifecycle transition table', () => {
  it('lists exactly the allowed transitions', () => {
    const table = TRANSITION_TABLE.map((r) => `${r.from}→${r.to}`).sort();
    expect(table).toEqual([...ALLOWED].sort());
  });

  for (const from of STAGES) {
    for (const to of STAGES) {
      const key = `${from}→${to}`;
      const allowed = ALLOWED.includes(key);
      it(`${key} is ${allowed ? 'allowed' : 'forbidden'}`, () => {
        // A stalled project resumes at the stage it left; the skip needs land that is not new.
        const project = base(from, {
          stageBeforeStall: from === 'stalled' ? to : null,
          landSituation: key === 'registered→started' ? 'standard_factory' : 'new_land',
        });
        const result = checkTransition(project, full(to));
        if (allowed) {
          expect(result.ok).toBe(true);
        } else {
          expect(result).toEqual({ ok: false, denial: { code: 'TRANSITION_FORBIDDEN', from, to } });
        }
      });
    }
  }
});

describe('lifecycle rules', () => {
  it('resumes a stalled project only at the stage it left', () => {
    const p = base('stalled', { stageBeforeStall: 'started' });
    expect(checkTransition(p, full('started')).ok).toBe(true);
    expect(checkTransition(p, full('signed'))).toEqual({
      ok: false,
      denial: { code: 'RESUME_WRONG_STAGE', expected: 'started', to: 'signed' },
    });
    expect(availableTransitions(p).map((r) => r.to)).toEqual(['started', 'terminated']);
  });

  it('skips 供地 only when no new land is needed, and says why', () => {
    for (const land of LAND_SITUATIONS) {
      const result = checkTransition(base('registered', { landSituation: land }), full('started'));
      if (land === 'new_land') {
        expect(result).toEqual({
          ok: false,
          denial: { code: 'SKIP_NOT_ALLOWED', skipped: 'land_secured', landSituation: 'new_land' },
        });
      } else {
        expect(result.ok && result.rule.skips?.why).toBe('no_new_land_needed');
      }
    }
    expect(availableTransitions(base('registered')).map((r) => r.to)).not.toContain('started');
  });

  it('asks for what a stage requires', () => {
    const p = base('negotiating');
    expect(checkTransition(p, { ...full('signed'), hasSigning: false })).toEqual({
      ok: false,
      denial: { code: 'REQUIREMENT_MISSING', requirement: 'signing' },
    });
    expect(checkTransition(base('land_secured'), { ...full('started'), evidenceCount: 0 })).toEqual({
      ok: false,
      denial: { code: 'REQUIREMENT_MISSING', requirement: 'evidence' },
    });
    expect(checkTransition(base('signed'), { ...full('terminated'), reason: '   ' })).toEqual({
      ok: false,
      denial: { code: 'REQUIREMENT_MISSING', requirement: 'reason' },
    });
    expect(
      checkTransition(base('lead'), {
        ...full('negotiating'),
        reason: null,
        evidenceCount: 0,
        hasSigning: false,
      }).ok,
    ).toBe(true);
  });

  it('refuses dates in the future or before the previous step', () => {
    expect(checkTransition(base('lead'), { ...full('negotiating'), date: '2026-03-02' })).toEqual({
      ok: false,
      denial: { code: 'DATE_IN_FUTURE', date: '2026-03-02', today: '2026-03-01' },
    });
    expect(checkTransition(base('lead'), { ...full('negotiating'), date: '2025-12-31' })).toEqual({
      ok: false,
      denial: { code: 'DATE_BEFORE_PREVIOUS', date: '2025-12-31', previous: '2026-01-01' },
    });
    expect(checkTransition(base('lead'), { ...full('negotiating'), date: '2026-01-01' }).ok).toBe(true);
  });

  it('offers nothing from the final stages', () => {
    expect(availableTransitions(base('terminated'))).toEqual([]);
    expect(availableTransitions(base('at_capacity'))).toEqual([]);
  });
});
