import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { METHOD, evaluationTestbed, type Result, type Testbed } from '../test/evaluation-fixtures';
import { multipart, type TestApp } from '../test/harness';

/**
 * A quarter computed from the records, frozen on publishing, corrected with a reason, explained
 * to a county. The clock stands at 2026-06-15: 2026Q2 counts January to June, 6/12 of the year.
 */
describe('evaluation: methods, computing, freezing, explaining', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let dengzhou: string;
  let methodId = '';
  let result: Result;
  let api: Testbed['api'];
  let sign: Testbed['sign'];
  let line: Testbed['line'];

  beforeAll(async () => {
    ({ t, admin, wancheng, dengzhou, api, sign, line } = await evaluationTestbed());
  });
  afterAll(() => t.close());

  it('refuses a method whose points do not add up, naming the field', async () => {
    const bad = await api(admin, 'POST', '/api/evaluations/methods', {
      family: 'test',
      validFrom: '2026-01-01',
      groupIds: ['counties'],
      body: { ...METHOD, indicators: [{ ...METHOD.indicators[0], points: '50' }, METHOD.indicators[1]] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: 'METHOD_INVALID',
      details: [{ path: 'body.body.indicators', code: 'points_do_not_add_up' }],
    });
    const ok = await api(admin, 'POST', '/api/evaluations/methods', {
      family: 'test',
      validFrom: '2026-01-01',
      groupIds: ['counties'],
      body: METHOD,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    methodId = ok.json().id;
    expect(ok.json()).toMatchObject({ version: 1, status: 'draft' });
    expect((await api(admin, 'POST', `/api/evaluations/methods/${methodId}/publish`)).json().status).toBe(
      'published',
    );
    expect((await api(admin, 'POST', `/api/evaluations/methods/${methodId}/publish`)).json().error.code).toBe(
      'METHOD_PUBLISHED',
    );
    const zero = await api(admin, 'PUT', `/api/evaluations/methods/${methodId}/targets`, {
      year: 2026,
      rows: [
        { unitId: '411302', indicatorKey: 'amount', value: '2000000000' },
        { unitId: '411381', indicatorKey: 'amount', value: '0' },
      ],
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details).toEqual([
      { path: 'body.rows.1.value', message: '"0" is not a target above 0', code: 'target_not_positive' },
    ]);
    const targets = await api(admin, 'PUT', `/api/evaluations/methods/${methodId}/targets`, {
      year: 2026,
      rows: [
        { unitId: '411302', indicatorKey: 'amount', value: '2000000000' },
        { unitId: '411381', indicatorKey: 'amount', value: '1000000000' },
      ],
    });
    expect(targets.statusCode, targets.body).toBe(204);
    // The year reads back, for a county too; another year has none.
    const read = (year: number) =>
      api(wancheng, 'GET', `/api/evaluations/methods/${methodId}/targets?year=${year}`);
    expect((await read(2026)).json()).toEqual({
      year: 2026,
      rows: [
        { unitId: '411302', indicatorKey: 'amount', value: '2000000000' },
        { unitId: '411381', indicatorKey: 'amount', value: '1000000000' },
      ],
    });
    expect((await read(2025)).json()).toEqual({ year: 2025, rows: [] });
  });

  it('computes 2026Q2 from the records, figure by figure', async () => {
    expect(
      (
        await api(admin, 'POST', '/api/evaluations/results/compute', {
          period: '2026Q5',
          groupId: 'counties',
        })
      ).json().error.code,
    ).toBe('PERIOD_INVALID');
    const res = await api(admin, 'POST', '/api/evaluations/results/compute', {
      period: '2026Q2',
      groupId: 'counties',
    });
    expect(res.statusCode, res.body).toBe(200);
    result = res.json<Result>();
    // 宛城: 17亿 against 20亿 × 6/12 = 10亿 → capped at 60; 2 projects, the most → 40; one ≥10亿 → +5.
    expect(line(result, '411302')).toMatchObject({
      total: '105.00',
      rank: 1,
      outcome: 'commended',
      indicators: [
        { key: 'amount', raw: '1700000000', target: '1000000000', points: '60.00', fallback: null },
        { key: 'count', raw: '2', points: '40.00' },
      ],
      rules: [{ key: 'big', points: '5.00' }],
    });
    // 邓州: 3亿 / 5亿 = 0.6 → 36; 1 project in [0, 2] → 40 × (0.6 + 0.4 × 0.5) = 32.
    expect(line(result, '411381')).toMatchObject({ total: '68.00', rank: 2, outcome: null });
    // A county without a target gets nothing for the amount, and says why.
    expect(line(result, '411303')).toMatchObject({
      total: '24.00',
      rank: 3,
      indicators: [{ key: 'amount', points: '0.00', fallback: 'no_target' }, { points: '24.00' }],
    });
    expect(result.status).toBe('draft');
  });

  it('shows a ranked unit its own line of a draft only when the city allows', async () => {
    const draftOf = (who: string) =>
      api(who, 'GET', '/api/evaluations/results?period=2026Q2&group=counties&status=draft');
    const explainOf = (who: string, unitId: string) =>
      api(who, 'GET', `/api/evaluations/results/${result.id}/explain?unitId=${unitId}`);
    const handler = await t.login('zrzy');
    expect((await draftOf(handler)).statusCode).toBe(403);
    expect((await explainOf(dengzhou, '411381')).statusCode).toBe(403);
    const allow = (value: boolean) =>
      api(admin, 'PUT', '/api/settings/evaluation.draftOwnLine', { value }).then((r) =>
        expect(r.statusCode, r.body).toBe(200),
      );
    await allow(true);
    const own = await draftOf(dengzhou);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<Result>().payload.units).toEqual([line(result, '411381')]);
    // A department is not a line of the counties' ranking: it sees none of it.
    expect((await draftOf(handler)).json<Result>().payload.units).toEqual([]);
    const why = await explainOf(dengzhou, '411381');
    expect(why.statusCode, why.body).toBe(200);
    expect(why.json().unitsInGroup).toBe(result.payload.units.length);
    expect(
      why.json().line.indicators[0].records.map((r: { label: string }) => r.label.replace(/^\S+ /, '')),
    ).toEqual(['邓州丙项目']);
    expect((await explainOf(dengzhou, '411302')).statusCode).toBe(403);
    expect((await explainOf(handler, '411302')).statusCode).toBe(403);
    // The city sees the whole draft either way.
    expect((await draftOf(admin)).json<Result>().payload.units).toHaveLength(result.payload.units.length);
    await allow(false);
    expect((await draftOf(dengzhou)).statusCode).toBe(403);
  });

  it('freezes on publishing: later records do not move it; a correction needs a reason', async () => {
    const pub = await api(admin, 'POST', `/api/evaluations/results/${result.id}/publish`, {});
    expect(pub.json()).toMatchObject({ status: 'published', version: 1 });
    await sign(
      dengzhou,
      {
        name: '邓州丁项目',
        regionId: '411381',
        investorName: '北京丁有限公司',
        totalInvestment: '1500000000',
      },
      '2026-06-10',
    );
    const still = (
      await api(dengzhou, 'GET', '/api/evaluations/results?period=2026Q2&group=counties')
    ).json<Result>();
    expect(line(still, '411381').total).toBe('68.00');
    const again = (
      await api(admin, 'POST', '/api/evaluations/results/compute', { period: '2026Q2', groupId: 'counties' })
    ).json<Result>();
    // 邓州 now: 18亿 → 60; 2 projects → 40; +5 = 105, tied first with 宛城.
    expect(line(again, '411381')).toMatchObject({ total: '105.00', rank: 1 });
    const noReason = await api(admin, 'POST', `/api/evaluations/results/${again.id}/publish`, {});
    expect(noReason.json().error.code).toBe('CORRECTION_REASON_REQUIRED');
    const corrected = await api(admin, 'POST', `/api/evaluations/results/${again.id}/publish`, {
      reason: '补录邓州6月签约项目',
    });
    expect(corrected.json()).toMatchObject({ status: 'published', version: 2 });
    expect((await api(admin, 'GET', `/api/evaluations/results/${result.id}`)).json().status).toBe(
      'superseded',
    );
  });

  it('explains a county’s own line down to its projects, and no other county’s', async () => {
    const current = (
      await api(wancheng, 'GET', '/api/evaluations/results?period=2026Q2&group=counties')
    ).json<Result>();
    const why = await api(wancheng, 'GET', `/api/evaluations/results/${current.id}/explain?unitId=411302`);
    expect(why.statusCode, why.body).toBe(200);
    const amount = why.json().line.indicators.find((i: { key: string }) => i.key === 'amount');
    expect(amount.records.map((r: { label: string }) => r.label.replace(/^\S+ /, ''))).toEqual([
      '宛城甲项目',
      '宛城乙项目',
    ]);
    expect(
      why.json().line.rules[0].records.map((r: { label: string }) => r.label.replace(/^\S+ /, '')),
    ).toEqual(['宛城乙项目']);
    expect(
      (await api(wancheng, 'GET', `/api/evaluations/results/${current.id}/explain?unitId=411381`)).statusCode,
    ).toBe(403);
  });

  it('prints the briefing (通报) of the published quarter, and it reads back', async () => {
    const res = await api(wancheng, 'GET', '/api/briefings/ranking.docx?period=2026Q2&group=counties');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('关于2026年第二季度全市招商引资工作考评情况的通报'),
    );
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join('|');
    // The table: header, then 宛城区 and 邓州市 tied first at 105.00 after the correction.
    expect(text).toContain('名次|单位|签约额（60分）|签约项目数（40分）|加减分|总分|较上期');
    // Each row adds up: 60 + 40 + 5 (one ≥10亿 project) = 105.
    expect(text).toMatch(/1\|(宛城区|邓州市)\|60\.00\|40\.00\|5\.00\|105\.00/);
    expect(text).toContain('（2026年1月1日至2026年6月30日累计）');
    expect(text).toContain('予以通报表扬');
    expect(text).toContain('宛城区：十亿元以上项目1项，加5.00分');
    expect(
      (await api(admin, 'GET', '/api/briefings/ranking.docx?period=2025Q4&group=counties')).statusCode,
    ).toBe(404);
  });

  it('prints the monthly bulletin (月通报) by county, a county its own line', async () => {
    const words = async (who: string) => {
      const res = await api(who, 'GET', '/api/briefings/monthly.docx?month=2026-06');
      expect(res.statusCode, res.body).toBe(200);
      const zip = await JSZip.loadAsync(res.rawPayload);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join('|');
    };
    const city = await words(admin);
    // June: 邓州丁项目 (15亿); January to June: four projects, 5 + 12 + 3 + 15 = 35亿.
    expect(city).toContain(
      '2026年6月，全市新签约项目1个，总投资15.00亿元；1—6月累计签约项目4个，总投资35.00亿元。',
    );
    expect(city).toContain('邓州市|1|15.00|2|18.00');
    const county = await words(wancheng);
    expect(county).toContain('宛城区|0|0.00|2|17.00');
    expect(county).not.toContain('邓州市');
    expect((await api(admin, 'GET', '/api/briefings/monthly.docx?month=2026-13')).json().error.code).toBe(
      'PERIOD_INVALID',
    );
    // May: no 月报 filed for 宛城甲 (signed April) and 宛城乙 (signed May), nor for 邓州丙 (March).
    const res = await api(admin, 'GET', '/api/briefings/monthly.docx?month=2026-05');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const may = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join('|');
    expect(may).toContain('宛城区|2|0');
    expect(may).toContain('邓州市|1|0');
  });

  it('takes a year’s targets from the .xlsx sheet: template, dry run naming bad cells, all-or-nothing commit', async () => {
    const sheet = await api(admin, 'GET', `/api/evaluations/methods/${methodId}/targets.xlsx?year=2026`);
    expect(sheet.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, '单位', '指标', '目标值']);
    // Today's targets are filled in: 宛城区 20亿.
    const wancheng = ws?.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === '宛城区');
    expect(wancheng?.getCell(3).value).toBe('2000000000');
    const send = async (rows: (string | number)[][], dryRun: boolean) => {
      const out = new ExcelJS.Workbook();
      const s2 = out.addWorksheet('目标');
      s2.addRow(['单位', '指标', '目标值']);
      for (const r of rows) s2.addRow(r);
      const m = multipart(Buffer.from(await out.xlsx.writeBuffer()), '目标.xlsx');
      return t.app.inject({
        method: 'POST',
        url: `/api/evaluations/methods/${methodId}/targets.xlsx?year=2027&dryRun=${dryRun}`,
        headers: { cookie: admin, ...m.headers },
        payload: m.payload,
      });
    };
    const bad = await send(
      [
        ['宛城区', '签约额', '25亿'],
        ['卧龙', '签约额', 3],
        ['邓州市', '签约额', 0],
      ],
      false,
    );
    expect(bad.statusCode).toBe(422);
    expect(
      bad.json().error.params.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`),
    ).toEqual(['3:单位', '4:目标值']);
    const dry = await send(
      [
        ['宛城区', '签约额', '25亿'],
        ['邓州市', 'amount', '8000万元'],
      ],
      true,
    );
    expect(dry.json()).toMatchObject({
      problems: [],
      written: 0,
      rows: [
        { unitId: '411302', value: '2500000000.00' },
        { unitId: '411381', value: '80000000.00' },
      ],
    });
    const done = await send(
      [
        ['宛城区', '签约额', '25亿'],
        ['邓州市', 'amount', '8000万元'],
      ],
      false,
    );
    expect(done.json().written).toBe(2);
    const again = await api(admin, 'GET', `/api/evaluations/methods/${methodId}/targets.xlsx?year=2027`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(again.rawPayload as unknown as ArrayBuffer);
    const rows = wb2.worksheets[0]?.getRows(2, 20)?.filter((r) => r.getCell(3).value) ?? [];
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(3).value])).toEqual([
      ['宛城区', '2500000000.00'],
      ['邓州市', '80000000.00'],
    ]);
  });
});
