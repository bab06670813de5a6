import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Chain = { id: string; nodes: { id: string; name: string }[] };

/**
 * The chain sheet on a hand-built chain — 超硬材料: 原材料 (upstream, a 链主 on it), 整机
 * (midstream, missing: 补链), 部件 under it (one small firm: 强链), 应用 (downstream, missing:
 * 延链) with a listed target enterprise that became a signed 8亿 project.
 */
describe('the printable chain sheet (.docx)', () => {
  let t: TestApp;
  let admin: string;
  let chain: Chain;
  const ids: Record<string, string> = {};
  const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 200) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    return r.json() as Record<string, unknown>;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    await ok(
      api(admin, 'POST', '/api/atlas/systems', {
        id: 'sheet2021',
        name: '测试“234”体系',
        year: 2021,
        groups: [],
      }),
      201,
    );
    chain = (await ok(
      api(admin, 'POST', '/api/chains', { systemId: 'sheet2021', name: '超硬材料' }),
      201,
    )) as Chain;
    for (const [name, segment, parent, keyTech] of [
      ['原材料', 'upstream', null, ['石墨', '触媒']],
      ['整机', 'midstream', null, ['六面顶压机']],
      ['部件', 'midstream', '整机', []],
      ['应用', 'downstream', null, []],
    ] as const) {
      chain = (await ok(
        api(admin, 'POST', `/api/chains/${chain.id}/nodes`, {
          name,
          segment,
          keyTech,
          parentId: parent ? ids[parent] : null,
        }),
        201,
      )) as Chain;
      ids[name] = chain.nodes.find((n) => n.name === name)?.id ?? '';
    }
    for (const [firm, node, body] of [
      ['南阳测试超硬材料有限公司', '原材料', { chainLeader: true, aboveScale: true }],
      ['宛城测试部件有限公司', '部件', { aboveScale: true, outputYuan: '120000000' }],
    ] as const) {
      const inv = await ok(
        api(admin, 'POST', '/api/investors', { name: firm, kind: 'local', originProvince: '河南省' }),
        201,
      );
      await ok(api(admin, 'PUT', `/api/chains/${chain.id}/nodes/${ids[node]}/firms/${String(inv.id)}`, body));
    }
    const target = await ok(
      api(admin, 'POST', `/api/chains/${chain.id}/nodes/${ids['应用']}/targets`, {
        name: '深圳测试应用科技股份有限公司',
        originProvince: '广东省',
        listed: true,
        fortune500: true,
        regionId: '411302',
      }),
      201,
    );
    const lead = await ok(
      api(
        admin,
        'POST',
        `/api/atlas/targets/${String(target.id)}/lead`,
        projectBody({ name: '测试应用科技南阳项目', totalInvestment: '800000000' }),
      ),
      201,
    );
    let version = 1;
    for (const body of [
      { to: 'negotiating', date: '2026-06-01' },
      {
        to: 'signed',
        date: '2026-06-10',
        signing: { signingType: 'formal', contractedInvestment: '800000000', startBy: '2026-12-01' },
      },
    ]) {
      const moved = await ok(
        api(admin, 'POST', `/api/projects/${String(lead.projectId)}/transitions`, { version, ...body }),
      );
      version = moved.version as number;
    }
  });
  afterAll(() => t.close());

  it('prints the title, chain map, path with worded reasons, targets and signed projects', async () => {
    const res = await api(await t.login('leader'), 'GET', `/api/chains/${chain.id}/sheet.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="download.docx"; filename*=UTF-8''${encodeURIComponent('南阳市超硬材料产业链招商图谱.docx')}`,
    );
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '南阳市超硬材料产业链招商图谱',
      '所属产业体系：测试“234”体系（2021年）',
      '链主企业：南阳测试超硬材料有限公司',
      // the chain map: segments, states, firms (链主 marked), key tech
      '上游',
      'U1 原材料【强】',
      '本地企业：南阳测试超硬材料有限公司（链主）',
      '关键技术/产品：石墨、触媒',
      'M1.1 部件【弱】',
      // the path, each gap with its reason in words
      '（一）补链（1个）',
      '1. M1 整机（中游）：本地无企业，处在本地链条之内（本地链条延伸至“部件”），需补齐。',
      '（二）延链（1个）',
      'D1 应用（下游）：本地无企业，位于本地链条末端“部件”之后，需向后延伸。',
      '本地规上企业不足3家（现有1家）且产值不足10亿元（现为1.20亿元）',
      // the target list and the signed project, investment exact in 亿元
      '深圳测试应用科技股份有限公司',
      '广东省（粤港澳大湾区）',
      '世界500强、上市',
      '宛城区',
      '已签约',
      '测试应用科技南阳项目',
      '8亿元',
      '已签约项目1个，总投资8亿元',
    ]) {
      expect(text).toContain(expected);
    }
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toContain('仿宋_GB2312');
  });

  it('answers 404 for an unknown chain', async () => {
    const res = await api(admin, 'GET', '/api/chains/00000000-0000-4000-8000-000000000000/sheet.docx');
    expect(res.statusCode).toBe(404);
  });
});
