import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

/**
 * A county officer's day, in Debian's Chromium against the real server and demo data: log in,
 * see only the county's projects, create one, move it to 签约, see it on the timeline.
 */
describe('county officer in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  const transition = async (to: string, fill?: () => Promise<void>) => {
    await page.getByTestId(`transition-${to}`).click();
    await page.getByTestId('transition-form').waitFor();
    await fill?.();
    await page.getByTestId('transition-submit').click();
    await page.getByTestId('transition-form').waitFor({ state: 'hidden' });
    await page.locator(`[data-testid="timeline-item"][data-to-stage="${to}"]`).first().waitFor();
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in, in Chinese, and lists only 宛城区 projects', async () => {
    await login(page, server.base, 'wancheng');
    await page.waitForURL((u) => u.pathname.startsWith('/projects'));
    await page.getByTestId('project-row').first().waitFor();
    expect(await page.getByTestId('fixed-region').innerText()).toContain('宛城区');
    const rows = await page.getByTestId('project-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('宛城区');
    await expect(page.getByTestId('region-switcher').count()).resolves.toBe(0);
    expect(await page.locator('body').innerText()).toContain('新建项目');
    await screenshot(page, 'county-officer-project-list');
  });

  it('creates a project and moves it to 签约, which the timeline shows', async () => {
    await page.getByTestId('project-create').click();
    await page.getByTestId('project-form').waitFor();
    await page.getByTestId('project-name').fill('宛城浏览器测试智能装备项目');
    await page.getByTestId('project-industry').locator('input').fill('装备制造');
    await page.getByTestId('project-investor').fill('江苏测试智能装备有限公司');
    await page.getByTestId('project-total-investment').fill('25000');
    await page.getByTestId('project-land').getByText('标准厂房').click();
    await page.getByTestId('project-form-submit').click();
    await page.getByTestId('project-header').waitFor();
    expect(await page.getByTestId('project-title').innerText()).toBe('宛城浏览器测试智能装备项目');
    expect(await page.getByTestId('project-header').innerText()).toContain('宛城区');

    await transition('negotiating', () => page.getByTestId('transition-note').fill('与投资方完成首轮洽谈'));
    await transition('signed', async () => {
      await page.getByTestId('signing-type').getByText('正式合同').click();
      await page.getByTestId('signing-contracted-investment').fill('20000');
    });
    const timeline = await page.getByTestId('project-timeline').innerText();
    expect(timeline).toContain('签约');
    expect(timeline).toContain('宛城区招商专员');
    expect(await page.getByTestId('project-header').innerText()).toContain('签约');
    await screenshot(page, 'county-officer-project-signed');

    // Through the API the page uses: the project is signed and belongs to 宛城区.
    const id = page.url().split('/').pop();
    const stored = await page.evaluate(async (pid) => (await fetch(`/api/projects/${pid}`)).json(), id);
    expect(stored).toMatchObject({
      stage: 'signed',
      regionId: '411302',
      signingType: 'formal',
      contractedInvestment: '200000000.00',
    });
  });

  it('cannot open another county’s project, even by its address', async () => {
    const other = await page.evaluate(async () => {
      const res = await fetch('/api/projects/00000000-0000-4000-8000-000000000000');
      return res.status;
    });
    expect(other).toBe(404);
  });
});
