import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_STATES, type ItemState } from '../../domain/supervision/items';
import { scopeOf, type Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { seedSupervision } from '../demo/supervision';
import { prng } from '../demo/walk';
import { localFileStore } from '../files/store';
import { projectBody, startTestApp, type TestApp } from '../test/harness';
import { UNIT_STATS, type UnitStat } from './stats';

type Unit = { kind: 'department' | 'region'; id: string; name: string };
type UnitLine = {
  unit: Unit;
  total: number;
  open: number;
  closed: number;
  overdue: number;
  resolved: number;
  resolvedOnTime: number;
  late: number;
  onTimeRate: string | null;
  averageDaysToResolve: string | null;
  clearedRate: string | null;
  rank: number;
};
type Summary = {
  id: string;
  state: ItemState;
  colour: 'green' | 'yellow' | 'red';
  unit: Unit;
  nextDeadline: string | null;
};
type Page = {
  items: Summary[];
  total: number;
  page: number;
  pageSize: number;
  countsByState: Record<ItemState, number>;
};

/** The field of a unit's line that each drill-down figure reproduces. */
const FIGURE: Record<UnitStat, keyof UnitLine> = {
  all: 'total',
  open: 'open',
  overdue: 'overdue',
  closed: 'closed',
  resolved: 'resolved',
  onTime: 'resolvedOnTime',
  late: 'late',
};
const RANK = { red: 0, yellow: 1, green: 2 } as const;

/**
 * The statistics page promises that every figure opens exactly the items it counts. On the demo's
 * supervision items (on time, late, extended, returned, major with a plan, open at every stage),
 * seen by the office, a county officer and a department's handler, each drill-down list must
 * have the length of its figure, and the board's counts by state must add up to its total.
 */
describe('unit statistics and their drill-down', () => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-stats-'));

  const get = async <T>(username: string, url: string): Promise<T> => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies.get(username) ?? '' } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json<T>();
  };
  /** Every page of a filtered list. */
  const listAll = async (username: string, query: string) => {
    const items: Summary[] = [];
    for (let page = 1; ; page++) {
      const p = await get<Page>(username, `/api/supervision/items?${query}&pageSize=200&page=${page}`);
      items.push(...p.items);
      if (items.length >= p.total || p.items.length === 0) return { items, total: p.total };
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['ducha', 'wancheng', 'dengzhou', 'zrzy', 'admin']) cookies.set(u, await t.login(u));
    // Signed projects in three counties, for the items raised on projects.
    for (const [user, regionId] of [
      ['wancheng', '411302'],
      ['dengzhou', '411381'],
      ['admin', '411303'],
    ] as const) {
      for (const name of ['智能装备产业园项目', '新材料产业基地项目']) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/projects',
          headers: { cookie: cookies.get(user) ?? '' },
          payload: projectBody({ name: `${regionId}${name}`, regionId }),
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
    const db = t.database.db;
    await db.execute(sql`update projects set signed_on = '2026-01-15'`);
    const users = await rowsOf<{
      id: string;
      username: string;
      display_name: string;
      role: Ctx['principal']['role'];
    }>(db, sql`select id, username, display_name, role from users`);
    const adminRow = users.find((u) => u.username === 'admin');
    if (!adminRow) throw new Error('no admin');
    const principal = {
      id: adminRow.id,
      username: adminRow.username,
      displayName: adminRow.display_name,
      role: adminRow.role,
      regionId: null,
      departmentId: null,
      mustChangePassword: false,
    };
    const admin: Ctx = {
      principal,
      scope: scopeOf(principal),
      actor: { id: adminRow.id, username: adminRow.username, ip: null },
      now: t.clock.now,
    };
    await db.transaction((tx) =>
      seedSupervision(
        { tx, db: tx as unknown as Db, store: localFileStore(dir), now: t.clock.now, rand: prng(13710) },
        admin,
        new Map(users.map((u) => [u.username, u.id])),
        120,
      ),
    );
  }, 120_000);
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the demo gives every figure something to count', async () => {
    const { units } = await get<{ units: UnitLine[] }>('ducha', '/api/supervision/stats');
    expect(units.length).toBeGreaterThanOrEqual(6);
    const sum = (k: keyof UnitLine) => units.reduce((a, u) => a + Number(u[k]), 0);
    expect(sum('total')).toBe(120);
    for (const k of ['open', 'overdue', 'closed', 'resolvedOnTime', 'late'] as const) {
      expect(sum(k), k).toBeGreaterThan(0);
    }
    expect(units.map((u) => u.rank)).toEqual(units.map((_, i) => i + 1));
  });

  for (const username of ['ducha', 'wancheng', 'zrzy']) {
    it(`${username}: every figure of every unit opens exactly the items it counts`, async () => {
      const { units, total: all } = await get<{ units: UnitLine[]; total: UnitLine }>(
        username,
        '/api/supervision/stats',
      );
      expect(units.length).toBeGreaterThan(0);
      for (const line of units) {
        expect(line.resolvedOnTime + line.late).toBe(line.resolved);
        expect(line.open + line.closed).toBe(line.total);
        expect(line.averageDaysToResolve === null).toBe(line.resolved === 0);
        for (const stat of UNIT_STATS) {
          const where = `${line.unit.kind}:${line.unit.id} ${stat}`;
          const { items, total } = await listAll(
            username,
            `unitKind=${line.unit.kind}&unit=${line.unit.id}&stat=${stat}`,
          );
          expect(total, where).toBe(line[FIGURE[stat]]);
          expect(items, where).toHaveLength(total);
          expect(new Set(items.map((i) => i.id)).size, where).toBe(total);
          expect(items.every((i) => i.unit.kind === line.unit.kind && i.unit.id === line.unit.id)).toBe(true);
          if (stat === 'closed')
            expect(
              items.every((i) => i.state === 'closed'),
              where,
            ).toBe(true);
          if (stat === 'open' || stat === 'overdue')
            expect(
              items.every((i) => i.state !== 'closed'),
              where,
            ).toBe(true);
          // An overdue item has a breached open target: it is red now.
          if (stat === 'overdue')
            expect(
              items.every((i) => i.colour === 'red'),
              where,
            ).toBe(true);
        }
      }
      // The total line: the sum over the units, and its own drill-down (no unit).
      for (const stat of UNIT_STATS) {
        const { items, total } = await listAll(username, `stat=${stat}`);
        expect(all[FIGURE[stat]], stat).toBe(units.reduce((a, u) => a + Number(u[FIGURE[stat]]), 0));
        expect(total, stat).toBe(all[FIGURE[stat]]);
        expect(items, stat).toHaveLength(total);
      }
    });
  }

  it('counts by state add up to the total under every filter, and ignore the state filter', async () => {
    const filters = [
      '',
      'colour=red',
      'colour=yellow',
      'category=land',
      'unitKind=department&unit=fgw',
      'region=411302',
      'q=%E7%94%A8%E5%9C%B0', // 用地
      'stat=overdue',
      'mine=true',
    ];
    for (const username of ['ducha', 'wancheng', 'zrzy']) {
      for (const f of filters) {
        const all = await get<Page>(username, `/api/supervision/items?${f}`);
        const sum = ITEM_STATES.reduce((a, s) => a + all.countsByState[s], 0);
        expect(sum, `${username} ${f}`).toBe(all.total);
        const open = await get<Page>(username, `/api/supervision/items?${f}&state=open`);
        expect(open.countsByState).toEqual(all.countsByState);
        expect(open.total).toBe(sum - all.countsByState.closed);
        for (const state of ['assigned', 'reported', 'closed'] as const) {
          const one = await get<Page>(username, `/api/supervision/items?${f}&state=${state}&pageSize=200`);
          expect(one.countsByState).toEqual(all.countsByState);
          expect(one.total).toBe(all.countsByState[state]);
          expect(one.items.every((i) => i.state === state)).toBe(true);
        }
      }
    }
    const red = await get<Page>('ducha', '/api/supervision/items?colour=red&pageSize=200');
    expect(red.total).toBeGreaterThan(0);
    expect(red.items.every((i) => i.colour === 'red')).toBe(true);
  });

  it('lists the most urgent first: red, yellow, then the nearest deadline', async () => {
    const { items } = await listAll('ducha', 'state=open');
    expect(new Set(items.map((i) => i.colour)).size).toBeGreaterThan(1);
    for (let k = 1; k < items.length; k++) {
      const a = items[k - 1];
      const b = items[k];
      if (!a || !b) continue;
      expect(RANK[a.colour]).toBeLessThanOrEqual(RANK[b.colour]);
      if (a.colour === b.colour && b.nextDeadline !== null) {
        expect(a.nextDeadline, `${a.id} before ${b.id}`).not.toBeNull();
        expect((a.nextDeadline ?? '') <= b.nextDeadline).toBe(true);
      }
    }
  });

  it('the board gets the most urgent few of every state in one request', async () => {
    const board = await get<Page>('ducha', '/api/supervision/items?perState=3');
    const full = await listAll('ducha', 'state=open');
    for (const state of ITEM_STATES) {
      const column = board.items.filter((i) => i.state === state);
      expect(column.length, state).toBe(Math.min(3, board.countsByState[state]));
      if (state !== 'closed') {
        const expected = full.items.filter((i) => i.state === state).slice(0, 3);
        expect(column.map((i) => i.id)).toEqual(expected.map((i) => i.id));
      }
    }
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/supervision/items?stat=slow',
      headers: { cookie: cookies.get('ducha') ?? '' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
