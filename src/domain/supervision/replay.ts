import { shanghaiDate } from '../time';
import type { OfficialCalendar } from './calendar';
import { deadlineDate, endOfDayShanghai, type Window } from './deadlines';
import type { ItemEvent, ItemFacts } from './events';
import type { ClockSettings, ItemState } from './items';

export type Colour = 'green' | 'yellow' | 'red';
export type TargetKey = 'deploy' | 'report' | 'resolve' | `step:${number}`;

/** Why a target's colour changed: an event of the log (by its index) or the passing of time. */
export type ColourChange = {
  at: string;
  colour: Colour;
  cause:
    | { kind: 'opened'; event: number }
    | { kind: 'threshold'; share: number }
    | { kind: 'breach'; deadline: string }
    | { kind: 'extended'; event: number; days: number }
    | { kind: 'done'; event: number; late: boolean };
};

export type TargetState = {
  key: TargetKey;
  opensAt: string;
  /** The last day of the window (after any extension), YYYY-MM-DD, ending 23:59:59 Asia/Shanghai. */
  deadline: string;
  doneAt: string | null;
  colour: Colour;
  /** Breached: red for good, even once the work is done. */
  breached: boolean;
  /** Share of the window used at `now` (≥ 1 once past the deadline); 1 when done. */
  used: number;
  /** When it turns (or turned) yellow and red under the current deadline, if not done before. */
  yellowAt: string;
  breachAt: string;
  changes: ColourChange[];
};

export type ItemView = {
  state: ItemState;
  unitId: string | null;
  targets: TargetState[];
  /** The worst colour of the open targets (green when none is open and none was breached). */
  colour: Colour;
  pendingExtension: { days: number; at: string } | null;
  plan: { title: string; due: string; doneAt: string | null }[];
  satisfaction: number | null;
  closedAt: string | null;
};

type Open = {
  key: TargetKey;
  opensAt: string;
  window: Window;
  extraDays: number;
  /** Fixed deadline (plan steps), instead of a window. */
  fixed?: string;
  doneAt: string | null;
  doneEvent: number | null;
  extensions: { at: string; days: number; event: number }[];
  openEvent: number;
};

const ms = (iso: string) => Date.parse(iso);
/** The first instant after a deadline day: the window ends there and a target not done by then is breached. */
const limitOf = (deadline: string) => endOfDayShanghai(deadline) + 1;
const iso = (n: number) => new Date(n).toISOString();

function deadlineOf(cal: OfficialCalendar, s: ClockSettings, t: Open, extraDays: number): string {
  if (t.fixed) return t.fixed;
  return deadlineDate(cal, shanghaiDate(new Date(t.opensAt)), t.window, s.mode, extraDays);
}

/**
 * A target's colour over time, up to `now`: green when it opens, yellow once `yellowAt` of the
 * window is used, red once its deadline passes; an approved extension moves the deadline (a yellow
 * target may turn green again, a red one stays red); done in time keeps the colour it had (green).
 */
function explain(cal: OfficialCalendar, s: ClockSettings, t: Open, now: string): TargetState {
  const changes: ColourChange[] = [
    { at: t.opensAt, colour: 'green', cause: { kind: 'opened', event: t.openEvent } },
  ];
  let colour = 'green' as Colour;
  let extra = 0;
  let deadline = deadlineOf(cal, s, t, 0);
  const start = ms(t.opensAt);
  const stops = [
    ...t.extensions.map((e) => ({ at: e.at, ext: e })),
    ...(t.doneAt ? [{ at: t.doneAt, ext: null }] : []),
  ].sort((a, b) => ms(a.at) - ms(b.at));
  const end = t.doneAt && ms(t.doneAt) < ms(now) ? t.doneAt : now;
  let cursor = start;
  const cross = (until: number) => {
    const limit = limitOf(deadline);
    const yellow = start + s.yellowAt * (limit - start);
    if (colour === 'green' && yellow > cursor && yellow <= until && yellow < limit) {
      colour = 'yellow';
      changes.push({ at: iso(yellow), colour, cause: { kind: 'threshold', share: s.yellowAt } });
    }
    if (colour !== 'red' && limit > cursor && limit <= until) {
      colour = 'red';
      changes.push({ at: iso(limit), colour, cause: { kind: 'breach', deadline } });
    }
    cursor = Math.max(cursor, until);
  };
  for (const stop of stops) {
    if (ms(stop.at) > ms(end)) break;
    cross(ms(stop.at));
    if (stop.ext) {
      extra += stop.ext.days;
      deadline = deadlineOf(cal, s, t, extra);
      if (colour === 'yellow') {
        if (ms(stop.at) < start + s.yellowAt * (limitOf(deadline) - start)) {
          colour = 'green';
          changes.push({
            at: stop.at,
            colour,
            cause: { kind: 'extended', event: stop.ext.event, days: stop.ext.days },
          });
        }
      }
    } else if (t.doneEvent !== null) {
      const late = ms(stop.at) >= limitOf(deadline);
      // Done in time is green whatever it was; done late stays red.
      if (!late) colour = 'green';
      changes.push({ at: stop.at, colour, cause: { kind: 'done', event: t.doneEvent, late } });
    }
  }
  if (!t.doneAt || ms(t.doneAt) > ms(now)) cross(ms(now));
  const doneAt = t.doneAt && ms(t.doneAt) <= ms(now) ? t.doneAt : null;
  const used = doneAt ? 1 : (ms(now) - start) / Math.max(1, limitOf(deadline) - start);
  return {
    key: t.key,
    opensAt: t.opensAt,
    deadline,
    doneAt,
    colour,
    breached: colour === 'red',
    used,
    yellowAt: iso(Math.min(limitOf(deadline), Math.ceil(start + s.yellowAt * (limitOf(deadline) - start)))),
    breachAt: iso(limitOf(deadline)),
    changes,
  };
}

