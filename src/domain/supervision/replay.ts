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

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const digits = (s: string, from: number, n: number) => {
  let v = 0;
  for (let k = from; k < from + n; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
};
/** Milliseconds of an ISO instant; the log's own form (toISOString) is read without Date.parse. */
function ms(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(23) !== 90 || !ISO_UTC.test(iso))
    return Date.parse(iso);
  return Date.UTC(
    digits(iso, 0, 4),
    digits(iso, 5, 2) - 1,
    digits(iso, 8, 2),
    digits(iso, 11, 2),
    digits(iso, 14, 2),
    digits(iso, 17, 2),
    digits(iso, 20, 3),
  );
}
/** The first instant after a deadline day: the window ends there and a target not done by then is breached. */
const limits = new Map<string, number>();
function limitOf(deadline: string): number {
  let limit = limits.get(deadline);
  if (limit === undefined) {
    limit = endOfDayShanghai(deadline) + 1;
    limits.set(deadline, limit);
  }
  return limit;
}

// Small memos: a few thousand distinct days at most, and formatting dates is most of a replay's cost.
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET = 8 * 3_600_000;
const dayNames = new Map<number, string>();
const limitNames = new Map<string, string>();
/** The Asia/Shanghai date of an instant (UTC+8: China has had no daylight saving since 1992). */
function shanghaiDay(instant: number): string {
  const day = Math.floor((instant + SHANGHAI_OFFSET) / DAY_MS);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(day, name);
  }
  return name;
}
/** The instant a deadline day's window ends, as ISO text. */
function limitName(deadline: string): string {
  let name = limitNames.get(deadline);
  if (name === undefined) {
    name = iso(limitOf(deadline));
    limitNames.set(deadline, name);
  }
  return name;
}
const utcDays = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** An instant as ISO text (what toISOString gives), with the day part memoised: replays format many. */
function iso(instant: number): string {
  // Instants between whole milliseconds (75% of a window) read as toISOString reads them: truncated.
  const n = Math.floor(instant);
  const day = Math.floor(n / 86_400_000);
  let date = utcDays.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    utcDays.set(day, date);
  }
  let rest = n - day * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const msec = rest - sec * 1000;
  return `${date}T${pad2(h)}:${pad2(m)}:${pad2(sec)}.${msec < 10 ? `00${msec}` : msec < 100 ? `0${msec}` : msec}Z`;
}

function deadlineOf(cal: OfficialCalendar, s: ClockSettings, t: Open, extraDays: number): string {
  if (t.fixed) return t.fixed;
  return deadlineDate(cal, shanghaiDay(ms(t.opensAt)), t.window, s.mode, extraDays);
}

type Run = { colour: Colour; cursor: number; start: number; yellowAt: number; changes: ColourChange[] };

/** Moves a target's colour on to `until` under the current deadline, noting each change. */
function cross(run: Run, limit: number, deadline: string, until: number) {
  const yellow = run.start + run.yellowAt * (limit - run.start);
  if (run.colour === 'green' && yellow > run.cursor && yellow <= until && yellow < limit) {
    run.colour = 'yellow';
    run.changes.push({
      at: iso(yellow),
      colour: 'yellow',
      cause: { kind: 'threshold', share: run.yellowAt },
    });
  }
  if (run.colour !== 'red' && limit > run.cursor && limit <= until) {
    run.colour = 'red';
    run.changes.push({ at: limitName(deadline), colour: 'red', cause: { kind: 'breach', deadline } });
  }
  run.cursor = Math.max(run.cursor, until);
}

/**
 * A target's colour over time, up to `now`: green when it opens, yellow once `yellowAt` of the
 * window is used, red once its deadline passes; an approved extension moves the deadline (a yellow
 * target may turn green again, a red one stays red); done in time keeps the colour it had (green).
 */
