import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingSteps } from '../test/evaluation-fixtures';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type View = {
  id: string;
  sites: {
    id: string;
    name: string;
    score: string | null;
    dropped: boolean;
    myMarks: Record<string, string> | null;
  }[];
  units: { unitId: string; score: string | null }[];
};

/** 半年观摩: three judges score three sites on a phone; the scores feed a method's indicator. */
describe('half-year inspection', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let ducha: string;
  let view: View;
  const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const idOf = async (who: string) => (await api(who, 'GET', '/api/auth/me')).json().user.id as string;
  const score = (who: string, site: number, progress: string, investment: string) =>
    api(who, 'PUT', `/api/inspections/${view.id}/sites/${view.sites[site]?.id}/score`, {
      marks: { progress, investment },
    });

  beforeAll(async () => {
    t = await startTestApp();
    [admin, leader, ducha] = await Promise.all([t.login('admin'), t.login('leader'), t.login('ducha')]);
    const wancheng = await t.login('wancheng');
    const dengzhou = await t.login('dengzhou');
    /** Sites are signed projects: each is taken to 签约 through the lifecycle API. */
    const signed = async (who: string, over: Record<string, unknown>) => {
      const p = (await api(who, 'POST', '/api/projects', projectBody(over))).json<{
        id: string;
        version: number;
      }>();
      let version = p.version;
      for (const body of signingSteps('2026-04-28', projectBody(over).totalInvestment)) {
        const res = await api(who, 'POST', `/api/projects/${p.id}/transitions`, { version, ...body });
        expect(res.statusCode, res.body).toBe(200);
        version = res.json().version;
      }
      return p.id;
    };
    const p1 = await signed(wancheng, { name: '宛城观摩一' });
    const p2 = await signed(wancheng, { name: '宛城观摩二', investorName: '某二公司' });
    const p3 = await signed(dengzhou, { name: '邓州观摩', regionId: '411381', investorName: '某三公司' });
    // A lead is no site: refused, naming the entry.
    const lead = (
      await api(
        wancheng,
        'POST',
        '/api/projects',
        projectBody({ name: '宛城在谈项目', investorName: '某四公司' }),
      )
    ).json().id;
    const refused = await api(admin, 'POST', '/api/inspections', {
      name: '含在谈项目的观摩',
      period: '2026H1',
      groupId: 'counties',
      sheet: [{ key: 'progress', name: '项目进度', max: '100' }],
      judgeIds: [await idOf(leader)],
      projectIds: [p1, lead],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ path: 'body.projectIds.1', code: 'not_signed' });
    const made = await api(admin, 'POST', '/api/inspections', {
      name: '2026年上半年项目建设观摩',
      period: '2026H1',
      groupId: 'counties',
      sheet: [
        { key: 'progress', name: '项目进度', max: '60' },
        { key: 'investment', name: '投资强度', max: '40' },
      ],
      dropExtremes: true,
      judgeIds: [await idOf(admin), await idOf(leader), await idOf(ducha)],
      projectIds: [p1, p2, p3],
    });
    expect(made.statusCode, made.body).toBe(201);
    view = made.json<View>();
    // The judges are told, in the app, with the way to the scoring page.
    const told = (await api(leader, 'GET', '/api/notifications')).json<{
      items: { title: string; link: string }[];
    }>();
    expect(told.items).toContainEqual(
      expect.objectContaining({
        title: '观摩评分：2026年上半年项目建设观摩',
        link: `/inspections/${view.id}`,
      }),
    );
    // The judges keep the order the city listed them in.
    expect(made.json().judges.map((j: { displayName: string }) => j.displayName)).toEqual([
      '市投资促进局 管理员',
      '分管副市长',
      '市委督查室',
    ]);
  });
  afterAll(() => t.close());

  it('takes marks within the sheet only, from the judges only', async () => {
    const over = await score(leader, 0, '61', '30');
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({
      code: 'INSPECTION_SCORE_INVALID',
      details: [{ path: 'body.marks.progress', message: '61 is not within 0–60' }],
    });
    const stranger = await api(
      await t.login('wancheng'),
      'PUT',
      `/api/inspections/${view.id}/sites/${view.sites[0]?.id}/score`,
      {
        marks: { progress: '50', investment: '30' },
      },
    );
    expect(stranger.statusCode).toBe(403);
  });

  it('aggregates: site means with the extremes dropped, county means of their sites', async () => {
    // Site 1 (宛城): 90, 80, 70 → 80 with the extremes dropped; site 2 (宛城): 85, 95, 75 → 85; 邓州: 60, 70, 100 → 70.
    for (const [who, marks] of [
      [
        admin,
        [
          ['50', '40'],
          ['50', '35'],
          ['30', '30'],
        ],
      ],
      [
        leader,
        [
          ['45', '35'],
          ['55', '40'],
          ['40', '30'],
        ],
      ],
      [
        ducha,
        [
          ['40', '30'],
          ['45', '30'],
          ['60', '40'],
        ],
      ],
    ] as const) {
      for (let i = 0; i < 3; i++) {
        const m = marks[i] as readonly [string, string];
        expect((await score(who, i, m[0], m[1])).statusCode).toBe(200);
      }
    }
    view = (await api(admin, 'GET', `/api/inspections/${view.id}`)).json<View>();
    expect(view.sites.map((s) => [s.name, s.score, s.dropped])).toEqual([
      ['宛城观摩一', '80.00', true],
      ['宛城观摩二', '85.00', true],
      ['邓州观摩', '70.00', true],
    ]);
    expect(view.units).toEqual([
      { unitId: '411302', unitName: '宛城区', score: '82.50', sites: 2 },
      { unitId: '411381', unitName: '邓州市', score: '70.00', sites: 1 },
    ]);
    const judge = (await api(leader, 'GET', `/api/inspections/${view.id}`)).json<View>();
    expect(judge.sites[0]?.myMarks).toEqual({ progress: '45', investment: '35' });
  });

  it('lists the inspections a caller may open, with progress: the city all, a judge theirs, others none', async () => {
    const list = async (who: string) => (await api(who, 'GET', '/api/inspections')).json().items;
    expect(await list(admin)).toEqual([
      expect.objectContaining({ id: view.id, sites: 3, judges: 3, complete: 3, isJudge: true, mine: 3 }),
    ]);
    expect(await list(leader)).toEqual([expect.objectContaining({ isJudge: true, mine: 3 })]);
    expect(await list(await t.login('wancheng'))).toEqual([]);
  });

  it('feeds a method once closed: the scores become an indicator', async () => {
    expect((await api(admin, 'POST', `/api/inspections/${view.id}/close`)).json().status).toBe('closed');
    expect((await score(leader, 0, '10', '10')).json().error.code).toBe('INSPECTION_CLOSED');
    const method = await api(admin, 'POST', '/api/evaluations/methods', {
      family: 'inspection-test',
      validFrom: '2026-01-01',
      groupIds: ['counties'],
      body: {
        name: '观摩考评',
        totalPoints: '10',
        periodKind: 'half',
        indicators: [
          {
            key: 'site',
            name: '观摩得分',
            metric: 'inspection_score',
            basis: 'level',
            direction: 'positive',
            points: '10',
            normalisation: { kind: 'min_max' },
            target: 'none',
          },
        ],
        rules: [],
      },
    });
    await api(admin, 'POST', `/api/evaluations/methods/${method.json().id}/publish`);
    const result = (
      await api(admin, 'POST', '/api/evaluations/results/compute', { period: '2026H1', groupId: 'counties' })
    ).json();
    const line = (id: string) => result.payload.units.find((u: { unitId: string }) => u.unitId === id);
    // 宛城 82.5 is the highest, 邓州 70; counties without sites count 0: min 0, max 82.5.
    expect(line('411302').indicators[0]).toMatchObject({ raw: '82.5', points: '10.00' });
    expect(line('411381').indicators[0]).toMatchObject({ raw: '70', points: '8.48' });
  });
});
