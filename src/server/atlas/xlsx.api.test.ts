import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, multipart as harnessMultipart } from '../test/harness';

type Node = {
  id: string;
  name: string;
  parentId: string | null;
  segment: string;
  keyTech: string[];
  version: number;
};
type Chain = { id: string; nodes: Node[] };
type Problem = { row: number; column: string; value: string; reason: string };
type Report = {
  rows: number;
  problems: Problem[];
  ignoredColumns: string[];
  plan: { create: number; update: number; unchanged: number };
  created: number;
  updated: number;
  preview: { row: number; action: string; code: string | null; name: string; parent: string | null }[];
};

const HEADER = ['节点编号', '上级节点', '环节', '节点名称*', '描述', '关键技术/产品'];

async function workbook(rows: unknown[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('节点');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const multipart = (bytes: Buffer, filename = '节点.xlsx') => harnessMultipart(bytes, filename);

/** A chain built through the API: 原材料 (U1), 整机 (M1) with 部件 under it (M1.1), 应用 (D1). */
describe('chain nodes as .xlsx: export, template, import', () => {
  let t: TestApp;
  let admin: string;
  let chain: Chain;
  const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const reload = async () => (chain = (await api(admin, 'GET', `/api/chains/${chain.id}`)).json<Chain>());
  const node = (name: string) => {
    const n = chain.nodes.find((x) => x.name === name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  };
  const upload = (bytes: Buffer, dryRun: boolean, who = admin) => {
    const m = multipart(bytes);
    return t.app.inject({
      method: 'POST',
      url: `/api/chains/${chain.id}/nodes/import?dryRun=${dryRun}`,
      headers: { ...m.headers, cookie: who },
      payload: m.payload,
    });
  };
  const exported = async () => {
    const res = await api(admin, 'GET', `/api/chains/${chain.id}/nodes.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const sheetRows = async (bytes: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('节点');
    const rows: string[][] = [];
    ws?.eachRow((row) =>
      rows.push(Array.from({ length: 8 }, (_, i) => String(row.getCell(i + 1).value ?? ''))),
    );
    return { wb, ws, rows };
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    expect(
      (
        await api(admin, 'POST', '/api/atlas/systems', {
          id: 'xlsx2021',
          name: '测试体系',
          year: 2021,
          groups: [],
        })
      ).statusCode,
    ).toBe(201);
    const created = await api(admin, 'POST', '/api/chains', { systemId: 'xlsx2021', name: '测试装备链' });
    expect(created.statusCode, created.body).toBe(201);
    chain = created.json<Chain>();
    for (const [name, segment, parent, keyTech] of [
      ['原材料', 'upstream', null, ['特种钢']],
      ['整机', 'midstream', null, []],
      ['部件', 'midstream', '整机', ['轴承', '齿轮（精密）']],
      ['应用', 'downstream', null, []],
    ] as const) {
      const res = await api(admin, 'POST', `/api/chains/${chain.id}/nodes`, {
        name,
        segment,
        keyTech,
        description: name === '整机' ? '成套装备整机制造，含总装（试验线）' : undefined,
        parentId: parent ? node(parent).id : null,
      });
      expect(res.statusCode, res.body).toBe(201);
      chain = res.json<Chain>();
    }
  });
  afterAll(() => t.close());

  it('exports the nodes with path codes, parent, segment, key tech and read-only state and gap', async () => {
    const res = await exported();
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('测试装备链节点.xlsx'));
    const { wb, ws, rows } = await sheetRows(res.rawPayload);
    expect(rows).toEqual([
      ['节点编号', '上级节点', '环节', '节点名称*', '描述', '关键技术/产品', '状态（只读）', '缺口（只读）'],
      [
        'U1',
        '',
        '上游',
        '原材料',
        '',
        '特种钢',
        '缺',
        '延链：本地无企业，全链尚无本地企业，需从首个环节延伸',
      ],
      [
        'M1',
        '',
        '中游',
        '整机',
        '成套装备整机制造，含总装（试验线）',
        '',
        '缺',
        '延链：本地无企业，全链尚无本地企业，需从首个环节延伸',
      ],
      [
        'M1.1',
        '整机',
        '中游',
        '部件',
        '',
        '轴承、齿轮（精密）',
        '缺',
        '延链：本地无企业，全链尚无本地企业，需从首个环节延伸',
      ],
      ['D1', '', '下游', '应用', '', '', '缺', '延链：本地无企业，全链尚无本地企业，需从首个环节延伸'],
    ]);
    expect(ws?.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"上游,中游,下游"'] });
    expect(wb.getWorksheet('填写说明')?.getCell('A1').value).toBe('节点编号');
  });

  it('offers an empty template with the 环节 drop-down and the rules', async () => {
    const res = await api(admin, 'GET', '/api/atlas/node-template.xlsx');
    expect(res.statusCode).toBe(200);
    const { wb, ws, rows } = await sheetRows(res.rawPayload);
    expect(rows).toHaveLength(1);
    expect(ws?.getCell('C2').dataValidation?.type).toBe('list');
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  it('re-imports its own export without changing anything', async () => {
    const before = chain.nodes.map((n) => [n.id, n.version]);
    const bytes = (await exported()).rawPayload;
    const dry = await upload(bytes, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<Report>()).toMatchObject({
      rows: 4,
      problems: [],
      ignoredColumns: [],
      plan: { create: 0, update: 0, unchanged: 4 },
      created: 0,
    });
    const commit = await upload(bytes, false);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json<Report>()).toMatchObject({ created: 0, updated: 0, plan: { unchanged: 4 } });
    await reload();
    expect(chain.nodes.map((n) => [n.id, n.version])).toEqual(before);
  });

  it('lists every problem with row, column, value and reason, and writes nothing', async () => {
    const before = JSON.stringify((await reload()).nodes);
    const bytes = await workbook([
      ['', '新B', '中游', '新A'],
      ['', '新A', '中游', '新B'],
      ['', '不存在的节点', '下游', '新C'],
      ['M1', '部件', '', '整机'],
      ['', '', '中游', '新A'],
      ['', '', '旁游', '新D'],
      ['', '', '上游', '', '没有名称的一行'],
      ['', '', '', '新E', '', Array.from({ length: 31 }, (_, i) => `技术${i}`).join('、')],
    ]);
    const expected = [
      '2|上级节点|新B|the parents make a cycle: 新A → 新B → 新A (each under the next)',
      '3|上级节点|新A|the parents make a cycle: 新A → 新B → 新A (each under the next)',
      '4|上级节点|不存在的节点|"不存在的节点" is neither a node of this chain nor a row of this file',
      '5|上级节点|部件|"部件" is below "整机": a node cannot move under its own descendant',
      '6|节点名称*|新A|the same name is on row 2',
      '7|环节|旁游|"旁游" is not a valid 环节 (one of 上游、中游、下游)',
      '8|节点名称*||required',
      '9|环节||required for a new node',
      '9|关键技术/产品|技术0、技术1、技术2、技术3、技术4、技术5、技术6、技术7、技术8、技术9、技术10、技术11、技术12、技术13、技术14、技术15、技术16、技术17、技术18、技术19、技术20、技术21、技术22、技术23、技术24、技术25、技术26、技术27、技术28、技术29、技术30|more than 30 items (31)',
    ];
    const dry = await upload(bytes, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const show = (ps: Problem[]) => ps.map((p) => `${p.row}|${p.column}|${p.value}|${p.reason}`);
    expect(show(dry.json<Report>().problems)).toEqual(expected);
    const commit = await upload(bytes, false);
    expect(commit.statusCode).toBe(422);
    const error = commit.json<{ error: { code: string; params: { problems: Problem[]; total: number } } }>()
      .error;
    expect(error.code).toBe('CHAIN_IMPORT_INVALID');
    expect(show(error.params.problems)).toEqual(expected);
    expect(JSON.stringify((await reload()).nodes)).toBe(before);
  });

  it('refuses damaged, merged and formula sheets as the project import does', async () => {
    const garbage = await upload(Buffer.from('not a workbook at all'), true);
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().error.code).toBe('FILE_INVALID');
    const merged = await upload(
      await workbook(
        [
          ['', '', '上游', '甲'],
          ['', '', '上游', '乙'],
        ],
        (ws) => ws.mergeCells('A2:A3'),
      ),
      true,
    );
    expect(merged.json().error).toMatchObject({ code: 'FILE_INVALID' });
    const formula = await upload(
      await workbook([['', '', '上游', { formula: 'CONCAT("甲","乙")', result: '甲乙' }]]),
      true,
    );
    expect(formula.json<Report>().problems).toMatchObject([
      { row: 2, column: 'D', reason: expect.stringMatching(/^formulas are not accepted/) },
      { row: 2, column: '节点名称*', reason: 'required' },
    ]);
    const county = await upload(await workbook([['', '', '上游', '甲']]), true, await t.login('wancheng'));
    expect(county.statusCode).toBe(403);
  });

  it('adds nodes and moves existing ones, parents named by name or code, above or below', async () => {
    const before = (await reload()).nodes;
    const bytes = await workbook([
      ['', '整机', '中游', '关键部件', '新增的部件环节', '精密轴承、齿轮箱'],
      ['M1.1', '关键部件', '', '部件', '', '轴承、齿轮（精密）'],
      ['', '新2', '下游', '再制造'],
      ['新2', 'D1', '下游', '回收利用'],
      ['U1', '', '上游', '原材料', '', '特种钢'],
    ]);
    const dry = (await upload(bytes, true)).json<Report>();
    expect(dry.problems).toEqual([]);
    expect(dry.preview.map((p) => [p.row, p.action, p.code, p.name, p.parent])).toEqual([
      [2, 'create', 'M1.1', '关键部件', '整机'],
      [3, 'update', 'M1.1.1', '部件', '关键部件'],
      [4, 'create', 'D1.1.1', '再制造', '回收利用'],
      [5, 'create', 'D1.1', '回收利用', '应用'],
      [6, 'unchanged', 'U1', '原材料', null],
    ]);
    const commit = await upload(bytes, false);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json<Report>()).toMatchObject({ created: 3, updated: 1, plan: { unchanged: 1 } });
    await reload();
    expect(chain.nodes).toHaveLength(7);
    expect(node('关键部件')).toMatchObject({
      parentId: node('整机').id,
      segment: 'midstream',
      keyTech: ['精密轴承', '齿轮箱'],
    });
    const moved = before.find((n) => n.name === '部件');
    expect(node('部件')).toMatchObject({ parentId: node('关键部件').id, version: (moved?.version ?? 0) + 1 });
    expect(node('再制造').parentId).toBe(node('回收利用').id);
    expect(node('回收利用').parentId).toBe(node('应用').id);
    expect(node('原材料').version).toBe(before.find((n) => n.name === '原材料')?.version);

    const audit = await api(await t.login('auditor'), 'GET', '/api/audit?action=chain.node_import');
    const events = audit.json<{ items: { entityId: string; diff: Record<string, unknown> }[] }>().items;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: chain.id, diff: { created: 3, updated: 1, unchanged: 1 } });

    // And the new tree exports with its new codes, and re-imports unchanged.
    const { rows } = await sheetRows((await exported()).rawPayload);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[3]} ← ${r[1]}`)).toEqual([
      'U1 原材料 ← ',
      'M1 整机 ← ',
      'M1.1 关键部件 ← 整机',
      'M1.1.1 部件 ← 关键部件',
      'D1 应用 ← ',
      'D1.1 回收利用 ← 应用',
      'D1.1.1 再制造 ← 回收利用',
    ]);
    const again = (await upload((await exported()).rawPayload, true)).json<Report>();
    expect(again.plan).toEqual({ create: 0, update: 0, unchanged: 7 });
  });
});
