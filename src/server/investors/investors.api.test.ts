import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Investor = {
  id: string;
  name: string;
  version: number;
  originRegion: string | null;
  ownerRegionId: string | null;
};
type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

describe('investor registry and lead pipeline', () => {
  let t: TestApp;
  let wancheng: string;
  let dengzhou: string;
  let admin: string;
  const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await startTestApp();
    [wancheng, dengzhou, admin] = await Promise.all([
      t.login('wancheng'),
      t.login('dengzhou'),
      t.login('admin'),
    ]);
  });
  afterAll(() => t.close());

  it('registers an investor, derives its origin region, and finds it by normalised name, code and flag', async () => {
    const res = await api(wancheng, 'POST', '/api/investors', {
      name: '江苏恒丰纺织科技股份有限公司',
      creditCode: '91350100m000100y43',
      originProvince: '江苏省',
      ownership: 'private',
      listed: true,
      contacts: [{ name: '王经理', phone: '138 0000 0000' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Investor>()).toMatchObject({ originRegion: 'yangtze_delta', ownerRegionId: '411302' });
    const byName = await api(
      dengzhou,
      'GET',
      `/api/investors?q=${encodeURIComponent('恒丰纺织科技有限公司')}`,
    );
    expect(byName.json<{ items: Investor[] }>().items.map((i) => i.name)).toEqual([
      '江苏恒丰纺织科技股份有限公司',
    ]);
    const byCode = await api(admin, 'GET', '/api/investors?q=91350100M000100Y43');
    expect(byCode.json<{ total: number }>().total).toBe(1);
    expect((await api(admin, 'GET', '/api/investors?listed=true')).json<{ total: number }>().total).toBe(1);
    expect((await api(admin, 'GET', '/api/investors?fortune500=true')).json<{ total: number }>().total).toBe(
      0,
    );
  });

  it('names the expected check character and refuses a code registered twice', async () => {
    const wrong = await api(wancheng, 'POST', '/api/investors', {
      name: '某公司',
      creditCode: '91350100M000100Y44',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ErrorBody>().error.message).toContain('should be "3", not "4"');
    const twice = await api(dengzhou, 'POST', '/api/investors', {
      name: '另一家',
      creditCode: '91350100M000100Y43',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.message).toContain('江苏恒丰纺织科技股份有限公司');
  });

  it('lets a county edit only the records it keeps', async () => {
    const inv = (
      await api(wancheng, 'POST', '/api/investors', { name: '宛城本地企业', kind: 'local' })
    ).json<Investor>();
    const other = await api(dengzhou, 'PATCH', `/api/investors/${inv.id}`, {
      version: inv.version,
      name: '改名',
    });
    expect(other.statusCode).toBe(403);
    const own = await api(wancheng, 'PATCH', `/api/investors/${inv.id}`, {
      version: inv.version,
      listed: true,
    });
    expect(own.json<Investor & { listed: boolean }>()).toMatchObject({
      listed: true,
      version: inv.version + 1,
    });
    const stale = await api(admin, 'PATCH', `/api/investors/${inv.id}`, {
      version: inv.version,
      listed: false,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('creates a lead from a registry investor, logs visits and notes, and keeps them in scope', async () => {
    const inv = (await api(wancheng, 'GET', `/api/investors?q=${encodeURIComponent('恒丰')}`)).json<{
      items: Investor[];
    }>().items[0];
    const lead = await api(
      wancheng,
      'POST',
      '/api/projects',
      projectBody({ investorId: inv?.id, investorName: '随便写的名字', leadSource: 'door_knocking' }),
    );
    expect(lead.statusCode, lead.body).toBe(201);
    const p = lead.json<{
      id: string;
      investorName: string;
      originRegion: string;
      leadSource: string;
      ownerId: string;
    }>();
    expect(p).toMatchObject({
      investorName: '江苏恒丰纺织科技股份有限公司',
      originRegion: 'yangtze_delta',
      leadSource: 'door_knocking',
    });
    expect(p.ownerId).toBeTruthy();

    const visit = await api(wancheng, 'POST', `/api/projects/${p.id}/visits`, {
      visitedOn: '2026-06-10',
      visitors: '区招商局 张三、李四',
      peopleMet: '王经理',
      place: '苏州工业园区',
      outcome: '企业有意向在宛城设立生产基地',
      nextStep: '邀请企业来宛考察',
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json<{ items: { place: string; author: { displayName: string } }[] }>().items).toMatchObject(
      [{ place: '苏州工业园区', author: { displayName: '宛城区招商专员' } }],
    );
    const future = await api(wancheng, 'POST', `/api/projects/${p.id}/notes`, {
      notedOn: '2026-07-01',
      content: '未来',
    });
    expect(future.json<ErrorBody>().error.code).toBe('DATE_IN_FUTURE');
    const note = await api(wancheng, 'POST', `/api/projects/${p.id}/notes`, {
      notedOn: '2026-06-12',
      content: '首轮洽谈：用地50亩',
    });
    expect(note.statusCode).toBe(201);
    const blank = await api(wancheng, 'POST', `/api/projects/${p.id}/visits`, {
      visitedOn: '2026-06-10',
      visitors: '',
      place: 'x',
      outcome: 'y',
    });
    expect(blank.json<ErrorBody>().error.details?.[0]?.path).toBe('body.visitors');
    // Another county cannot read or add to them: 404 like any record outside its scope.
    expect((await api(dengzhou, 'GET', `/api/projects/${p.id}/visits`)).statusCode).toBe(404);
    expect(
      (await api(dengzhou, 'POST', `/api/projects/${p.id}/notes`, { notedOn: '2026-06-12', content: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await api(admin, 'GET', `/api/projects/${p.id}/notes`)).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
  });

  it('offers owners within scope and names the owner on the project', async () => {
    const mine = (await api(wancheng, 'GET', '/api/users/assignable')).json<{
      items: { displayName: string }[];
    }>();
    expect(mine.items.map((u) => u.displayName)).toEqual(['宛城区招商专员']);
    const city = (await api(admin, 'GET', '/api/users/assignable')).json<{
      items: { displayName: string; id: string }[];
    }>();
    expect(city.items.map((u) => u.displayName).sort()).toEqual(
      ['宛城区招商专员', '市投资促进局 管理员', '邓州市招商专员'].sort(),
    );
    const dengzhouId = city.items.find((u) => u.displayName === '邓州市招商专员')?.id;
    const p = await api(
      admin,
      'POST',
      '/api/projects',
      projectBody({ regionId: '411381', ownerId: dengzhouId }),
    );
    expect(p.json<{ ownerName: string }>().ownerName).toBe('邓州市招商专员');
    expect((await api(await t.login('auditor'), 'GET', '/api/users/assignable')).statusCode).toBe(403);
  });

  it('records the fund origin split and the contract scan at signing', async () => {
    let p = (await api(wancheng, 'POST', '/api/projects', projectBody())).json<{
      id: string;
      version: number;
    }>();
    p = (
      await api(wancheng, 'POST', `/api/projects/${p.id}/transitions`, {
        to: 'negotiating',
        date: '2026-05-01',
        version: p.version,
      })
    ).json();
    const signed = await api(wancheng, 'POST', `/api/projects/${p.id}/transitions`, {
      to: 'signed',
      date: '2026-05-28',
      version: p.version,
      signing: {
        signingType: 'formal',
        contractedInvestment: '400000000',
        fundsOutOfProvince: '300000000',
        fundsLocal: '100000000',
        fundsForeignUsd: '2500000.5',
      },
    });
    expect(signed.json()).toMatchObject({
      fundsOutOfProvince: '300000000.00',
      fundsLocal: '100000000.00',
      fundsForeignUsd: '2500000.50',
      fundsInProvince: null,
      foreignCapital: true,
    });
  });
});
