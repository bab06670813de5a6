import { describe, expect, it } from 'vitest';
import { availableActions, mayAct, type Actor } from './flow';
import type { ItemView, TargetState } from './replay';

const handler: Actor = { role: 'unit_handler', regionId: null, departmentId: 'zrzy' };
const otherHandler: Actor = { role: 'unit_handler', regionId: null, departmentId: 'sthj' };
const officer: Actor = { role: 'county_officer', regionId: '411302', departmentId: null };
const office: Actor = { role: 'supervisor', regionId: null, departmentId: null };
const leader: Actor = { role: 'leader', regionId: null, departmentId: null };
const unit = { kind: 'department' as const, id: 'zrzy' };

const resolveTarget = (breached: boolean) =>
  ({ key: 'resolve', breached, doneAt: null }) as unknown as TargetState;
const view = (over: Partial<ItemView>): ItemView => ({
  state: 'assigned',
  unitId: 'zrzy',
  targets: [resolveTarget(false)],
  colour: 'green',
  pendingExtension: null,
  plan: [],
  satisfaction: null,
  closedAt: null,
  ...over,
});

describe('who may act, and what is offered now', () => {
  it('gives the unit its steps, the office assigning and closing, a leader the extensions', () => {
    expect(mayAct(handler, unit, 'acknowledged')).toBe(true);
    expect(mayAct(otherHandler, unit, 'acknowledged')).toBe(false);
    expect(mayAct(officer, { kind: 'region', id: '411302' }, 'reported')).toBe(true);
    expect(mayAct(officer, unit, 'reported')).toBe(false);
    expect(mayAct(office, unit, 'closed')).toBe(true);
    expect(mayAct(handler, unit, 'closed')).toBe(false);
    expect(mayAct(leader, unit, 'extension_approved')).toBe(true);
    expect(mayAct(office, unit, 'extension_approved')).toBe(false);
  });

  it('offers the main step first, and only what fits the item', () => {
    expect(availableActions(handler, unit, view({ state: 'assigned' }), 'ordinary')).toEqual([
      'acknowledged',
      'returned',
    ]);
    expect(availableActions(handler, unit, view({ state: 'deployed' }), 'ordinary')).toEqual([
      'reported',
      'extension_requested',
    ]);
    // A major item takes a plan; a breached resolve deadline takes no extension request.
    expect(
      availableActions(handler, unit, view({ state: 'deployed', targets: [resolveTarget(true)] }), 'major'),
    ).toEqual(['reported', 'plan_filed']);
    const pending = view({
      state: 'reported',
      pendingExtension: { days: 5, at: '2026-06-01T00:00:00.000Z' },
    });
    expect(availableActions(handler, unit, pending, 'ordinary')).toEqual(['reported', 'resolved']);
    expect(availableActions(leader, unit, pending, 'ordinary')).toEqual([
      'extension_approved',
      'extension_refused',
    ]);
    expect(availableActions(office, unit, view({ state: 'verified' }), 'ordinary')).toEqual(['closed']);
    expect(availableActions(otherHandler, unit, view({ state: 'deployed' }), 'ordinary')).toEqual([]);
  });
});
