import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Event = {
  id: string;
  version: number;
  status: string;
  heldOn: string;
  agenda: { projectId: string; status: string; regionId: string }[];
};
type ErrorBody = {
  error: { code: string; params?: { problems?: { projectCode: string; reason: string }[] } };
};

describe('the monthly signing day', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let dengzhou: string;
  let event: Event;
  const api = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const lead = async (who: string, over: Record<string, unknown>, negotiate: boolean) => {
    const p = (await api(who, 'POST', '/api/projects', projectBody(over))).json<{
      id: string;
      version: number;
    }>();
    if (!negotiate) return p;
    return (
      await api(who, 'POST', `/api/projects/${p.id}/transitions`, {
        to: 'negotiating',
        date: '2026-05-02',
        version: p.version,
      })
    ).json<{ id: string; version: number }>();
  };
  const agendaItem = (projectId: string, contracted: string) => ({
    projectId,
    signingType: 'formal',
    contractedInvestment: contracted,
    startBy: '2026-11-28',
  });

  beforeAll(async () => {
    t = await startTestApp();
    [admin, wancheng, dengzhou] = await Promise.all([
      t.login('admin'),
      t.login('wancheng'),
      t.login('dengzhou'),
    ]);
  });
  afterAll(() => t.close());

  it('lists the scheduled occurrences on the 28th before anyone prepares them', async () => {
    const res = await api(admin, 'GET', '/api/signing-days?from=2026-01-01&to=2026-06-30');
    const items = res.json<{ items: { heldOn: string; virtual: boolean }[] }>().items;
    expect(items.map((i) => i.heldOn)).toEqual([
      '2026-01-28',
      '2026-02-28',
      '2026-03-28',
      '2026-04-28',
      '2026-05-28',
      '2026-06-28',
    ]);
    expect(items.every((i) => i.virtual)).toBe(true);
  });

  it('prepares a month’s signing day once, with venues and speakers', async () => {
    const res = await api(admin, 'POST', '/api/signing-days', {
      kind: 'monthly',
      month: '2026-05',
      mainVenue: '南阳市会展中心',
      subVenues: [{ regionId: '411381', venue: '邓州市分会场' }],
      pledgeSpeakers: [{ unitName: '桐柏县', speaker: '县长' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    event = res.json<Event>();
    expect(event).toMatchObject({
      heldOn: '2026-05-28',
      status: 'planned',
      title: '南阳市2026年5月项目签约推进日',
    });
    expect(
      (await api(admin, 'POST', '/api/signing-days', { kind: 'monthly', month: '2026-05' })).statusCode,
    ).toBe(409);
    expect(
      (await api(wancheng, 'POST', '/api/signing-days', { kind: 'expo', heldOn: '2026-05-01' })).statusCode,
    ).toBe(403);
  });

  it('signs the agenda in one action through the lifecycle rules, all or nothing', async () => {
    const a = await lead(
      wancheng,
      { name: '宛城光电元器件项目', totalInvestment: '1200000000', strategicEmerging: true },
      true,
    );
    const b = await lead(
      wancheng,
      { name: '宛城冷链物流园项目', totalInvestment: '850000000', industryCategory: 'services' },
      true,
    );
    const c = await lead(
      dengzhou,
      { name: '邓州食品加工项目', regionId: '411381', totalInvestment: '300000000' },
      false,
    );
    for (const [who, p, amount] of [
      [wancheng, a, '1000000000'],
      [wancheng, b, '800000000'],
      [dengzhou, c, '300000000'],
    ] as const) {
      const res = await api(who, 'POST', `/api/signing-days/${event.id}/agenda`, agendaItem(p.id, amount));
      expect(res.statusCode, res.body).toBe(200);
    }
    // A county sees only its own agenda items; another county's project cannot be proposed.
    const seen = (await api(dengzhou, 'GET', `/api/signing-days/${event.id}`)).json<Event>();
    expect(seen.agenda.map((x) => x.regionId)).toEqual(['411381']);
    expect(
      (await api(dengzhou, 'POST', `/api/signing-days/${event.id}/agenda`, agendaItem(a.id, '1'))).statusCode,
    ).toBe(404);

    const refused = await api(admin, 'POST', `/api/signing-days/${event.id}/sign`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error.params?.problems?.map((p) => p.reason)).toEqual([
      'TRANSITION_FORBIDDEN',
    ]);
    expect((await api(wancheng, 'GET', `/api/projects/${a.id}`)).json<{ stage: string }>().stage).toBe(
      'negotiating',
    );

    expect((await api(dengzhou, 'DELETE', `/api/signing-days/${event.id}/agenda/${c.id}`)).statusCode).toBe(
      200,
    );
    const signed = await api(admin, 'POST', `/api/signing-days/${event.id}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<Event>()).toMatchObject({ status: 'held' });
    const pa = (await api(wancheng, 'GET', `/api/projects/${a.id}`)).json<{
      stage: string;
      signedOn: string;
      contractedInvestment: string;
      transitions: { note: string }[];
    }>();
    expect(pa).toMatchObject({
      stage: 'signed',
      signedOn: '2026-05-28',
      contractedInvestment: '1000000000.00',
    });
    expect(pa.transitions.at(-1)?.note).toBe('南阳市2026年5月项目签约推进日签约');
  });

  it('reports statistics and the release, and exports the list as real .xlsx and .docx', async () => {
    const report = (await api(admin, 'GET', `/api/signing-days/${event.id}/report`)).json<{
      headline: string;
      release: string;
      statistics: {
        all: { count: number; totalInvestment: string };
        bySizeBand: { minYi: number; bucket: { count: number } }[];
      };
    }>();
    expect(report.statistics.all).toMatchObject({ count: 2, totalInvestment: '2050000000.00' });
    expect(report.statistics.bySizeBand.map((b) => b.bucket.count)).toEqual([2, 2, 1, 0, 0]);
    expect(report.headline).toBe('现场签约项目2个，总投资额超过20亿元');
    expect(report.release).toContain('服务业项目1个');

    const xlsx = await api(admin, 'GET', `/api/signing-days/${event.id}/list.xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('签约项目清单');
    expect(ws?.getRow(2).getCell(3).value).toBe('项目名称');
    const names = [ws?.getRow(3).getCell(3).value, ws?.getRow(4).getCell(3).value];
    expect(names.sort()).toEqual(['宛城光电元器件项目', '宛城冷链物流园项目']);
    expect([ws?.getRow(3).getCell(8).value, ws?.getRow(4).getCell(8).value].sort()).toEqual([120000, 85000]);

    const docx = await api(admin, 'GET', `/api/signing-days/${event.id}/list.docx`);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('签约项目清单');
    expect(xml).toContain('宛城光电元器件项目');
    expect(xml).toContain('总投资额超过20亿元');

    const brief = await api(wancheng, 'GET', `/api/briefings/signing-day.docx?event=${event.id}`);
    expect(brief.statusCode, brief.body).toBe(200);
    const text = (
      (await (await JSZip.loadAsync(brief.rawPayload)).file('word/document.xml')?.async('string')) ?? ''
    ).replace(/<[^>]+>/g, '');
    expect(text).toContain('签约情况的通报');
    // By county: 宛城 2 projects, 12亿 + 8.5亿 = 20.50亿元; and the total line.
    expect(text).toContain('宛城区220.50');
    expect(text).toContain('合计220.50');
    expect(text).toContain('本次签约项目均符合认定规则。');
    expect(
      (
        await api(
          wancheng,
          'GET',
          '/api/briefings/signing-day.docx?event=00000000-0000-4000-8000-000000000000',
        )
      ).statusCode,
    ).toBe(404);
  });

  it('leaves projects out of headline figures by the counting rules, and lists them with the rule', async () => {
    const april = (
      await api(admin, 'POST', '/api/signing-days', { kind: 'monthly', month: '2026-04' })
    ).json<Event>();
    const local = await lead(
      wancheng,
      { name: '本地企业扩建项目', totalInvestment: '500000000', originRegion: 'local' },
      false,
    );
    const small = await lead(
      wancheng,
      { name: '小型加工项目', totalInvestment: '50000000', investorName: '小企业' },
      false,
    );
    const counted = await lead(
      wancheng,
      {
        name: '长三角项目',
        totalInvestment: '300000000',
        originRegion: 'yangtze_delta',
        investorName: '上海某公司',
      },
      false,
    );
    for (const p of [local, small, counted]) {
      const moved = (
        await api(wancheng, 'POST', `/api/projects/${p.id}/transitions`, {
          to: 'negotiating',
          date: '2026-04-01',
          version: p.version,
        })
      ).json<{ version: number }>();
      expect(moved.version).toBe(p.version + 1);
      expect(
        (await api(wancheng, 'POST', `/api/signing-days/${april.id}/agenda`, agendaItem(p.id, '1')))
          .statusCode,
      ).toBe(200);
    }
    expect((await api(admin, 'POST', `/api/signing-days/${april.id}/sign`)).statusCode).toBe(200);
    const report = (await api(admin, 'GET', `/api/signing-days/${april.id}/report`)).json<{
      statistics: { all: { count: number; totalInvestment: string } };
      allStatistics: { all: { count: number } };
      excludedCount: number;
      excluded: { name: string; rules: string[] }[];
      headline: string;
    }>();
    expect(report.statistics.all).toMatchObject({ count: 1, totalInvestment: '300000000.00' });
    expect(report.allStatistics.all.count).toBe(3);
    expect(report.excludedCount).toBe(2);
    expect(report.excluded.map((e) => `${e.name}:${e.rules.join('+')}`).sort()).toEqual([
      '小型加工项目:under_1yi',
      '本地企业扩建项目:local_investor',
    ]);
    expect(report.headline).toBe('现场签约项目1个，总投资额3亿元');
    // Switching a rule off brings the project back into the figures.
    const rules = {
      undecided_duplicate: true,
      merged_duplicate: true,
      local_investor: false,
      real_estate: true,
      fiscal_infrastructure: true,
      under_1yi: true,
    };
    expect((await api(admin, 'PUT', '/api/settings/counting.rules', { value: rules })).statusCode).toBe(200);
    const after = (await api(admin, 'GET', `/api/signing-days/${april.id}/report`)).json<{
      statistics: { all: { count: number } };
    }>();
    expect(after.statistics.all.count).toBe(2);
  });

  it('moves an occurrence and keeps the scheduled date beside it', async () => {
    const june = (
      await api(admin, 'POST', '/api/signing-days', { kind: 'monthly', month: '2026-06' })
    ).json<Event>();
    const moved = await api(admin, 'PATCH', `/api/signing-days/${june.id}`, {
      version: june.version,
      heldOn: '2026-06-26',
    });
    expect(moved.json()).toMatchObject({ heldOn: '2026-06-26', scheduledOn: '2026-06-28' });
    const future = await api(admin, 'POST', `/api/signing-days/${june.id}/sign`);
    expect(future.json<ErrorBody>().error.code).toBe('DATE_IN_FUTURE');
  });
});
