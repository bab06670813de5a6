import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

/**
 * The industry atlas in Debian's Chromium: the 宛城区 officer opens 智能装备, clicks the missing
 * node 工业机器人整机 in the chain's graph, starts a lead from one of its target firms through the
 * project form, signs that project in the pipeline, and finds the gap closed by it — in the graph's
 * drawer, in the leaders' summary and, on a phone, in the table view.
 */
describe('industry atlas: from a gap to a signed project that closes it', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let phone: Page;
  const target = '广州数控智造集团有限公司';
  const node = '工业机器人整机';
  const projectName = `${target}${node}项目`;
  let chainPath = '';

  const transition = async (to: string, fill?: () => Promise<void>) => {
    await page.getByTestId(`transition-${to}`).click();
    await page.getByTestId('transition-form').waitFor();
    await fill?.();
    await page.getByTestId('transition-submit').click();
    await page.getByTestId('transition-form').waitFor({ state: 'hidden' });
    await page.locator(`[data-testid="timeline-item"][data-to-stage="${to}"]`).first().waitFor();
  };
  const targetItem = (p: Page, name: string) =>
    p.locator(`[data-testid="atlas-target"][data-target="${name}"]`);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    wide.setDefaultTimeout(15_000);
    page = await wide.newPage();
    const mobile = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    mobile.setDefaultTimeout(15_000);
    phone = await mobile.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the chains of the system in force, grouped, with chiefs, states, gaps and positions', async () => {
    await login(page, server.base, 'wancheng');
    await page.waitForURL((u) => u.pathname.startsWith('/projects'));
    await page.getByTestId('side-menu').getByText('产业图谱').click();
    await page.waitForURL((u) => u.pathname === '/atlas');
    const card = page.locator('[data-testid="atlas-chain-card"][data-chain="智能装备"]');
    await card.waitFor();
    expect(await page.getByTestId('atlas-system').innerText()).toContain('现行');
    const groups = await page.getByTestId('atlas-group').locator('h2').allInnerTexts();
    expect(groups.map((g) => g.replace(/\s*\d+$/, ''))).toEqual(['传统产业转型', '支柱产业', '新兴产业']);
    const text = await card.innerText();
    expect(text).toContain('链长 市长');
    expect(text).toContain('宛钢特材有限公司');
    expect(text).toContain('2 强 · 2 弱 · 3 缺');
    expect(text).toContain('补链 2');
    expect(text).toContain('延链 1');
    expect(text).toContain('宛城区 · 主导');
    expect(text).toMatch(/签约项目 4 个 · [\d.]+ 亿元/);
    await screenshot(page, 'atlas-overview');

    // 主新特: 宛城区's emerging chains only.
    await page.getByTestId('atlas-filter-county').click();
    await page.locator('.ant-select-dropdown:visible').getByText('宛城区', { exact: true }).click();
    await page.getByTestId('atlas-filter-position').click();
    await page.locator('.ant-select-dropdown:visible').getByText('新兴', { exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('position') === 'emerging');
    await page
      .locator('[data-testid="atlas-chain-card"][data-chain="智能装备"]')
      .waitFor({ state: 'detached' });
    await page.locator('[data-testid="atlas-chain-card"][data-chain="5G"]').waitFor();
    const names = await page
      .getByTestId('atlas-chain-card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-chain')));
    expect(names.sort()).toEqual(['5G', '汽车及零部件']);
    await page.goto(`${server.base}/atlas`);
  });

  it('opens 智能装备, clicks the missing node in the graph and sees why, its gap and its targets', async () => {
    await page.locator('[data-testid="atlas-chain-card"][data-chain="智能装备"]').click();
    await page.getByTestId('atlas-chain-graph').waitFor();
    chainPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('atlas-chain-name').innerText()).toBe('智能装备');
    expect(await page.getByTestId('atlas-position-control').innerText()).toContain('宛城区的定位');
    await page.locator('[data-testid="atlas-chain-graph"] text', { hasText: node }).first().click();
    const body = page.getByTestId('atlas-node-body');
    await body.waitFor();
    const title = await page.getByTestId('atlas-node-title').innerText();
    expect(title).toContain(node);
    expect(title).toContain('缺');
    expect(title).toContain('补链');
    const why = await page.getByTestId('atlas-node-why').innerText();
    expect(why).toContain('缺失环节');
    expect(why).toContain('本地没有该环节的企业');
    expect(why).toContain('须补链');
    const targets = await page
      .getByTestId('atlas-target')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-target')));
    expect(targets.sort()).toEqual(['上海新松智能机器人股份有限公司', target].sort());
    const item = await targetItem(page, target).innerText();
    expect(item).toContain('中国500强');
    expect(item).toContain('粤港澳大湾区');
    expect(item).toContain('未接触');
    expect(await targetItem(page, '上海新松智能机器人股份有限公司').innerText()).toContain('行业百强');
    await screenshot(page, 'atlas-node-drawer');
  });

  it('starts a lead from the target through the project form, prefilled from the target', async () => {
    await targetItem(page, target).getByTestId('atlas-target-lead').click();
    const form = page.getByTestId('atlas-lead-form');
    await form.waitFor();
    expect(await form.getByTestId('project-name').inputValue()).toBe(projectName);
    expect(await form.getByTestId('project-investor').inputValue()).toBe(target);
    expect(await form.getByTestId('project-industry').locator('input').inputValue()).toBe('智能装备');
    expect(await form.getByTestId('project-region').innerText()).toContain('宛城区');
    expect(await form.getByTestId('project-origin-region').innerText()).toContain('粤港澳大湾区');
    await form.getByTestId('project-total-investment').fill('80000');
    await form.getByTestId('project-land').getByText('标准厂房').click();
    await screenshot(page, 'atlas-lead-form');
    await page.getByTestId('atlas-lead-submit').click();
    await page.waitForURL((u) => u.pathname.startsWith('/projects/'));
    await page.getByTestId('project-header').waitFor();
    expect(await page.getByTestId('project-title').innerText()).toBe(projectName);
    const header = await page.getByTestId('project-header').innerText();
    expect(header).toContain('宛城区');
    expect(header).toContain('线索');
  });

  it('signs the project in the pipeline (lead → negotiating → signed)', async () => {
    await transition('negotiating', () => page.getByTestId('transition-note').fill('与广州数控完成首轮洽谈'));
    await transition('signed', async () => {
      await page.getByTestId('signing-type').getByText('正式合同').click();
      await page.getByTestId('signing-contracted-investment').fill('60000');
    });
    expect(await page.getByTestId('project-header').innerText()).toContain('签约');
  });

  it('reopens the chain: the gap is closed by the project, the target moves on, leaders see it', async () => {
    await page.goto(`${server.base}${chainPath}`);
    await page.getByTestId('atlas-chain-graph').waitFor();
    await page.locator('[data-testid="atlas-chain-graph"] text', { hasText: node }).first().click();
    const closed = page.getByTestId('atlas-node-closed');
    await closed.waitFor();
    expect(await closed.innerText()).toBe(`已由项目「${projectName}」补链`);
    const projects = await page.getByTestId('atlas-node-projects').innerText();
    expect(projects).toContain(projectName);
    expect(projects).toContain('签约');
    // The target followed its project: signed, final (no moves offered), linked to the lead.
    const item = targetItem(page, target);
    expect(await item.locator('[data-status]').innerText()).toBe('已签约');
    expect(await item.getByTestId('atlas-target-move').count()).toBe(0);
    expect(await item.getByTestId('atlas-target-project').innerText()).toBe('查看线索项目');
    expect(await item.getByTestId('atlas-target-lead').count()).toBe(0);
    await screenshot(page, 'atlas-node-closed');

    // The other target moves on through the control, which offers only the moves the rule allows.
    const other = targetItem(page, '上海新松智能机器人股份有限公司');
    expect(await other.locator('[data-status]').innerText()).toBe('洽谈中');
    await other.getByTestId('atlas-target-move').click();
    // The drop-down renders (and fills) after the click: read its options once they are there.
    let options: string[] = [];
    for (let i = 0; i < 50 && options.length === 0; i++) {
      options = (
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts()
      ).filter((x) => x.trim() !== '');
      if (options.length === 0) await page.waitForTimeout(100);
    }
    expect(options).toEqual(['已签约', '已放弃']);
    await page.locator('.ant-select-dropdown:visible').getByText('已放弃', { exact: true }).click();
    await other.locator('[data-status="declined"]').waitFor();
    expect(await other.locator('[data-status]').innerText()).toBe('已放弃');

    await page.goto(`${server.base}/atlas`);
    const row = page.locator('[data-testid="atlas-leaders-row"][data-chain="智能装备"]');
    await row.waitFor();
    await row.getByText('宛城区 1').waitFor();
    expect(await page.getByTestId('atlas-leaders-total').innerText()).toContain('本年已补链、延链 1 处');
    await screenshot(page, 'atlas-overview-after');
  });

  it('on a phone the chain opens as a table, and a row opens the same drawer', async () => {
    await login(phone, server.base, 'wancheng');
    await phone.waitForURL((u) => u.pathname.startsWith('/projects'));
    await phone.goto(`${server.base}${chainPath}`);
    await phone.getByTestId('atlas-node-table').waitFor();
    expect(await phone.getByTestId('atlas-chain-graph').count()).toBe(0);
    const row = phone.locator(`[data-testid="atlas-node-row"][data-node="${node}"]`);
    const text = await row.innerText();
    expect(text).toContain('缺');
    expect(text).toContain('补链');
    expect(text).toContain('目标企业 2');
    await screenshot(phone, 'atlas-chain-table-phone');
    await row.click();
    await phone.getByTestId('atlas-node-closed').waitFor();
    expect(await phone.getByTestId('atlas-node-closed').innerText()).toContain(projectName);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(380);
    await screenshot(phone, 'atlas-node-drawer-phone');
  });

  it('lists the roadshow targets of open gaps by area, without the signed one’s gap', async () => {
    await page.goto(`${server.base}/atlas/roadshow`);
    const gba = page.locator('[data-testid="atlas-roadshow-area"][data-area="gba"]');
    await gba.waitFor();
    const text = await gba.innerText();
    expect(text).toContain('粤港澳大湾区');
    expect(text).toContain('深圳汇控自动化股份有限公司');
    expect(text).toContain('智能装备 · 工业控制系统');
    const areas = await page
      .getByTestId('atlas-roadshow-area')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-area')));
    expect(areas.slice(0, 3)).toEqual(['yangtze_delta', 'jingjinji', 'gba']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('atlas-roadshow-print').isVisible()).toBe(false);
    expect(await page.getByTestId('side-menu').isVisible()).toBe(false);
    await screenshot(page, 'atlas-roadshow-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
