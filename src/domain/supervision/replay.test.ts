import { describe, expect, it } from 'vitest';
import type { ItemEvent, ItemFacts } from './events';
import { checkEvent } from './flow';
import { DEFAULT_CLOCK } from './items';
import { OFFICIAL_CALENDAR as CAL } from './official-data';
import { replay, type ItemView } from './replay';

const ordinary: ItemFacts = { weight: 'ordinary', createdAt: '2026-04-28T01:00:00.000Z' };
const view = (events: ItemEvent[], now: string, facts = ordinary, s = DEFAULT_CLOCK) =>
  replay(CAL, s, { facts, events, now });
const target = (v: ItemView, key: string) => v.targets.find((t) => t.key === key);
const story = (v: ItemView, key: string) =>
  target(v, key)?.changes.map((c) => `${c.at.slice(0, 16)} ${c.colour} ${c.cause.kind}`);

/** An ordinary item assigned Tue 28 Apr 2026 10:00 (02:00Z), calendar days. Times below are UTC. */
const assigned: ItemEvent = { type: 'assigned', at: '2026-04-28T02:00:00.000Z', unitId: 'zrzy' };

describe('replaying an item’s event log', () => {
  it('tells each target’s colour and why: on time, near the deadline, extended, done', () => {
    const v = view(
      [
        assigned,
        { type: 'acknowledged', at: '2026-04-28T03:00:00.000Z' },
        // deploy by Wed 29 Apr (window to 29 Apr 16:00Z = 38 h; yellow after 28.5 h = 29 Apr 06:30Z).
        { type: 'deployed', at: '2026-04-29T01:00:00.000Z' },
        // report by Fri 1 May (86 h; yellow after 64.5 h = 30 Apr 18:30Z): reported after it turned yellow.
        { type: 'reported', at: '2026-05-01T01:00:00.000Z', note: '已现场踏勘' },
        {
          type: 'extension_requested',
          at: '2026-05-03T02:00:00.000Z',
          days: 5,
          reason: '需市政府常务会研究',
        },
        // resolve by Tue 5 May (182 h; yellow after 136.5 h = 3 May 18:30Z); +5 days → Sun 10 May
        // (302 h; yellow after 226.5 h = 7 May 12:30Z): the extension turns it green again.
        { type: 'extension_approved', at: '2026-05-04T01:00:00.000Z', days: 5 },
        { type: 'resolved', at: '2026-05-09T07:00:00.000Z', note: '用地指标已调剂到位' },
        { type: 'verified', at: '2026-05-11T02:00:00.000Z', satisfaction: 5 },
        { type: 'closed', at: '2026-05-12T02:00:00.000Z' },
      ],
      '2026-05-20T00:00:00.000Z',
    );
    expect(v.state).toBe('closed');
    expect(v.colour).toBe('green');
    expect(target(v, 'deploy')).toMatchObject({ deadline: '2026-04-29', colour: 'green', breached: false });
    expect(story(v, 'deploy')).toEqual(['2026-04-28T02:00 green opened', '2026-04-29T01:00 green done']);
    expect(story(v, 'report')).toEqual([
      '2026-04-28T02:00 green opened',
      '2026-04-30T18:30 yellow threshold',
      '2026-05-01T01:00 green done',
    ]);
    expect(target(v, 'resolve')?.deadline).toBe('2026-05-10');
    expect(story(v, 'resolve')).toEqual([
      '2026-04-28T02:00 green opened',
      '2026-05-03T18:30 yellow threshold',
      '2026-05-04T01:00 green extended',
      '2026-05-07T12:30 yellow threshold',
      '2026-05-09T07:00 green done',
    ]);
    expect(v.satisfaction).toBe(5);
  });

  it('writes instants between whole milliseconds as toISOString does (truncated)', () => {
    // Assigned at .001 s: the deploy window is 38 h less 1 ms, so 75% of it falls mid-millisecond.
    const odd: ItemEvent = { type: 'assigned', at: '2026-04-28T02:00:00.001Z', unitId: 'zrzy' };
    const v = view([odd], '2026-04-29T12:00:00.000Z', { ...ordinary, createdAt: odd.at });
    const deploy = target(v, 'deploy');
    const start = Date.parse(odd.at);
    const limit = Date.parse('2026-04-29T16:00:00.000Z');
    const yellow = start + 0.75 * (limit - start);
    expect(yellow % 1).not.toBe(0);
    expect(deploy?.changes.map((c) => c.at)).toEqual([odd.at, new Date(Math.floor(yellow)).toISOString()]);
    for (const c of deploy?.changes ?? []) expect(new Date(c.at).toISOString()).toBe(c.at);
  });

  it('turns a missed deadline red, and red stays after the work is done late', () => {
    const events: ItemEvent[] = [assigned, { type: 'acknowledged', at: '2026-04-28T03:00:00.000Z' }];
    const midway = view(events, '2026-04-29T08:00:00.000Z');
    expect(target(midway, 'deploy')).toMatchObject({ colour: 'yellow' });
    expect(target(midway, 'report')).toMatchObject({ colour: 'green' });
    expect(midway.colour).toBe('yellow');
    const late = view(
      [...events, { type: 'deployed', at: '2026-05-02T02:00:00.000Z' }],
      '2026-05-06T00:00:00.000Z',
    );
    expect(story(late, 'deploy')).toEqual([
      '2026-04-28T02:00 green opened',
      '2026-04-29T06:30 yellow threshold',
      '2026-04-29T16:00 red breach',
      '2026-05-02T02:00 red done',
    ]);
    expect(target(late, 'deploy')).toMatchObject({ breached: true, doneAt: '2026-05-02T02:00:00.000Z' });
    expect(target(late, 'resolve')).toMatchObject({ colour: 'red', deadline: '2026-05-05' });
    expect(late.colour).toBe('red');
  });

  it('counts working days across National Day 2024 and ignores what is after `now`', () => {
    const s = { ...DEFAULT_CLOCK, mode: 'working' as const };
    // Assigned Mon 30 Sep 09:00: 1 working day → Tue 8 Oct, 3 → Thu 10 Oct, 7 → Tue 15 Oct (Sat 12 Oct is made up).
    const e: ItemEvent[] = [
      { type: 'assigned', at: '2024-09-30T01:00:00.000Z', unitId: 'sthj' },
      { type: 'acknowledged', at: '2024-10-09T01:00:00.000Z' },
    ];
    const v = view(e, '2024-10-05T00:00:00.000Z', ordinary, s);
    expect(v.targets.map((t) => [t.key, t.deadline, t.colour])).toEqual([
      ['deploy', '2024-10-08', 'green'],
      ['report', '2024-10-10', 'green'],
      ['resolve', '2024-10-15', 'green'],
    ]);
    expect(v.state).toBe('assigned');
  });

  it('gives a major item a month, then holds its plan steps to their dates', () => {
    const major = { weight: 'major' as const, createdAt: '2026-03-10T01:00:00.000Z' };
    const v = view(
      [
        { type: 'assigned', at: '2026-03-10T02:00:00.000Z', unitId: 'zrzy' },
        { type: 'acknowledged', at: '2026-03-10T03:00:00.000Z' },
        { type: 'deployed', at: '2026-03-10T08:00:00.000Z' },
        { type: 'reported', at: '2026-03-12T08:00:00.000Z', note: '征迁方案报批中' },
        {
          type: 'plan_filed',
          at: '2026-04-01T02:00:00.000Z',
          steps: [
            { title: '完成征迁补偿协议签订', due: '2026-04-20' },
            { title: '完成场地移交', due: '2026-05-31' },
          ],
        },
        { type: 'step_done', at: '2026-04-25T02:00:00.000Z', step: 0 },
      ],
      '2026-05-01T00:00:00.000Z',
      major,
    );
    expect(v.targets.map((t) => [t.key, t.deadline, t.colour])).toEqual([
      ['deploy', '2026-03-11', 'green'],
      ['report', '2026-03-13', 'green'],
      ['resolve', '2026-04-10', 'red'],
      ['step:0', '2026-04-20', 'red'],
      ['step:1', '2026-05-31', 'green'],
    ]);
    expect(v.plan[0]?.doneAt).toBe('2026-04-25T02:00:00.000Z');
  });
});