export type ReplayInput = { facts: ItemFacts; events: readonly ItemEvent[]; now: string };

/**
 * Replays an item's event log into its state and the state of each target as of `now`. Events are
 * taken in order; the caller has checked each when it was appended (`checkEvent`). A return ends the
 * wrong unit's targets (they no longer count); the next assignment opens fresh windows.
 */
export function replay(cal: OfficialCalendar, s: ClockSettings, input: ReplayInput): ItemView {
  const { facts, events, now } = input;
  let state: ItemState = 'assigned';
  let unitId: string | null = null;
  let targets: Open[] = [];
  let pending: { days: number; at: string } | null = null;
  let plan: { title: string; due: string; doneAt: string | null }[] = [];
  let satisfaction: number | null = null;
  let closedAt: string | null = null;
  const target = (key: TargetKey) => targets.find((t) => t.key === key);
  const done = (key: TargetKey, at: string, i: number) => {
    const t = target(key);
    if (t && !t.doneAt) {
      t.doneAt = at;
      t.doneEvent = i;
    }
  };
  events.forEach((e, i) => {
    if (ms(e.at) > ms(now)) return;
    switch (e.type) {
      case 'assigned': {
        state = 'assigned';
        unitId = e.unitId;
        const open = (key: TargetKey, window: Window): Open => ({
          key,
          opensAt: e.at,
          window,
          extraDays: 0,
          doneAt: null,
          doneEvent: null,
          extensions: [],
          openEvent: i,
        });
        targets = [
          open('deploy', { days: s.deployDays }),
          open('report', { days: s.reportDays }),
          open(
            'resolve',
            facts.weight === 'major' ? { months: s.majorResolveMonths } : { days: s.resolveDays },
          ),
        ];
        plan = [];
        pending = null;
        break;
      }
      case 'acknowledged':
        state = 'acknowledged';
        break;
      case 'returned':
        state = 'returned';
        targets = [];
        break;
      case 'deployed':
        state = 'deployed';
        done('deploy', e.at, i);
        break;
      case 'reported':
        state = 'reported';
        done('report', e.at, i);
        break;
      case 'extension_requested':
        pending = { days: e.days, at: e.at };
        break;
      case 'extension_approved':
        pending = null;
        target('resolve')?.extensions.push({ at: e.at, days: e.days, event: i });
        break;
      case 'extension_refused':
        pending = null;
        break;
      case 'plan_filed':
        plan = e.steps.map((st) => ({ ...st, doneAt: null }));
        targets = targets.filter((t) => !t.key.startsWith('step:'));
        e.steps.forEach((st, k) =>
          targets.push({
            key: `step:${k}`,
            opensAt: e.at,
            window: { days: 0 },
            extraDays: 0,
            fixed: st.due,
            doneAt: null,
            doneEvent: null,
            extensions: [],
            openEvent: i,
          }),
        );
        break;
      case 'step_done': {
        const st = plan[e.step];
        if (st && !st.doneAt) st.doneAt = e.at;
        done(`step:${e.step}`, e.at, i);
        break;
      }
      case 'resolved':
        state = 'resolved';
        done('resolve', e.at, i);
        break;
      case 'verified':
        state = 'verified';
        satisfaction = e.satisfaction;
        break;
      case 'closed':
        state = 'closed';
        closedAt = e.at;
        break;
    }
  });
  const views = targets.map((t) => explain(cal, s, t, now));
  const rank: Record<Colour, number> = { green: 0, yellow: 1, red: 2 };
  const considered = views.filter((v) => !v.doneAt || v.breached);
  const colour = considered.reduce<Colour>((w, v) => (rank[v.colour] > rank[w] ? v.colour : w), 'green');
  return { state, unitId, targets: views, colour, pendingExtension: pending, plan, satisfaction, closedAt };
}
