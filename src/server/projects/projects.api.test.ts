import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPng } from '../demo/png';
import { projectBody, startTestApp, uploadFile, type TestApp } from '../test/harness';

type Detail = {
  id: string;
  code: string;
  version: number;
  stage: string;
  totalInvestment: string;
  contractedInvestment: string | null;
  signingType: string | null;
  signedOn: string | null;
  startBy: string | null;
  transitions: {
    fromStage: string;
    toStage: string;
    occurredOn: string;
    note: string | null;
    evidence: { id: string }[];
    actor: { displayName: string };
  }[];
  allowedTransitions: { to: string; requires: string[] }[];
};
type ErrorBody = {
  error: { code: string; message: string; details?: { path: string }[]; params?: Record<string, unknown> };
};

describe('projects API', () => {
  let t: TestApp;
  let cookie: string;
  let admin: string;

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, who = cookie) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: who },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await api('POST', '/api/projects', projectBody(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Detail>();
  };
  const auditTotal = async () => {
    const auditor = await t.login('auditor');
    return (await api('GET', '/api/audit?pageSize=1', undefined, auditor)).json<{ total: number }>().total;
  };
  const upload = (projectId: string, bytes: Buffer, filename: string) =>
    uploadFile(t.app, cookie, projectId, bytes, filename);

  beforeAll(async () => {
    t = await startTestApp();
    cookie = await t.login('wancheng');
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('creates a project as a lead with exact money and a code', async () => {
    const p = await create({ totalInvestment: '1234567890.5' });
    expect(p.stage).toBe('lead');
    expect(p.totalInvestment).toBe('1234567890.50');
    expect(p.code).toMatch(/^NY\d{4}-\d{5}$/);
    expect(p.allowedTransitions.map((a) => a.to)).toEqual(['negotiating', 'stalled', 'terminated']);
  });

  it('walks the lifecycle to 签约 and beyond, recording date, actor, note and evidence', async () => {
    let p = await create({ landSituation: 'standard_factory' });
    const move = async (body: Record<string, unknown>) => {
      const res = await api('POST', `/api/projects/${p.id}/transitions`, { version: p.version, ...body });
      expect(res.statusCode, res.body).toBe(200);
      p = res.json<Detail>();
    };
    await move({ to: 'negotiating', date: '2026-03-01', note: '首次洽谈' });
    const noSigning = await api('POST', `/api/projects/${p.id}/transitions`, {
      version: p.version,
      to: 'signed',
      date: '2026-04-28',
    });
    expect(noSigning.statusCode).toBe(422);
    expect(noSigning.json<ErrorBody>().error).toMatchObject({
      code: 'REQUIREMENT_MISSING',
      params: { requirement: 'signing' },
    });
    await move({
      to: 'signed',
      date: '2026-04-28',
      signing: { signingType: 'formal', contractedInvestment: '400000000', startBy: '2026-10-28' },
    });
    expect(p).toMatchObject({
      stage: 'signed',
      signingType: 'formal',
      signedOn: '2026-04-28',
      contractedInvestment: '400000000.00',
      startBy: '2026-10-28',
    });
    await move({ to: 'registered', date: '2026-05-10' });
    // 标准厂房: 供地 is skipped, with the reason recorded; 开工 needs an on-site photo.
    expect(p.allowedTransitions.find((a) => a.to === 'started')?.requires).toEqual(['evidence']);
    const noPhoto = await api('POST', `/api/projects/${p.id}/transitions`, {
      version: p.version,
      to: 'started',
      date: '2026-06-01',
    });
    expect(noPhoto.json<ErrorBody>().error.params).toEqual({ requirement: 'evidence' });
    const photo = await upload(p.id, placeholderPng(8, 8, [10, 120, 200]), '开工现场.png');
    expect(photo.statusCode, photo.body).toBe(201);
    await move({
      to: 'started',
      date: '2026-06-01',
      evidenceFileIds: [photo.json<{ id: string }>().id],
      note: '厂房装修开工',
    });
    expect(p.transitions.map((x) => `${x.fromStage}→${x.toStage}@${x.occurredOn}`)).toEqual([
      'lead→negotiating@2026-03-01',
      'negotiating→signed@2026-04-28',
      'signed→registered@2026-05-10',
      'registered→started@2026-06-01',
    ]);
    expect(p.transitions[3]).toMatchObject({
      note: '厂房装修开工',
      actor: { displayName: '宛城区招商专员' },
    });
    expect(p.transitions[3]?.evidence).toHaveLength(1);
    const file = await api('GET', `/api/projects/${p.id}/files/${photo.json<{ id: string }>().id}`);
    expect(file.headers['content-type']).toBe('image/png');
  });

  it('refuses a transition the table forbids, and writes nothing', async () => {
    const p = await create();
    const before = await auditTotal();
    const res = await api('POST', `/api/projects/${p.id}/transitions`, {
      version: p.version,
      to: 'producing',
      date: '2026-06-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error).toMatchObject({
      code: 'TRANSITION_FORBIDDEN',
      params: { from: 'lead', to: 'producing' },
    });
    const after = (await api('GET', `/api/projects/${p.id}`)).json<Detail>();
    expect(after).toMatchObject({ stage: 'lead', version: p.version, transitions: [] });
    expect(await auditTotal()).toBe(before + 1); // the auditor's login only
  });

  it('answers 409 to a stale update and changes nothing', async () => {
    const p = await create();
    const ok = await api('PATCH', `/api/projects/${p.id}`, { version: p.version, name: '新名称' });
    expect(ok.json<Detail>().version).toBe(p.version + 1);
    const stale = await api('PATCH', `/api/projects/${p.id}`, { version: p.version, name: '旧版本的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.code).toBe('VERSION_CONFLICT');
    expect((await api('GET', `/api/projects/${p.id}`)).json<{ name: string }>().name).toBe('新名称');
  });

  it('rejects bad input with the field path and a stable code', async () => {
    const cases: [unknown, string, string][] = [
      [projectBody({ totalInvestment: 1.5 }), 'VALIDATION_FAILED', 'body.totalInvestment'],
      [projectBody({ totalInvestment: '1.234' }), 'VALIDATION_FAILED', 'body.totalInvestment'],
      [projectBody({ name: '长'.repeat(201) }), 'VALIDATION_FAILED', 'body.name'],
      [projectBody({ colour: 'red' }), 'VALIDATION_FAILED', 'body.colour'],
      [projectBody({ landSituation: 'moon' }), 'VALIDATION_FAILED', 'body.landSituation'],
      [projectBody({ regionId: 'nowhere' }), 'VALIDATION_FAILED', 'body.regionId'],
      [
        projectBody({ investorCreditCode: '91350100M000100Y44' }),
        'VALIDATION_FAILED',
        'body.investorCreditCode',
      ],
    ];
    const adminCreate = (payload: unknown) => api('POST', '/api/projects', payload, admin);
    for (const [payload, code, path] of cases) {
      const res = await adminCreate(payload);
      expect(res.statusCode, path).toBe(400);
      const err = res.json<ErrorBody>().error;
      expect(err.code).toBe(code);
      expect(err.details?.map((d) => d.path).join(' ')).toContain(path);
    }
    const wrongCheck = await adminCreate(projectBody({ investorCreditCode: '91350100M000100Y44' }));
    expect(wrongCheck.json<ErrorBody>().error.message).toContain('should be "3"');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ErrorBody>().error.code).toBe('MALFORMED_JSON');
  });

  it('filters, searches and paginates', async () => {
    await create({
      name: '宛城百分比%测试项目',
      totalInvestment: '9000000000',
      industryCategory: 'services',
    });
    const list = async (qs: string) =>
      (await api('GET', `/api/projects?${qs}`, undefined, admin)).json<{
        items: { id: string; name: string; totalInvestment: string }[];
        total: number;
      }>();
    expect((await list('q=%25')).items.map((p) => p.name)).toEqual(['宛城百分比%测试项目']);
    expect((await list('industryCategory=services')).total).toBe(1);
    expect((await list('minInvestment=8000000000')).items.map((p) => p.totalInvestment)).toEqual([
      '9000000000.00',
    ]);
    expect((await list('maxInvestment=100')).total).toBe(0);
    const all = await list('pageSize=2&page=1&sort=code&order=asc');
    const page2 = await list('pageSize=2&page=2&sort=code&order=asc');
    expect(all.items).toHaveLength(2);
    expect(page2.items[0]?.id).not.toBe(all.items[0]?.id);
    expect(page2.items[0]?.id).not.toBe(all.items[1]?.id);
    expect(all.total).toBeGreaterThanOrEqual(5);
    const bad = await api('GET', '/api/projects?stage=flying', undefined, admin);
    expect(bad.json<ErrorBody>().error.details?.[0]?.path).toBe('querystring.stage');
  });

  it('exports the filtered list as a real .xlsx within the caller’s scope', async () => {
    await create({ name: '导出测试项目', totalInvestment: '123456789' });
    const res = await api('GET', `/api/projects/export.xlsx?q=${encodeURIComponent('导出测试')}`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('项目清单');
    expect(ws?.actualRowCount).toBe(2);
    expect(ws?.getRow(2).getCell(2).value).toBe('导出测试项目');
    expect(ws?.getRow(2).getCell(9).value).toBe(12345.6789);
  });

  it('flags a signed project past its start-by date', async () => {
    let p = await create();
    for (const body of [
      { to: 'negotiating', date: '2026-01-05' },
      {
        to: 'signed',
        date: '2026-01-28',
        signing: { signingType: 'framework', contractedInvestment: '100000000', startBy: '2026-05-01' },
      },
    ]) {
      p = (
        await api('POST', `/api/projects/${p.id}/transitions`, { version: p.version, ...body })
      ).json<Detail>();
    }
    const overdue = (await api('GET', '/api/projects?overdue=true')).json<{
      items: { id: string; overdueStart: boolean }[];
    }>();
    expect(overdue.items.map((x) => x.id)).toContain(p.id);
    expect(overdue.items.every((x) => x.overdueStart)).toBe(true);
    // Stalling does not hide it: a project stalled before starting is still past its start deadline.
    const stalled = await api('POST', `/api/projects/${p.id}/transitions`, {
      version: p.version,
      to: 'stalled',
      date: '2026-06-01',
      reason: '资金未到位',
    });
    expect(stalled.json<{ stage: string; overdueStart: boolean }>()).toMatchObject({
      stage: 'stalled',
      overdueStart: true,
    });
    const still = (await api('GET', '/api/projects?overdue=true')).json<{ items: { id: string }[] }>();
    expect(still.items.map((x) => x.id)).toContain(p.id);
  });

  it('lets only the city admin soft-delete, and the project disappears', async () => {
    const p = await create();
    expect((await api('DELETE', `/api/projects/${p.id}`)).statusCode).toBe(403);
    expect((await api('DELETE', `/api/projects/${p.id}`, undefined, admin)).statusCode).toBe(204);
    expect((await api('GET', `/api/projects/${p.id}`, undefined, admin)).statusCode).toBe(404);
  });

  it('refuses uploads of disallowed types', async () => {
    const p = await create();
    const res = await upload(p.id, Buffer.from('MZ not a photo'), 'virus.exe');
    expect(res.statusCode).toBe(415);
    expect(res.json<ErrorBody>().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });
});
