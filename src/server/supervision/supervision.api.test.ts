import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Item = {
  id: string;
  state: string;
  colour: string;
  targets: {
    key: string;
    deadline: string;
    colour: string;
    changes: { colour: string; cause: { kind: string } }[];
  }[];
  events: { type: string; actorName: string }[];
};

/** The 13710 flow through the API, with the test clock: Mon 15 Jun 2026 10:00 Shanghai (02:00Z). */
describe('supervision items', () => {
  let t: TestApp;
  let wancheng: string;
  let zrzy: string;
  let ducha: string;
  let leader: string;
  let item: Item;
  const hour = 3_600_000;

  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const act = async (cookie: string, body: Record<string, unknown>) =>
    api('POST', `/api/supervision/items/${item.id}/events`, cookie, body);
  const target = (key: string) => item.targets.find((x) => x.key === key);

  /** The clock moves by days here: log everyone in again after it does (sessions expire when idle). */
  const loginAll = async () => {
    wancheng = await t.login('wancheng');
    zrzy = await t.login('zrzy');
    ducha = await t.login('ducha');
    leader = await t.login('leader');
  };

  beforeAll(async () => {
    t = await startTestApp();
    await loginAll();
  });
  afterAll(() => t.close());

  it('a county officer raises a land blocker on its project, assigned to 自然资源局', async () => {
    const p = (await api('POST', '/api/projects', wancheng, projectBody())).json<{ id: string }>();
    const res = await api('POST', '/api/supervision/items', wancheng, {
      title: '项目用地指标未落实',
      description: '二期用地80亩需调剂新增建设用地指标',
      category: 'land',
      source: 'project_blocker',
      projectId: p.id,
      unit: { kind: 'department', id: 'zrzy' },
    });
    expect(res.statusCode, res.body).toBe(201);
    item = res.json<Item>();
    expect(item).toMatchObject({ state: 'assigned', colour: 'green' });
    expect(item.targets.map((x) => [x.key, x.deadline])).toEqual([
      ['deploy', '2026-06-16'],
      ['report', '2026-06-18'],
      ['resolve', '2026-06-22'],
    ]);
  });

  it('refuses an action out of order and one by the wrong unit, writing nothing', async () => {
    const early = await act(zrzy, { type: 'reported', note: '已对接' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      error: { code: 'ACTION_OUT_OF_ORDER', params: { state: 'assigned' } },
    });
    const wrong = await act(wancheng, { type: 'acknowledged' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'WRONG_UNIT' } });
    const other = await api('GET', `/api/supervision/items/${item.id}`, await t.login('dengzhou'));
    expect(other.statusCode).toBe(404);
    item = (await api('GET', `/api/supervision/items/${item.id}`, zrzy)).json<Item>();
    expect(item.events.map((e) => e.type)).toEqual(['assigned']);
  });

  it('turns yellow when 75% of the deploy window is used, and the timeline says why', async () => {
    const ack = await act(zrzy, { type: 'acknowledged' });
    expect(ack.statusCode, ack.body).toBe(200);
    // Deploy window: 15 Jun 02:00Z → 16 Jun 16:00Z (38 h): yellow from 16 Jun 06:30Z.
    t.clock.advance(29 * hour);
    await loginAll();
    item = (await api('GET', `/api/supervision/items/${item.id}`, zrzy)).json<Item>();
    expect(item.colour).toBe('yellow');
    expect(target('deploy')?.changes.map((c) => [c.colour, c.cause.kind])).toEqual([
      ['green', 'opened'],
      ['yellow', 'threshold'],
    ]);
    const yellow = (await api('GET', '/api/supervision/items?colour=yellow', ducha)).json<{
      items: { id: string }[];
    }>();
    expect(yellow.items.map((i) => i.id)).toEqual([item.id]);
    const deployed = await act(zrzy, { type: 'deployed', note: '局长专题研究，明确专人负责' });
    item = deployed.json<Item>();
    expect(target('deploy')).toMatchObject({ colour: 'green' });
  });

  it('reports, gets an extension from a leader, resolves, is verified and closed', async () => {
    item = (await act(zrzy, { type: 'reported', note: '已完成指标调剂方案' })).json<Item>();
    const ask = await act(zrzy, { type: 'extension_requested', days: 5, reason: '需省厅批复' });
    expect(ask.statusCode, ask.body).toBe(200);
    expect((await act(zrzy, { type: 'extension_approved', days: 5 })).statusCode).toBe(403);
    item = (await act(leader, { type: 'extension_approved', days: 5 })).json<Item>();
    expect(target('resolve')?.deadline).toBe('2026-06-27');
    expect((await act(zrzy, { type: 'closed' })).statusCode).toBe(403);
    item = (await act(zrzy, { type: 'resolved', note: '指标已批复' })).json<Item>();
    item = (await act(ducha, { type: 'verified', satisfaction: 5, note: '企业回访满意' })).json<Item>();
    const closed = await act(ducha, { type: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    item = closed.json<Item>();
    expect(item).toMatchObject({ state: 'closed', colour: 'green' });
    expect(item.events.map((e) => e.type)).toEqual([
      'assigned',
      'acknowledged',
      'deployed',
      'reported',
      'extension_requested',
      'extension_approved',
      'resolved',
      'verified',
      'closed',
    ]);
  });

  it('shows a unit handler only its department’s items', async () => {
    const other = await api('POST', '/api/supervision/items', ducha, {
      title: '施工用电增容',
      description: '需供电公司增容',
      category: 'utilities',
      source: 'meeting_decision',
      unit: { kind: 'department', id: 'gdj' },
    });
    expect(other.statusCode, other.body).toBe(201);
    const mine = (await api('GET', '/api/supervision/items', zrzy)).json<{ total: number }>();
    expect(mine.total).toBe(1);
    const all = (await api('GET', '/api/supervision/items?state=open', ducha)).json<{ total: number }>();
    expect(all.total).toBe(1);
  });

  it('ranks the units by on-time rate and clearing progress', async () => {
    const res = await api('GET', '/api/supervision/stats', ducha);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ units: unknown[] }>().units).toEqual([
      expect.objectContaining({
        unit: { kind: 'department', id: 'zrzy', name: '市自然资源和规划局' },
        total: 1,
        closed: 1,
        resolvedOnTime: 1,
        onTimeRate: '100.00',
        clearedRate: '100.00',
        rank: 1,
      }),
      expect.objectContaining({
        unit: expect.objectContaining({ id: 'gdj' }),
        open: 1,
        overdue: 0,
        onTimeRate: null,
        clearedRate: '0.00',
        rank: 2,
      }),
    ]);
    const own = (await api('GET', '/api/supervision/stats', zrzy)).json<{
      units: { unit: { id: string } }[];
    }>();
    expect(own.units.map((u) => u.unit.id)).toEqual(['zrzy']);
  });
});
