import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, pageCall, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

type Node = {
  id: string;
  parentId: string | null;
  name: string;
  state: string;
  version: number;
  firms: { name: string; chainLeader: boolean; outputYuan: string | null }[];
  projects: { id: string }[];
};
type Chain = { id: string; name: string; nodes: Node[] };

/**
 * Editing the industry atlas in Debian's Chromium, as the city administrator: a node is added under
 * 数控机床 of 智能装备; moving a parent under its own child is refused (greyed out in the picker, and
 * by the server when the page's copy is out of date); a registry firm put on the missing node
 * 工业控制系统 as 链主 makes it strong; and a project is tagged to a node from its own page.
 */
describe('editing the industry atlas, and a project’s chain position', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let chain: Chain;
  const added = '谐波减速器浏览器测试环节';

  const call = <T>(method: string, url: string, body?: unknown) => pageCall<T>(page, method, url, body);
  const reload = async () => {
    chain = (await call<Chain>('GET', `/api/chains/${chain.id}`)).json;
    return chain;
  };
  const nodeNamed = (name: string) => {
    const n = chain.nodes.find((x) => x.name === name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  };
  const treeOption = (name: string) =>
    page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode').filter({ hasText: name });
  const structureRow = (name: string) =>
    page.locator(`[data-testid="ae-structure-node"][data-node="${name}"]`);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    wide.setDefaultTimeout(15_000);
    page = await wide.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a node under 数控机床 from the chain page', async () => {
    await login(page, server.base, 'admin');
    await page.waitForURL((u) => u.pathname.startsWith('/projects'));
    const chains = await call<{ items: { id: string; name: string }[] }>(
      'GET',
      '/api/chains?systemId=ny2021',
    );
    const found = chains.json.items.find((c) => c.name === '智能装备');
    if (!found) throw new Error('no 智能装备 chain');
    chain = { id: found.id, name: found.name, nodes: [] };
    await reload();

    await page.goto(`${server.base}/atlas/${chain.id}`);
    await page.getByTestId('ae-chain-actions').waitFor();
    await page.getByTestId('ae-node-add').click();
    const form = page.getByTestId('ae-node-form');
    await form.waitFor();
    await page.getByTestId('ae-node-parent').click();
    await treeOption('数控机床').first().click();
    await form.getByText('中游', { exact: true }).click();
    await page.getByTestId('ae-node-name').fill(added);
    await page.getByTestId('ae-node-keytech').locator('input').fill('谐波传动');
    await page.keyboard.press('Enter');
    await screenshot(page, 'atlas-edit-node-add');
    await page.getByTestId('ae-node-submit').click();
    await form.waitFor({ state: 'hidden' });

    await reload();
    const node = nodeNamed(added);
    expect(node.parentId).toBe(nodeNamed('数控机床').id);
    expect(node.state).toBe('missing');
    await page.getByTestId('ae-structure').click();
    await structureRow(added).waitFor();
    expect(await structureRow(added).innerText()).toContain('缺');
  });

  it('refuses to move a parent under its own child: greyed out in the picker, and by the server', async () => {
    // The picker: 数控机床 cannot go under the node just added below it (nor under itself).
    await structureRow('数控机床').getByTestId('ae-node-edit').click();
    const form = page.getByTestId('ae-node-form');
    await form.waitFor();
    await page.getByTestId('ae-node-parent').click();
    await expect
      .poll(() => treeOption(added).getAttribute('class'))
      .toContain('ant-select-tree-treenode-disabled');
    expect(await treeOption('工业机器人整机').getAttribute('class')).toContain('treenode-disabled');
    expect(await treeOption('特种钢材与铸锻件').getAttribute('class')).not.toContain('treenode-disabled');
    await screenshot(page, 'atlas-edit-move-picker');
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /取\s*消/ })
      .last()
      .click();
    await form.waitFor({ state: 'hidden' });

    // The server: while 特种钢材与铸锻件's form is open, someone else moves the new node under it;
    // the page's copy still offers that node as a parent, and the server refuses the cycle.
    await structureRow('特种钢材与铸锻件').getByTestId('ae-node-edit').click();
    await form.waitFor();
    const parent = nodeNamed('特种钢材与铸锻件');
    const moved = await call<Chain>('PATCH', `/api/chains/${chain.id}/nodes/${nodeNamed(added).id}`, {
      version: nodeNamed(added).version,
      parentId: parent.id,
    });
    expect(moved.status).toBe(200);
    await page.getByTestId('ae-node-parent').click();
    await treeOption(added).first().click();
    await page.getByTestId('ae-node-submit').click();
    const refusal = page.getByTestId('ae-node-cycle');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`「特种钢材与铸锻件」不能移到「${added}」之下`);
    await screenshot(page, 'atlas-edit-move-refused');
    await reload();
    expect(nodeNamed('特种钢材与铸锻件').parentId).toBeNull();
    expect(nodeNamed(added).parentId).toBe(parent.id);
    await page
      .getByRole('button', { name: /取\s*消/ })
      .last()
      .click();
    await form.waitFor({ state: 'hidden' });
  });

  it('puts a registry firm on the missing node 工业控制系统 as 链主 and the node turns strong', async () => {
    await reload();
    const missing = nodeNamed('工业控制系统');
    expect(missing.state).toBe('missing');
    await page.goto(`${server.base}/atlas/${chain.id}?node=${missing.id}`);
    await page.getByTestId('atlas-node-drawer').first().waitFor();
    await page.getByTestId('ae-node-firms').click();
    const state = page.getByTestId('ae-firms-state').getByTestId('ae-node-state');
    await expect.poll(() => state.getAttribute('data-state')).toBe('missing');
    await page.getByTestId('ae-firm-add').click();
    await page.getByTestId('ae-firm-form').waitFor();
    await page.getByTestId('ae-firm-investor').click();
    await page.keyboard.type('南阳数控');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '南阳数控装备有限公司' })
      .first()
      .click();
    await page.getByTestId('ae-firm-leader').click();
    await page.getByTestId('ae-firm-output').fill('0.3');
    await page.getByText('折合 30000000.00 元').waitFor();
    await screenshot(page, 'atlas-edit-firm-add');
    await page.getByTestId('ae-firm-submit').click();
    await page.getByTestId('ae-firm-form').waitFor({ state: 'hidden' });
    await expect.poll(() => state.getAttribute('data-state')).toBe('strong');
    const firm = page.getByTestId('ae-firm').filter({ hasText: '南阳数控装备有限公司' });
    expect(await firm.innerText()).toContain('链主');
    await screenshot(page, 'atlas-edit-firm-strong');

    // What the chain API says: strong, by the 链主 rule, with the output stored exactly in 元.
    await reload();
    const node = nodeNamed('工业控制系统');
    expect(node.state).toBe('strong');
    expect(node.firms).toContainEqual(
      expect.objectContaining({ name: '南阳数控装备有限公司', chainLeader: true, outputYuan: '30000000.00' }),
    );
  });

  it('tags a project to a node from the project page', async () => {
    const created = await call<{ id: string }>('POST', '/api/projects', {
      name: '工业控制系统浏览器归类测试项目',
      regionId: '411302',
      industryCategory: 'industrial',
      strategicEmerging: true,
      industry: '装备制造',
      investorName: '深圳浏览器测试控制技术有限公司',
      totalInvestment: '150000000',
      promotionMethods: ['chain'],
      brings: ['capital'],
      landSituation: 'standard_factory',
    });
    expect(created.status).toBe(201);
    const projectId = created.json.id;
    await page.goto(`${server.base}/projects/${projectId}`);
    const card = page.getByTestId('ae-project-nodes');
    await card.waitFor();
    await card.getByText('尚未归入产业链环节').waitFor();
    await page.getByTestId('ae-tags-edit').click();
    await page.getByTestId('ae-tags-chain').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '智能装备' })
      .first()
      .click();
    await page.locator('[data-testid="ae-tags-node"][data-node="工业控制系统"]').click();
    await page.locator('[data-testid="ae-tags-node"][data-node="' + added + '"]').click();
    expect(await page.getByTestId('ae-tags-picked').innerText()).toContain('智能装备 · 工业控制系统');
    await screenshot(page, 'atlas-edit-project-picker');
    await page.getByTestId('ae-tags-submit').click();
    await card.getByTestId('ae-project-node').filter({ hasText: '工业控制系统' }).waitFor();
    const tags = await card.getByTestId('ae-project-node').allInnerTexts();
    expect(tags.sort()).toEqual([`智能装备 · ${added}`, '智能装备 · 工业控制系统'].sort());
    expect(await card.innerText()).toContain('现行体系');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'atlas-edit-project-card');

    const stored = await call<{ items: { nodeName: string; chainName: string; systemId: string }[] }>(
      'GET',
      `/api/projects/${projectId}/chain-nodes`,
    );
    expect(stored.json.items.map((i) => i.nodeName).sort()).toEqual([added, '工业控制系统'].sort());
    expect(new Set(stored.json.items.map((i) => i.systemId))).toEqual(new Set(['ny2021']));
    await reload();
    expect(nodeNamed('工业控制系统').projects.map((p) => p.id)).toContain(projectId);
  });
});
