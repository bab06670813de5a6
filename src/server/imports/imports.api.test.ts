import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, multipart as harnessMultipart } from '../test/harness';

type Report = {
  rows: number;
  valid: number;
  created: number;
  duplicatesFlagged: number;
  problems: { row: number; column: string; value: string; reason: string }[];
};
type ErrorBody = { error: { code: string; message: string; params?: { problems?: unknown[] } } };

const HEADER = [
  '项目名称',
  '县（市、区）',
  '产业类别',
  '行业',
  '投资方',
  '总投资（万元）',
  '供地方式',
  '签约类型',
  '签约日期',
];

async function workbook(rows: unknown[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const multipart = (bytes: Buffer, filename = '项目.xlsx') => harnessMultipart(bytes, filename);

describe('project import from .xlsx', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  const upload = async (who: string, bytes: Buffer, dryRun: boolean) => {
    const m = multipart(bytes);
    return t.app.inject({
      method: 'POST',
      url: `/api/imports/projects?dryRun=${dryRun}`,
      headers: { ...m.headers, cookie: who },
      payload: m.payload,
    });
  };
  const total = async () =>
    (
      await t.app.inject({ method: 'GET', url: '/api/projects?pageSize=1', headers: { cookie: admin } })
    ).json<{ total: number }>().total;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, wancheng] = await Promise.all([t.login('admin'), t.login('wancheng')]);
  });
  afterAll(() => t.close());

  it('offers a template with Chinese headers and drop-downs', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/imports/projects/template',
      headers: { cookie: wancheng },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('项目');
    expect(ws?.getRow(1).getCell(1).value).toBe('项目名称*');
    expect(ws?.getCell('B2').dataValidation?.type).toBe('list');
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  const bad = [
    [
      '光电产业园',
      '宛城',
      '工业',
      '数字光电',
      '苏州锦程光电科技有限公司',
      '2.5亿',
      '需新供地',
      '正式合同',
      '2021年7月28日',
    ],
    ['冷链物流园', '郑州', '服务业', '物流', '成都天府冷链物流有限公司', '8000', '标准厂房', '', ''],
    [
      '纺织服装项目',
      '邓州',
      '工业',
      '纺织',
      '江苏恒丰纺织科技有限公司',
      '约3亿',
      '标准厂房',
      '',
      '2021-02-30',
    ],
  ];

  it('lists every problem in a dry run and writes nothing; a commit with problems is refused whole', async () => {
    const before = await total();
    const dry = await upload(admin, await workbook(bad), true);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json<Report>();
    expect(report).toMatchObject({ rows: 3, valid: 1, created: 0 });
    expect(report.problems.map((p) => `${p.row}|${p.column}|${p.value}`)).toEqual([
      '3|县（市、区）|郑州',
      '4|总投资（万元）|约3亿',
      '4|签约日期|2021-02-30',
    ]);
    const commit = await upload(admin, await workbook(bad), false);
    expect(commit.statusCode).toBe(422);
    expect(commit.json<ErrorBody>().error.code).toBe('IMPORT_INVALID');
    expect(await total()).toBe(before);
  });

  it('imports a fixed sheet in one go: signed rows with their lifecycle, duplicates flagged', async () => {
    const fixed = [
      bad[0] ?? [],
      ['冷链物流园', '宛城区', '服务业', '物流', '成都天府冷链物流有限公司', '8000', '标准厂房', '', ''],
      [
        '纺织服装项目',
        '邓州',
        '工业',
        '纺织',
        '江苏恒丰纺织科技有限公司',
        '3亿',
        '标准厂房',
        '框架协议',
        '2021-02-28',
      ],
      [
        '光电产业园二期',
        '邓州市',
        '工业',
        '数字光电',
        '苏州锦程光电科技股份有限公司',
        '30000',
        '需新供地',
        '',
        '',
      ],
    ];
    const before = await total();
    const res = await upload(admin, await workbook(fixed), false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Report>()).toMatchObject({ created: 4, duplicatesFlagged: 1, problems: [] });
    expect(await total()).toBe(before + 4);
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/projects?q=${encodeURIComponent('光电产业园')}&sort=code&order=asc`,
        headers: { cookie: admin },
      })
    ).json<{ items: { id: string; stage: string; totalInvestment: string }[] }>();
    const first = list.items.find((p) => p.stage === 'signed');
    expect(first?.totalInvestment).toBe('250000000.00');
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/projects/${first?.id}`, headers: { cookie: admin } })
    ).json<{ transitions: { toStage: string; occurredOn: string; note: string }[] }>();
    expect(detail.transitions.map((x) => `${x.toStage}@${x.occurredOn}:${x.note}`)).toEqual([
      'negotiating@2021-07-28:Excel导入',
      'signed@2021-07-28:Excel导入',
    ]);
    const auditor = await t.login('auditor');
    const audit = (
      await t.app.inject({
        method: 'GET',
        url: '/api/audit?action=project.import',
        headers: { cookie: auditor },
      })
    ).json<{ items: { diff: { rows: number } }[] }>();
    expect(audit.items[0]?.diff.rows).toBe(4);
  });

  it('keeps a county officer to its own region', async () => {
    const res = await upload(
      wancheng,
      await workbook([['项目甲', '邓州', '工业', '装备', '某企业', '1', '标准厂房', '', '']]),
      true,
    );
    expect(res.json<Report>().problems).toEqual([
      { row: 2, column: '县（市、区）', value: '邓州', reason: 'outside your region' },
    ]);
  });

  it('refuses files it cannot trust, with a clear message', async () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('name,region\n'), /not an \.xlsx/],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), /password-protected/],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]), /damaged/],
      [await workbook([], (ws) => ws.spliceRows(1, 1)), /empty/],
      [await workbook([bad[0] ?? []], (ws) => ws.mergeCells('A2:B2')), /merged cells \(A2:B2\)/],
    ];
    for (const [bytes, message] of cases) {
      const res = await upload(admin, bytes, true);
      expect(res.statusCode, String(message)).toBe(422);
      expect(res.json<ErrorBody>().error.message).toMatch(message);
    }
    const limit = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/imports.maxRows',
      headers: { cookie: admin },
      payload: { value: 1 },
    });
    expect(limit.statusCode).toBe(200);
    const tooMany = await upload(admin, await workbook([bad[0] ?? [], bad[0] ?? []]), true);
    expect(tooMany.json<ErrorBody>().error.message).toBe(
      'The sheet has 2 data rows; at most 1 can be imported at once',
    );
    await t.app.inject({
      method: 'PUT',
      url: '/api/settings/imports.maxRows',
      headers: { cookie: admin },
      payload: { value: 50000 },
    });
    const formula = await upload(
      admin,
      await workbook([bad[0] ?? []], (ws) => (ws.getCell('F2').value = { formula: 'SUM(1,2)', result: 3 })),
      true,
    );
    expect(formula.json<Report>().problems).toContainEqual({
      row: 2,
      column: 'F',
      value: '=SUM(1,2)',
      reason: 'formulas are not accepted: copy the column and paste values only',
    });
  });

  it('imports investors: a code already registered or repeated is named, then a clean sheet goes in whole', async () => {
    const sheet = async (rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('客商');
      ws.addRow(['企业名称', '统一社会信用代码', '类型', '来源省份', '企业性质', '上市企业']);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const send = async (bytes: Buffer, dryRun: boolean) => {
      const m = multipart(bytes);
      return t.app.inject({
        method: 'POST',
        url: `/api/imports/investors?dryRun=${dryRun}`,
        headers: { ...m.headers, cookie: wancheng },
        payload: m.payload,
      });
    };
    await t.app.inject({
      method: 'POST',
      url: '/api/investors',
      headers: { cookie: admin },
      payload: { name: '已登记企业', creditCode: '91350100M000100Y43' },
    });
    const dry = (
      await send(
        await sheet([
          ['新企业甲', '91350100M000100Y43', '客商', '江苏省', '民营', '是'],
          ['新企业乙', '', '伙伴', '', '', ''],
        ]),
        true,
      )
    ).json<Report>();
    expect(dry.problems.map((p) => `${p.row}|${p.column}|${p.reason.split(' (')[0]}`)).toEqual([
      '2|统一社会信用代码|already registered to 已登记企业',
      '3|类型|"伙伴" is not a valid kind',
    ]);
    const ok = await send(
      await sheet([
        ['新企业甲', '', '客商', '江苏省', '民营', '是'],
        ['新企业乙', '', '目标企业', '广东', '', ''],
      ]),
      false,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Report>().created).toBe(2);
    const found = (
      await t.app.inject({
        method: 'GET',
        url: `/api/investors?q=${encodeURIComponent('新企业甲')}`,
        headers: { cookie: wancheng },
      })
    ).json<{ items: { originRegion: string; ownerRegionId: string; listed: boolean }[] }>();
    expect(found.items[0]).toMatchObject({
      originRegion: 'yangtze_delta',
      ownerRegionId: '411302',
      listed: true,
    });
  });
});
