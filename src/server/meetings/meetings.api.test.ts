import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Agenda = {
  stalled: { name: string }[];
  newSignings: { name: string; regionId: string }[];
  newLeads: { name: string }[];
  signedNotStarted: { name: string; days: number }[];
  redItems: { code: string }[];
  deadlinesThisWeek: { code: string; key: string; deadline: string }[];
};

/** The weekly meeting (clock at Mon 2026-06-15): an agenda from the records, minutes, decisions made items. */
describe('weekly meeting', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let dengzhou: string;
  const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await startTestApp();
    [admin, wancheng, dengzhou] = await Promise.all([
      t.login('admin'),
      t.login('wancheng'),
      t.login('dengzhou'),
    ]);
    const signed = (
      await api(wancheng, 'POST', '/api/projects', projectBody({ name: '宛城本周签约项目' }))
    ).json();
    let version = signed.version as number;
    for (const body of [
      { to: 'negotiating', date: '2026-06-01' },
      {
        to: 'signed',
        date: '2026-06-10',
        signing: { signingType: 'formal', contractedInvestment: '500000000', startBy: '2026-09-01' },
      },
    ]) {
      version = (
        await api(wancheng, 'POST', `/api/projects/${signed.id}/transitions`, { version, ...body })
      ).json().version;
    }
    const lead = await api(
      wancheng,
      'POST',
      '/api/projects',
      projectBody({ name: '宛城新线索', investorName: '杭州新线索科技有限公司' }),
    );
    expect(lead.statusCode, lead.body).toBe(201);
    const stalled = (
      await api(dengzhou, 'POST', '/api/projects', projectBody({ name: '邓州停滞项目', regionId: '411381' }))
    ).json();
    await api(dengzhou, 'POST', `/api/projects/${stalled.id}/transitions`, {
      version: stalled.version,
      to: 'stalled',
      date: '2026-06-12',
      reason: '企业资金链紧张',
    });
    await api(admin, 'POST', '/api/supervision/items', {
      title: '周例会前的用地问题',
      description: '用地指标',
      category: 'land',
      source: 'leader_instruction',
      unit: { kind: 'department', id: 'zrzy' },
    });
  });
  afterAll(() => t.close());

  it('generates the agenda from the records, within the caller’s scope', async () => {
    const city = (await api(admin, 'GET', '/api/meetings/agenda?date=2026-06-15')).json<Agenda>();
    expect(city.newSignings.map((p) => p.name)).toEqual(['宛城本周签约项目']);
    expect(city.signedNotStarted.map((p) => [p.name, p.days])).toEqual([['宛城本周签约项目', 5]]);
    expect(city.stalled.map((p) => p.name)).toEqual(['邓州停滞项目']);
    expect(city.newLeads.map((p) => p.name)).toEqual(['宛城新线索']);
    // Deploy by 16 Jun, report by 18 Jun, resolve by 22 Jun: the first two fall in the coming week.
    expect(city.deadlinesThisWeek.map((d) => [d.key, d.deadline])).toEqual([
      ['deploy', '2026-06-16'],
      ['report', '2026-06-18'],
    ]);
    const county = (await api(wancheng, 'GET', '/api/meetings/agenda?date=2026-06-15')).json<Agenda>();
    expect(county.stalled).toEqual([]);
    expect(county.newSignings.map((p) => p.regionId)).toEqual(['411302']);
  });

  it('keeps the agenda as called, records minutes, and makes a decision a supervision item in one action', async () => {
    const made = await api(admin, 'POST', '/api/meetings', { heldOn: '2026-06-15' });
    expect(made.statusCode, made.body).toBe(201);
    const m = made.json();
    expect(m.title).toBe('2026年06月15日招商引资周例会');
    const minutes = await api(admin, 'PATCH', `/api/meetings/${m.id}`, {
      version: 1,
      minutes: '一、听取各县区汇报……',
      attendees: '市投资促进局、各县区',
    });
    expect(minutes.json()).toMatchObject({ version: 2, minutes: '一、听取各县区汇报……' });
    const stale = await api(admin, 'PATCH', `/api/meetings/${m.id}`, { version: 1, minutes: 'x' });
    expect(stale.statusCode).toBe(409);
    const decided = await api(admin, 'POST', `/api/meetings/${m.id}/decisions`, {
      title: '邓州停滞项目资金协调',
      description: '会议决定由市财政局牵头协调企业资金问题',
      category: 'funds',
      weight: 'ordinary',
      unit: { kind: 'department', id: 'czj' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = decided.json().decisions[0];
    expect(decision).toMatchObject({ title: '邓州停滞项目资金协调', state: 'assigned' });
    const item = (await api(admin, 'GET', `/api/supervision/items/${decision.id}`)).json();
    expect(item).toMatchObject({ source: 'meeting_decision', unit: { id: 'czj' } });
    const bad = await api(admin, 'POST', `/api/meetings/${m.id}/decisions`, {
      title: 'x',
      description: 'x',
      category: 'funds',
      unit: { kind: 'department', id: 'nope' },
    });
    expect(bad.statusCode).toBe(400);
    expect((await api(admin, 'GET', `/api/meetings/${m.id}`)).json().decisions).toHaveLength(1);
    // The city's meeting spans counties: a county does not see it.
    expect((await api(wancheng, 'GET', `/api/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await api(wancheng, 'GET', '/api/meetings')).json().items).toEqual([]);
  });
});