describe('the flow refuses what is out of order', () => {
  const base = [assigned];
  const check = (events: ItemEvent[], e: ItemEvent, facts = ordinary) =>
    checkEvent(
      CAL,
      DEFAULT_CLOCK,
      facts,
      events.length ? view(events, e.at, facts) : null,
      events.at(-1) ?? null,
      e,
    );

  it('a report before the acknowledgement', () => {
    expect(check(base, { type: 'reported', at: '2026-04-28T05:00:00.000Z', note: 'x' })).toMatchObject({
      code: 'ACTION_OUT_OF_ORDER',
      state: 'assigned',
    });
  });
  it('a return after its 1-day window, and one within it', () => {
    expect(
      check(base, { type: 'returned', at: '2026-04-29T15:00:00.000Z', reason: '非我单位职责' }),
    ).toBeNull();
    expect(check(base, { type: 'returned', at: '2026-04-29T16:00:00.000Z', reason: '非我单位职责' })).toEqual(
      {
        code: 'RETURN_TOO_LATE',
        deadline: '2026-04-29',
      },
    );
  });
  it('an extension after the deadline, or a second one while one is pending', () => {
    const acked: ItemEvent[] = [...base, { type: 'acknowledged', at: '2026-04-28T03:00:00.000Z' }];
    expect(
      check(acked, { type: 'extension_requested', at: '2026-05-05T16:00:00.000Z', days: 3, reason: '延期' }),
    ).toMatchObject({ code: 'EXTENSION_AFTER_DEADLINE', deadline: '2026-05-05' });
    const pending: ItemEvent[] = [
      ...acked,
      { type: 'extension_requested', at: '2026-05-01T00:00:00.000Z', days: 3, reason: '延期' },
    ];
    expect(
      check(pending, {
        type: 'extension_requested',
        at: '2026-05-02T00:00:00.000Z',
        days: 3,
        reason: '再延',
      }),
    ).toEqual({ code: 'EXTENSION_PENDING' });
  });
  it('a plan step dated before its predecessor, and a plan for an ordinary item', () => {
    const major = { weight: 'major' as const, createdAt: assigned.at };
    const deployed: ItemEvent[] = [
      ...base,
      { type: 'acknowledged', at: '2026-04-28T03:00:00.000Z' },
      { type: 'deployed', at: '2026-04-28T04:00:00.000Z' },
    ];
    const plan: ItemEvent = {
      type: 'plan_filed',
      at: '2026-05-02T02:00:00.000Z',
      steps: [
        { title: '一', due: '2026-05-20' },
        { title: '二', due: '2026-05-10' },
      ],
    };
    expect(check(deployed, plan, major)).toEqual({
      code: 'PLAN_STEPS_OUT_OF_ORDER',
      step: 1,
      due: '2026-05-10',
      previous: '2026-05-20',
    });
    expect(check(deployed, plan)).toEqual({ code: 'PLAN_ONLY_FOR_MAJOR' });
  });
});