function explain(cal: OfficialCalendar, s: ClockSettings, t: Open, nowMs: number): TargetState {
  const changes: ColourChange[] = [
    { at: t.opensAt, colour: 'green', cause: { kind: 'opened', event: t.openEvent } },
  ];
  let extra = 0;
  let deadline = deadlineOf(cal, s, t, 0);
  let limit = limitOf(deadline);
  const start = ms(t.opensAt);
  const doneMs = t.doneAt ? ms(t.doneAt) : null;
  const stops =
    t.extensions.length === 0
      ? t.doneAt
        ? [{ at: t.doneAt, atMs: doneMs ?? 0, ext: null }]
        : []
      : [
          ...t.extensions.map((e) => ({ at: e.at, atMs: ms(e.at), ext: e })),
          ...(t.doneAt ? [{ at: t.doneAt, atMs: doneMs ?? 0, ext: null }] : []),
        ].sort((a, b) => a.atMs - b.atMs);
  const endMs = doneMs !== null && doneMs < nowMs ? doneMs : nowMs;
  const run: Run = { colour: 'green', cursor: start, start, yellowAt: s.yellowAt, changes };
  for (const stop of stops) {
    if (stop.atMs > endMs) break;
    cross(run, limit, deadline, stop.atMs);
    if (stop.ext) {
      extra += stop.ext.days;
      deadline = deadlineOf(cal, s, t, extra);
      limit = limitOf(deadline);
      if (run.colour === 'yellow') {
        if (stop.atMs < start + s.yellowAt * (limit - start)) {
          run.colour = 'green';
          changes.push({
            at: stop.at,
            colour: 'green',
            cause: { kind: 'extended', event: stop.ext.event, days: stop.ext.days },
          });
        }
      }
    } else if (t.doneEvent !== null) {
      const late = stop.atMs >= limit;
      // Done in time is green whatever it was; done late stays red.
      if (!late) run.colour = 'green';
      changes.push({ at: stop.at, colour: run.colour, cause: { kind: 'done', event: t.doneEvent, late } });
    }
  }
  if (doneMs === null || doneMs > nowMs) cross(run, limit, deadline, nowMs);
  const colour = run.colour;
  const doneAt = doneMs !== null && doneMs <= nowMs ? t.doneAt : null;
  const used = doneAt ? 1 : (nowMs - start) / Math.max(1, limit - start);
  return {
    key: t.key,
    opensAt: t.opensAt,
    deadline,
    doneAt,
    colour,
    breached: colour === 'red',
    used,
    yellowAt: iso(Math.min(limit, Math.ceil(start + s.yellowAt * (limit - start)))),
    breachAt: limitName(deadline),
    changes,
  };
}

const RANK: Record<Colour, number> = { green: 0, yellow: 1, red: 2 };

function openTarget(key: TargetKey, at: string, event: number, window: Window): Open {
  return {
    key,
    opensAt: at,
    window,
    extraDays: 0,
    doneAt: null,
    doneEvent: null,
    extensions: [],
    openEvent: event,
  };
}

function findTarget(targets: Open[], key: TargetKey): Open | undefined {
  for (const t of targets) if (t.key === key) return t;
  return undefined;
}

function markDone(targets: Open[], key: TargetKey, at: string, event: number) {
  const t = findTarget(targets, key);
  if (t && !t.doneAt) {
    t.doneAt = at;
    t.doneEvent = event;
  }
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
  const nowMs = ms(now);
  events.forEach((e, i) => {
    if (ms(e.at) > nowMs) return;
    switch (e.type) {
      case 'assigned': {
        state = 'assigned';
        unitId = e.unitId;
        targets = [
          openTarget('deploy', e.at, i, { days: s.deployDays }),
          openTarget('report', e.at, i, { days: s.reportDays }),
          openTarget(
            'resolve',
            e.at,
            i,
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
        markDone(targets, 'deploy', e.at, i);
        break;
      case 'reported':
        state = 'reported';
        markDone(targets, 'report', e.at, i);
        break;
      case 'extension_requested':
        pending = { days: e.days, at: e.at };
        break;
      case 'extension_approved':
        pending = null;
        findTarget(targets, 'resolve')?.extensions.push({ at: e.at, days: e.days, event: i });
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
        markDone(targets, `step:${e.step}`, e.at, i);
        break;
      }
      case 'resolved':
        state = 'resolved';
        markDone(targets, 'resolve', e.at, i);
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
  const views = targets.map((t) => explain(cal, s, t, nowMs));
  const considered = views.filter((v) => !v.doneAt || v.breached);
  const colour = considered.reduce<Colour>((w, v) => (RANK[v.colour] > RANK[w] ? v.colour : w), 'green');
  return { state, unitId, targets: views, colour, pendingExtension: pending, plan, satisfaction, closedAt };
}
