import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPng } from '../src/server/demo/png';
import { shanghaiDate } from '../src/domain/time';
import { launchChromium, login, pageCall, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

/**
 * Delivery in Debian's Chromium: a 宛城区 officer on a phone files this month's report with a site
 * photo for a newly signed project; the city administrator opens the rates, drills into 开工率 and
 * finds that project among the performing ones (its funds made it so) but not among the started.
 */
describe('monthly report on a phone, then the rates drill-down', () => {
  let server: E2eServer;
  let browser: Browser;
  let phone: Page;
  let desk: Page;
  const name = '宛城浏览器月报测试项目';
  const today = shanghaiDate(new Date());
  const month = today.slice(0, 7);
  let projectId = '';

  const call = pageCall;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const mobile = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    mobile.setDefaultTimeout(15_000);
    phone = await mobile.newPage();
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    wide.setDefaultTimeout(15_000);
    desk = await wide.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a county officer signs a project and files this month’s report with a photo, at 375 px', async () => {
    await login(phone, server.base, 'wancheng');
    await phone.waitForURL((u) => u.pathname.startsWith('/projects'));
    const created = await call<{ id: string; version: number }>(phone, 'POST', '/api/projects', {
      name,
      regionId: '411302',
      industryCategory: 'industrial',
      strategicEmerging: true,
      industry: '装备制造',
      investorName: '上海浏览器测试装备有限公司',
      totalInvestment: '300000000',
      promotionMethods: ['chain'],
      brings: ['capital'],
      landSituation: 'standard_factory',
    });
    expect(created.status).toBe(201);
    projectId = created.json.id;
    let version = created.json.version;
    for (const step of [
      { to: 'negotiating', date: today },
      { to: 'signed', date: today, signing: { signingType: 'formal', contractedInvestment: '250000000' } },
    ]) {
      const res = await call<{ version: number }>(phone, 'POST', `/api/projects/${projectId}/transitions`, {
        version,
        ...step,
      });
      expect(res.status).toBe(200);
      version = res.json.version;
    }

    await phone.goto(`${server.base}/projects/${projectId}?tab=reports`);
    await phone.getByTestId('reports-panel').waitFor();
    await phone.getByTestId('report-file-next').click();
    const form = phone.getByTestId('report-form');
    await form.waitFor();
    await form.getByTestId('signing-funds-out').fill('1200');
    await form.getByTestId('report-work-done').fill('完成厂房租赁和设备采购合同签订');
    await phone
      .getByTestId('report-photos')
      .locator('input[type=file]')
      .setInputFiles({
        name: '现场照片.png',
        mimeType: 'image/png',
        buffer: placeholderPng(640, 480, [40, 120, 80]),
      });
    await phone.getByTestId('report-photos').locator('.ant-upload-list-item-done').waitFor();
    await screenshot(phone, 'delivery-report-form-phone');
    await phone.getByTestId('report-submit').click();
    await form.waitFor({ state: 'hidden' });
    const item = phone.locator(`[data-testid="report-item"][data-month="${month}"]`);
    await item.waitFor();
    expect(await item.innerText()).toContain('1,200');
    expect(await item.locator('img').count()).toBeGreaterThan(0);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(380);
    await screenshot(phone, 'delivery-report-filed-phone');

    // What the page shows is what was stored: 1,200万元 from outside the province, one photo.
    const stored = await call<{ reports: { photos: unknown[] }[] }>(
      phone,
      'GET',
      `/api/projects/${projectId}/reports`,
    );
    expect(stored.json.reports[0]).toMatchObject({
      month,
      fundsOutOfProvince: '12000000.00',
      cumulativeDomestic: '12000000.00',
    });
    expect(stored.json.reports[0]?.photos).toHaveLength(1);
  });

  it('the city administrator drills into 开工率 and finds the project among the performing, not the started', async () => {
    await login(desk, server.base, 'admin');
    await desk.waitForURL((u) => !u.pathname.startsWith('/login'));
    await desk.goto(`${server.base}/rates?cohort=${today.slice(0, 4)}&region=411302`);
    const start = desk.getByTestId('rate-start');
    await start.waitFor();
    expect(await start.getByTestId('rate-definition').innerText()).toContain('履约');
    await screenshot(desk, 'delivery-rates');
    await start.getByTestId('rate-denominator').click();
    const drawer = desk.getByTestId('drill-drawer');
    await drawer.waitFor();
    await drawer.getByText(name).first().waitFor();
    await screenshot(desk, 'delivery-rates-drill-denominator');
    await drawer.getByTestId('drill-tab-numerator').click();
    await drawer.getByTestId('drill-list').waitFor();
    await desk.waitForFunction(
      (n) => !document.querySelector('[data-testid="drill-drawer"]')?.textContent?.includes(n),
      name,
    );
    await drawer.getByTestId('drill-tab-denominator').click();
    await drawer.getByText(name).first().click();
    await desk.waitForURL((u) => u.pathname === `/projects/${projectId}`);
    expect(await desk.getByTestId('project-title').innerText()).toBe(name);
  });
});
