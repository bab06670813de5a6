import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Node = {
  id: string;
  name: string;
  version: number;
  state: string;
  computedState: string;
  stateReason: { rule: string };
  gap: { kind: string; reason: { rule: string } } | null;
  targets: { id: string; status: string; projectId: string | null; version: number }[];
  projects: { id: string }[];
  signedInvestment: string;
  closedBy: { id: string } | null;
};
type Chain = {
  id: string;
  groupName: string | null;
  nodes: Node[];
  covered: number;
  gaps: Record<string, number>;
  version: number;
};

/**
 * The atlas through its API on a hand-built chain — 测试装备链: 原材料 (upstream, a 链主 on it) →
 * 整机 (midstream, missing) → 部件 (its child, one small firm) → 应用 (downstream, missing):
 * 整机 is a hole inside the local chain (补链), 部件 weak (强链), 应用 beyond its end (延链).
 */
describe('industry atlas: chains, gaps, targets to signed projects, positions, versions', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let dengzhou: string;
  let chain: Chain;
  const ids: Record<string, string> = {};
  const api = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const node = (name: string) => {
    const n = chain.nodes.find((x) => x.name === name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  };
  const reload = async (who = admin) => {
    chain = (await api(who, 'GET', `/api/chains/${chain.id}`)).json<Chain>();
    return chain;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, wancheng, dengzhou] = await Promise.all([
      t.login('admin'),
      t.login('wancheng'),
      t.login('dengzhou'),
    ]);
    expect(
      (
        await api(admin, 'POST', '/api/atlas/systems', {
          id: 'test2021',
          name: '测试体系（2021）',
          year: 2021,
          groups: ['支柱产业'],
        })
      ).statusCode,
    ).toBe(201);
    expect((await api(admin, 'POST', '/api/atlas/systems/test2021/publish')).statusCode).toBe(200);
    const created = await api(admin, 'POST', '/api/chains', {
      systemId: 'test2021',
      groupId: 'test2021-g1',
      name: '测试装备链',
    });
    expect(created.statusCode, created.body).toBe(201);
    chain = created.json<Chain>();
    for (const [name, segment, parent] of [
      ['原材料', 'upstream', null],
      ['整机', 'midstream', null],
      ['部件', 'midstream', '整机'],
      ['应用', 'downstream', null],
    ] as const) {
      const res = await api(admin, 'POST', `/api/chains/${chain.id}/nodes`, {
        name,
        segment,
        parentId: parent ? ids[parent] : null,
      });
      expect(res.statusCode, res.body).toBe(201);
      chain = res.json<Chain>();
      ids[name] = node(name).id;
    }
    for (const [firm, nodeName, body] of [
      ['南阳测试钢铁有限公司', '原材料', { chainLeader: true, aboveScale: true, outputYuan: '3000000000' }],
      ['宛城测试部件有限公司', '部件', { aboveScale: true, outputYuan: '120000000.50' }],
    ] as const) {
      const inv = await api(admin, 'POST', '/api/investors', {
        name: firm,
        kind: 'local',
        originProvince: '河南省',
      });
      expect(inv.statusCode, inv.body).toBe(201);
      const put = await api(
        admin,
        'PUT',
        `/api/chains/${chain.id}/nodes/${ids[nodeName]}/firms/${inv.json().id}`,
        body,
      );
      expect(put.statusCode, put.body).toBe(200);
    }
    await reload();
  });
  afterAll(() => t.close());

  it('computes each node’s state by the rule and its gap, with reasons', () => {
    expect(chain.nodes.map((n) => [n.name, n.state, n.gap?.kind ?? null])).toEqual([
      ['原材料', 'strong', null],
      ['整机', 'missing', 'fill'],
      ['部件', 'weak', 'strengthen'],
      ['应用', 'missing', 'extend'],
    ]);
    expect(node('原材料').stateReason).toEqual({ rule: 'chain_leader', firm: '南阳测试钢铁有限公司' });
    expect(node('部件').stateReason).toMatchObject({
      rule: 'below_thresholds',
      aboveScale: 1,
      outputYuan: '120000000.50',
    });
    expect(node('应用').gap?.reason).toEqual({ rule: 'beyond_end', lastLocal: ids['部件'] });
    expect(chain.gaps).toEqual({ fill: 1, extend: 1, strengthen: 1 });
  });

  it('refuses a move under the node’s own descendant and an unknown parent, changing nothing', async () => {
    const before = node('整机');
    const cycle = await api(admin, 'PATCH', `/api/chains/${chain.id}/nodes/${before.id}`, {
      version: before.version,
      parentId: ids['部件'],
    });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error).toMatchObject({ code: 'CHAIN_CYCLE', details: [{ path: 'body.parentId' }] });
    const unknown = await api(admin, 'PATCH', `/api/chains/${chain.id}/nodes/${before.id}`, {
      version: before.version,
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    await reload();
    expect(node('整机')).toMatchObject({ version: before.version });
    expect(chain.nodes.find((n) => n.name === '整机')).toMatchObject({ name: '整机' });
    // An override with a reason wins over the rule; the computed state stays visible.
    const override = await api(admin, 'PATCH', `/api/chains/${chain.id}/nodes/${ids['部件']}`, {
      version: node('部件').version,
      override: { state: 'strong', reason: '龙头企业二期投产后产值过十亿' },
    });
    expect(override.json<Chain>().nodes.find((n) => n.name === '部件')).toMatchObject({
      state: 'strong',
      computedState: 'weak',
      gap: null,
    });
  });

  it('lets a county position chains for itself only', async () => {
    const own = await api(wancheng, 'PUT', `/api/atlas/positions/411302/${chain.id}`, {
      position: 'leading',
    });
    expect(own.statusCode, own.body).toBe(200);
    const other = await api(wancheng, 'PUT', `/api/atlas/positions/411381/${chain.id}`, {
      position: 'leading',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('REGION_OUT_OF_SCOPE');
    expect(
      (
        await api(await t.login('leader'), 'PUT', `/api/atlas/positions/411302/${chain.id}`, {
          position: 'emerging',
        })
      ).statusCode,
    ).toBe(403);
    const list = (await api(dengzhou, 'GET', '/api/chains?regionId=411302&position=leading')).json<{
      items: { id: string }[];
    }>();
    expect(list.items.map((c) => c.id)).toEqual([chain.id]);
    expect((await api(dengzhou, 'GET', '/api/chains?regionId=411381')).json().items).toEqual([]);
  });

  it('takes a target from the list to a signed project that closes the gap', async () => {
    const target = await api(wancheng, 'POST', `/api/chains/${chain.id}/nodes/${ids['应用']}/targets`, {
      name: '深圳测试应用科技股份有限公司',
      originProvince: '广东省',
      listed: true,
    });
    expect(target.statusCode, target.body).toBe(201);
    expect(target.json()).toMatchObject({ regionId: '411302', originRegion: 'gba', status: 'not_contacted' });
    const elsewhere = await api(wancheng, 'POST', `/api/chains/${chain.id}/nodes/${ids['应用']}/targets`, {
      name: '某公司',
      regionId: '411381',
    });
    expect(elsewhere.statusCode).toBe(422);
    const tid = target.json().id as string;
    const back = await api(wancheng, 'PATCH', `/api/atlas/targets/${tid}`, { version: 1, status: 'visited' });
    expect(back.json()).toMatchObject({ status: 'visited', version: 2 });
    const wrong = await api(wancheng, 'PATCH', `/api/atlas/targets/${tid}`, {
      version: 2,
      status: 'contacted',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({
      code: 'TARGET_STATUS_MOVE',
      params: { from: 'visited', to: 'contacted' },
    });
    expect(
      (await api(dengzhou, 'PATCH', `/api/atlas/targets/${tid}`, { version: 2, status: 'negotiating' }))
        .statusCode,
    ).toBe(422);

    const lead = await api(
      wancheng,
      'POST',
      `/api/atlas/targets/${tid}/lead`,
      projectBody({
        name: '测试应用科技南阳项目',
        investorName: '深圳测试应用科技股份有限公司',
        totalInvestment: '800000000',
      }),
    );
    expect(lead.statusCode, lead.body).toBe(201);
    const projectId = lead.json().projectId as string;
    expect(
      (await api(wancheng, 'POST', `/api/atlas/targets/${tid}/lead`, projectBody({ name: '再来一次' })))
        .statusCode,
    ).toBe(409);
    await reload(wancheng);
    expect(node('应用').targets[0]).toMatchObject({ projectId, status: 'visited' });
    expect(node('应用').projects.map((p) => p.id)).toEqual([projectId]);
    expect(node('应用').closedBy).toBeNull();

    let version = 1;
    for (const body of [
      { to: 'negotiating', date: '2026-06-01' },
      {
        to: 'signed',
        date: '2026-06-10',
        signing: { signingType: 'formal', contractedInvestment: '800000000', startBy: '2026-12-01' },
      },
    ]) {
      const moved = await api(wancheng, 'POST', `/api/projects/${projectId}/transitions`, {
        version,
        ...body,
      });
      expect(moved.statusCode, moved.body).toBe(200);
      version = moved.json().version;
    }
    await reload(wancheng);
    expect(node('应用')).toMatchObject({ closedBy: { id: projectId }, signedInvestment: '800000000.00' });
    expect(node('应用').targets[0]?.status).toBe('signed');
    expect(chain.covered).toBe(1);
    // Another county sees the coverage in the figures, not the other county's project itself.
    await reload(dengzhou);
    expect(node('应用')).toMatchObject({ projects: [], closedBy: null, signedInvestment: '800000000.00' });
  });

  it('refuses to delete a node with children or tagged projects unless they are reassigned with a reason', async () => {
    await reload();
    const withChild = await api(admin, 'POST', `/api/chains/${chain.id}/nodes/${ids['整机']}/delete`, {});
    expect(withChild.statusCode).toBe(409);
    expect(withChild.json().error.code).toBe('NODE_HAS_CHILDREN');
    const tagged = await api(admin, 'POST', `/api/chains/${chain.id}/nodes/${ids['应用']}/delete`, {});
    expect(tagged.statusCode).toBe(409);
    expect(tagged.json().error).toMatchObject({ code: 'NODE_HAS_PROJECTS' });
    await reload();
    expect(chain.nodes).toHaveLength(4);
    const moved = await api(admin, 'POST', `/api/chains/${chain.id}/nodes/${ids['应用']}/delete`, {
      reassignTo: ids['整机'],
      reason: '应用环节并入整机环节',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    chain = moved.json<Chain>();
    expect(chain.nodes.map((n) => n.name)).toEqual(['原材料', '整机', '部件']);
    expect(node('整机').projects).toHaveLength(1);
  });

  it('keeps a project’s classification when a new system is published; the old one is read-only', async () => {
    const projectId = node('整机').projects[0]?.id as string;
    const draft = await api(admin, 'POST', '/api/atlas/systems', {
      id: 'test2023',
      name: '测试体系（2023）',
      year: 2023,
      copyFrom: 'test2021',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(
      (await api(admin, 'POST', '/api/atlas/systems/test2023/publish'))
        .json()
        .items.map((s: { id: string; status: string }) => [s.id, s.status]),
    ).toEqual([
      ['test2021', 'retired'],
      ['test2023', 'published'],
    ]);
    const current = (await api(admin, 'GET', '/api/chains')).json<{
      items: { id: string; name: string }[];
    }>();
    expect(current.items.map((c) => c.name)).toEqual(['测试装备链']);
    const copy = (await api(admin, 'GET', `/api/chains/${current.items[0]?.id}`)).json<Chain>();
    expect(copy.nodes.map((n) => n.name)).toEqual(['原材料', '整机', '部件']);
    expect(copy.nodes[0]?.state).toBe('strong'); // local firms came along
    const put = await api(wancheng, 'PUT', `/api/projects/${projectId}/chain-nodes`, {
      nodeIds: [copy.nodes[1]?.id],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(
      put.json().items.map((i: { systemId: string; nodeName: string }) => [i.systemId, i.nodeName]),
    ).toEqual([
      ['test2021', '整机'],
      ['test2023', '整机'],
    ]);
    const old = await api(admin, 'PATCH', `/api/chains/${chain.id}/nodes/${ids['原材料']}`, {
      version: 1,
      name: '改名',
    });
    expect(old.statusCode).toBe(409);
    expect(old.json().error.code).toBe('SYSTEM_RETIRED');
    // Nor do its firms or targets move; the copy kept its group by name.
    const firm = (
      await api(admin, 'POST', '/api/investors', { name: '退休体系测试企业有限公司', kind: 'local' })
    ).json();
    const oldFirm = await api(
      admin,
      'PUT',
      `/api/chains/${chain.id}/nodes/${ids['原材料']}/firms/${firm.id}`,
      {},
    );
    expect(oldFirm.json().error.code).toBe('SYSTEM_RETIRED');
    const oldTarget = await api(admin, 'POST', `/api/chains/${chain.id}/nodes/${ids['原材料']}/targets`, {
      name: '某目标企业',
    });
    expect(oldTarget.json().error.code).toBe('SYSTEM_RETIRED');
    expect(copy).toMatchObject({ groupName: '支柱产业' });
  });
});
