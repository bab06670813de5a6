import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPng } from '../demo/png';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Entry = { name: string; eligible: boolean; thresholdYi: number; reason: string | null };
type Batches = { from: string; to: string; sign: Entry[]; start: Entry[]; produce: Entry[] };

describe('三个一批 batches of a quarter', () => {
  let t: TestApp;
  let cookie: string;

  const photo = async (projectId: string) => {
    const b = 'b';
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${projectId}/files`,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${b}` },
      payload: Buffer.concat([
        Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\n\r\n`),
        placeholderPng(4, 4, [1, 2, 3]),
        Buffer.from(`\r\n--${b}--\r\n`),
      ]),
    });
    return res.json<{ id: string }>().id;
  };

  const walk = async (over: Record<string, unknown>, steps: [string, string][]) => {
    let p = (
      await t.app.inject({
        method: 'POST',
        url: '/api/projects',
        headers: { cookie },
        payload: projectBody(over),
      })
    ).json<{ id: string; version: number }>();
    for (const [to, date] of steps) {
      const evidenceFileIds = ['started', 'completed', 'producing'].includes(to) ? [await photo(p.id)] : [];
      const signing =
        to === 'signed' ? { signingType: 'formal', contractedInvestment: '100000000' } : undefined;
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/projects/${p.id}/transitions`,
        headers: { cookie },
        payload: { to, date, version: p.version, evidenceFileIds, ...(signing ? { signing } : {}) },
      });
      expect(res.statusCode, res.body).toBe(200);
      p = res.json();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    cookie = await t.login('wancheng');
    await walk({ name: '甲·签约', totalInvestment: '500000000' }, [
      ['negotiating', '2026-04-01'],
      ['signed', '2026-04-10'],
    ]);
    await walk({ name: '乙·投产', landSituation: 'standard_factory' }, [
      ['negotiating', '2026-01-05'],
      ['signed', '2026-01-10'],
      ['registered', '2026-01-20'],
      ['started', '2026-02-01'],
      ['completed', '2026-03-01'],
      ['producing', '2026-05-01'],
    ]);
    await walk({ name: '丙·开工', totalInvestment: '200000000', landSituation: 'existing_land' }, [
      ['negotiating', '2026-04-01'],
      ['signed', '2026-04-02'],
      ['registered', '2026-04-03'],
      ['started', '2026-05-01'],
    ]);
    await walk({ name: '丁·服务业', totalInvestment: '300000000', industryCategory: 'services' }, [
      ['negotiating', '2026-04-01'],
      ['signed', '2026-04-20'],
    ]);
  });
  afterAll(() => t.close());

  it('draws the three lists with eligibility and reasons', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/batches?period=2026Q2', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json<Batches>();
    expect([b.from, b.to]).toEqual(['2026-04-01', '2026-06-30']);
    expect(b.sign.map((e) => e.name).sort()).toEqual(['丁·服务业', '丙·开工', '甲·签约']);
    expect(b.start.map((e) => e.name)).toEqual(['丙·开工']);
    expect(b.produce.map((e) => e.name)).toEqual(['乙·投产']);
    expect(b.sign.find((e) => e.name === '丁·服务业')).toMatchObject({
      eligible: false,
      thresholdYi: 5,
      reason: 'total investment is below the 5亿 threshold of services',
    });
    expect(b.sign.find((e) => e.name === '丙·开工')).toMatchObject({ eligible: true, thresholdYi: 1 });
  });

  it('uses the thresholds an administrator sets', async () => {
    const admin = await t.login('admin');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/batches.thresholds',
      headers: { cookie: admin },
      payload: {
        value: {
          manufacturing: 3,
          manufacturingPromotedOrEmerging: 1,
          infrastructure: 10,
          services: 3,
          social: 2,
          agriculture: 1,
        },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const b = (
      await t.app.inject({ method: 'GET', url: '/api/batches?period=2026Q2', headers: { cookie } })
    ).json<Batches>();
    expect(b.sign.find((e) => e.name === '丁·服务业')?.eligible).toBe(true);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/batches.thresholds',
      headers: { cookie: admin },
      payload: { value: { manufacturing: -1 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/batches?period=2026Q5', headers: { cookie } }))
        .statusCode,
    ).toBe(400);
  });
});
