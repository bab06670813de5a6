import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Detail = { id: string; regionId: string; version: number; stage: string };

/** Data scope: a county officer reaches only its own region's records; others' answer 404. */
describe('data scope', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let dengzhou: string;
  let wanchengProject: Detail;
  let dengzhouProject: Detail;

  const auditCount = async () => {
    const auditor = await t.login('auditor');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/audit?pageSize=1',
      headers: { cookie: auditor },
    });
    return res.json<{ total: number }>().total;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    wancheng = await t.login('wancheng');
    dengzhou = await t.login('dengzhou');
    const a = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: wancheng },
      payload: projectBody(),
    });
    expect(a.statusCode).toBe(201);
    wanchengProject = a.json();
    const b = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: dengzhou },
      payload: projectBody({ name: '邓州冷链物流园项目', regionId: '411381' }),
    });
    dengzhouProject = b.json();
  });
  afterAll(() => t.close());

  it('forces a county officer’s new project into its own region', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: wancheng },
      payload: projectBody({ regionId: '411381' }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Detail>().regionId).toBe('411302');
  });

  it('lists only the officer’s region, whatever region filter is asked for', async () => {
    const own = await t.app.inject({ method: 'GET', url: '/api/projects', headers: { cookie: wancheng } });
    const regions = own.json<{ items: Detail[] }>().items.map((p) => p.regionId);
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['411302']));
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/projects?region=411381',
      headers: { cookie: wancheng },
    });
    expect(other.json<{ total: number }>().total).toBe(0);
  });

  it('lets city roles see every region and filter by one', async () => {
    const all = await t.app.inject({ method: 'GET', url: '/api/projects', headers: { cookie: admin } });
    expect(new Set(all.json<{ items: Detail[] }>().items.map((p) => p.regionId))).toEqual(
      new Set(['411302', '411381']),
    );
    const one = await t.app.inject({
      method: 'GET',
      url: '/api/projects?region=411381',
      headers: { cookie: admin },
    });
    expect(one.json<{ items: Detail[] }>().items.map((p) => p.id)).toEqual([dengzhouProject.id]);
  });

  it('answers 404 for another region’s record on read, update, transition and upload, and writes nothing', async () => {
    const before = await auditCount();
    const id = dengzhouProject.id;
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/projects/${id}`,
      headers: { cookie: wancheng },
    });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${id}`,
      headers: { cookie: wancheng },
      payload: { version: 1, name: '被篡改' },
    });
    const move = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id}/transitions`,
      headers: { cookie: wancheng },
      payload: { to: 'negotiating', date: '2026-06-01', version: 1 },
    });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id}/files`,
      headers: { cookie: wancheng, 'content-type': 'multipart/form-data; boundary=x' },
      payload:
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--x--\r\n',
    });
    for (const res of [read, patch, move, upload]) {
      expect(res.statusCode).toBe(404);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
    }
    // The same answer as for an id that does not exist at all: no existence leak.
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/projects/00000000-0000-4000-8000-000000000000',
      headers: { cookie: wancheng },
    });
    expect(missing.json<{ error: { message: string } }>().error.message).toBe(
      read.json<{ error: { message: string } }>().error.message,
    );
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/projects/${id}`,
      headers: { cookie: admin },
    });
    expect(after.json<Detail & { name: string }>()).toMatchObject({
      name: '邓州冷链物流园项目',
      stage: 'lead',
      version: 1,
    });
    expect(await auditCount()).toBe(before + 1); // only the auditor's own login
  });

  it('refuses to move an own project into another region', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${wanchengProject.id}`,
      headers: { cookie: wancheng },
      payload: { version: wanchengProject.version, regionId: '411381' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('REGION_OUT_OF_SCOPE');
  });
});
