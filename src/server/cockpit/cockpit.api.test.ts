import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPng } from '../demo/png';
import { projectBody, startTestApp, uploadFile, type TestApp } from '../test/harness';
import type { CockpitResponse } from './schemas';

type Detail = { id: string; version: number };

/**
 * The cockpit's figures are the records put in through the API, summed exactly; a county officer
 * sees their own county only. The clock stands at 2026-06-15.
 */
describe('cockpit (驾驶舱)', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let wancheng: string;
  let dengzhou: string;
  let ducha: string;
  const ids: Record<string, string> = {};

  const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const get = async (who: string, query = '') => {
    const res = await api(who, 'GET', `/api/cockpit${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CockpitResponse>();
  };
  const move = async (who: string, d: Detail, body: object) => {
    const res = await api(who, 'POST', `/api/projects/${d.id}/transitions`, { version: d.version, ...body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Detail>();
  };
  const sign = async (who: string, over: Record<string, unknown>, date: string) => {
    const created = await api(who, 'POST', '/api/projects', projectBody(over));
    expect(created.statusCode, created.body).toBe(201);
    const d = await move(who, created.json<Detail>(), { to: 'negotiating', date: '2025-10-10' });
    return move(who, d, {
      to: 'signed',
      date,
      signing: { signingType: 'formal', contractedInvestment: over.totalInvestment, startBy: '2026-12-01' },
    });
  };
  const report = async (id: string, month: string, funds: Record<string, string>) => {
    const res = await api(admin, 'PUT', `/api/projects/${id}/reports/${month}`, {
      workDone: '主体施工',
      correctionReason: '补录月报',
      confirmLargeFunds: true,
      ...funds,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    leader = await t.login('leader');
    wancheng = await t.login('wancheng');
    dengzhou = await t.login('dengzhou');
    ducha = await t.login('ducha');
    // 宛城: two projects signed this year, one last year; 邓州: one this year.
    const a = await sign(
      wancheng,
      { name: '宛城甲装备项目', investorName: '上海甲装备有限公司', totalInvestment: '500000000.50' },
      '2026-02-10',
    );
    const b = await sign(
      wancheng,
      {
        name: '宛城乙新材料项目',
        investorName: '北京乙新材科技有限公司',
        totalInvestment: '1200000000',
        landSituation: 'standard_factory',
      },
      '2026-04-28',
    );
    await sign(
      wancheng,
      { name: '宛城丙旧项目', investorName: '杭州丙食品有限公司', totalInvestment: '300000000' },
      '2025-11-28',
    );
    const c = await sign(
      dengzhou,
      {
        name: '邓州丁光电项目',
        regionId: '411381',
        investorName: '深圳丁光电有限公司',
        totalInvestment: '300000000',
      },
      '2026-03-28',
    );
    Object.assign(ids, { a: a.id, b: b.id, c: c.id });
    // Funds: 宛城 1234.567891万 in March + 0.01元 in May; 邓州 200万 in April (+ US$ 5万).
    await report(a.id, '2026-03', { fundsOutOfProvince: '12345678.90' });
    await report(a.id, '2026-05', { fundsLocal: '0.01' });
    await report(c.id, '2026-04', { fundsInProvince: '2000000', fundsForeignUsd: '50000' });
    // 乙 starts on 2026-06-01 (standard factory: no land step), with an on-site photo.
    const registered = await move(wancheng, b, { to: 'registered', date: '2026-05-05' });
    const photo = (
      await uploadFile(t.app, wancheng, b.id, placeholderPng(32, 32, [1, 2, 3]), '开工.png')
    ).json<{ id: string }>();
    await move(wancheng, registered, { to: 'started', date: '2026-06-01', evidenceFileIds: [photo.id] });
    // Two supervision items in 宛城, one in 邓州 (all turn red once their deploy day has passed).
    for (const [who, projectId] of [
      [wancheng, a.id],
      [wancheng, b.id],
      [dengzhou, c.id],
    ] as const) {
      const res = await api(who, 'POST', '/api/supervision/items', {
        title: '用地指标未落实',
        description: '需调剂新增建设用地指标',
        category: 'land',
        source: 'project_blocker',
        projectId,
        unit: { kind: 'department', id: 'zrzy' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('answers the city’s year to date from the records, exactly', async () => {
    const city = await get(leader);
    expect(city).toMatchObject({
      year: 2026,
      today: '2026-06-15',
      region: null,
      signings: {
        count: 3,
        totalInvestment: '2000000000.50',
        contractedInvestment: '2000000000.50',
      },
      funds: { arrived: '14345678.91', arrivedForeignUsd: '50000.00' },
      starts: { count: 1 },
      supervision: { open: 3, red: 0, overdue: 0 },
    });
    expect(city.byMonth.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(city.byMonth.map((m) => [m.signedCount, m.signedAmount, m.fundsArrived, m.starts])).toEqual([
      [0, '0.00', '0.00', 0],
      [1, '500000000.50', '0.00', 0],
      [1, '300000000.00', '12345678.90', 0],
      [1, '1200000000.00', '2000000.00', 0],
      [0, '0.00', '0.01', 0],
      [0, '0.00', '0.00', 1],
    ]);
    // Every county-level unit is on the list; 宛城 and 邓州 carry the figures.
    expect(city.regions).toHaveLength(17);
    expect(city.regions.find((r) => r.regionId === '411302')).toMatchObject({
      regionName: '宛城区',
      signedCount: 2,
      signedAmount: '1700000000.50',
      fundsArrived: '12345678.91',
      starts: 1,
      startRate: '50.00',
      performanceRate: '100.00',
      openItems: 2,
    });
    expect(city.regions.find((r) => r.regionId === '411381')).toMatchObject({
      signedCount: 1,
      signedAmount: '300000000.00',
      fundsArrived: '2000000.00',
      startRate: '0.00',
      openItems: 1,
    });
    expect(city.regions.find((r) => r.regionId === '411321')).toMatchObject({
      signedCount: 0,
      signedAmount: '0.00',
      startRate: null,
    });
  });

  it('agrees with the pages it links to: rates, the delivery overview, the board', async () => {
    const city = await get(leader);
    const rates = (await api(leader, 'GET', '/api/rates?cohort=2026')).json<{
      rates: { key: string; denominatorCount: number; percent: string | null }[];
    }>();
    expect(rates.rates.find((r) => r.key === 'performance')?.denominatorCount).toBe(city.signings.count);
    expect(city.rates.map((r) => r.percent)).toEqual(rates.rates.map((r) => r.percent));
    const overview = (await api(leader, 'GET', '/api/delivery/overview')).json<{
      funds: { arrivedThisYear: string };
    }>();
    expect(overview.funds.arrivedThisYear).toBe(city.funds.arrived);
  });

  it('shows one county to the city when asked', async () => {
    const wc = await get(admin, '?region=411302');
    expect(wc.region).toEqual({ id: '411302', name: '宛城区', kind: 'district' });
    expect(wc.signings).toEqual({
      count: 2,
      totalInvestment: '1700000000.50',
      contractedInvestment: '1700000000.50',
    });
    expect(wc.funds.arrived).toBe('12345678.91');
    expect(wc.byMonth.map((m) => m.signedCount)).toEqual([0, 1, 0, 1, 0, 0]);
    expect(wc.rates.find((r) => r.key === 'start')?.percent).toBe('50.00');
    expect(wc.supervision.open).toBe(2);
    // The map still shows every county.
    expect(wc.regions).toHaveLength(17);
    // The city itself means the whole city; an unknown region is refused.
    expect((await get(admin, '?region=411300')).region).toBeNull();
    const bad = await api(admin, 'GET', '/api/cockpit?region=999999');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.region');
  });

  it('gives a county officer their own county only, whatever the parameter says', async () => {
    const own = await get(dengzhou);
    expect(own.region).toEqual({ id: '411381', name: '邓州市', kind: 'county_city' });
    expect(own.signings).toMatchObject({ count: 1, totalInvestment: '300000000.00' });
    expect(own.funds).toEqual({ arrived: '2000000.00', arrivedForeignUsd: '50000.00' });
    expect(own.starts.count).toBe(0);
    expect(own.supervision.open).toBe(1);
    expect(own.regions.map((r) => [r.regionId, r.openItems])).toEqual([['411381', 1]]);
    expect(own.byMonth.map((m) => m.fundsArrived)).toEqual([
      '0.00',
      '0.00',
      '0.00',
      '2000000.00',
      '0.00',
      '0.00',
    ]);
    expect((await get(dengzhou, '?region=411381')).signings.count).toBe(1);
    const other = await api(dengzhou, 'GET', '/api/cockpit?region=411302');
    expect(other.statusCode).toBe(403);
    expect(other.json().error.details[0].path).toBe('querystring.region');
    expect(JSON.stringify(own)).not.toContain('宛城甲装备项目');
  });

  it('looks at an earlier year, refuses a later one, and needs a business role', async () => {
    const last = await get(leader, '?year=2025');
    expect(last.signings).toMatchObject({ count: 1, totalInvestment: '300000000.00' });
    expect(last.byMonth).toHaveLength(12);
    expect(last.funds.arrived).toBe('0.00');
    expect((await api(leader, 'GET', '/api/cockpit?year=2027')).statusCode).toBe(400);
    expect((await api(await t.login('auditor'), 'GET', '/api/cockpit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/cockpit' })).statusCode).toBe(401);
  });

  it('has chain coverage even without chains', async () => {
    const city = await get(leader);
    expect(city.chains).toMatchObject({ chains: 0, nodes: 0, covered: 0 });
  });

  it('shows the latest published ranking; a county sees its own line in it', async () => {
    const method = await api(admin, 'POST', '/api/evaluations/methods', {
      family: 'cockpit-test',
      validFrom: '2026-01-01',
      groupIds: ['counties'],
      body: {
        name: '驾驶舱测试考评办法',
        totalPoints: '100',
        periodKind: 'quarter',
        indicators: [
          {
            key: 'count',
            name: '签约项目数',
            metric: 'signed_count',
            basis: 'level',
            direction: 'positive',
            points: '100',
            normalisation: { kind: 'efficacy', floor: '0.6' },
            target: 'none',
          },
        ],
        rules: [],
        outcomes: { commend: 1, pledge: 1 },
      },
    });
    expect(method.statusCode, method.body).toBe(201);
    await api(admin, 'POST', `/api/evaluations/methods/${method.json().id}/publish`);
    const draft = await api(admin, 'POST', '/api/evaluations/results/compute', {
      period: '2026Q2',
      groupId: 'counties',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await get(leader)).rankings).toEqual([]);
    await api(admin, 'POST', `/api/evaluations/results/${draft.json().id}/publish`, {});

    const city = await get(leader);
    expect(city.rankings).toHaveLength(1);
    const [ranking] = city.rankings;
    expect(ranking).toMatchObject({ groupId: 'counties', groupName: '县市区', period: '2026Q2', version: 1 });
    expect(ranking?.units).toHaveLength(13);
    expect(ranking?.units[0]).toMatchObject({ unitId: '411302', rank: 1, outcome: 'commended' });
    const own = await get(dengzhou);
    expect(own.rankings.map((r) => [r.unitCount, r.units.map((u) => u.unitId)])).toEqual([[13, ['411381']]]);
  });

  it('counts the red items as the board does (last: it moves the clock)', async () => {
    // Three days on, the deploy targets (due 2026-06-16) are breached: every open item is red.
    t.clock.advance(3 * 86_400_000);
    ducha = await t.login('ducha');
    const later = await get(ducha);
    const board = (await api(ducha, 'GET', '/api/supervision/items?state=open&colour=red')).json<{
      total: number;
    }>();
    expect(board.total).toBe(3);
    expect(later.supervision).toEqual({ open: 3, red: board.total, overdue: 3 });
    const wc = (await api(ducha, 'GET', '/api/supervision/items?state=open&colour=red&region=411302')).json<{
      total: number;
    }>();
    expect((await get(ducha, '?region=411302')).supervision.red).toBe(wc.total);
    expect(later.regions.find((r) => r.regionId === '411302')?.redItems).toBe(2);
  });
});
