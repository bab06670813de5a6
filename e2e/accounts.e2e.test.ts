import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

/** Every demo account logs in and lands where its role works; the phone layout holds at 375 px. */
describe('demo accounts in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  const landing: [string, string, string][] = [
    ['admin', '/projects', '项目'],
    ['dengzhou', '/projects', '邓州市'],
    ['zrzy', '/projects', '项目'],
    ['ducha', '/projects', '项目'],
    ['leader', '/cockpit', '驾驶舱'],
    ['auditor', '/audit', '审计'],
    ['sysadmin', '/users', '账号'],
  ];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [username, path, text] of landing) {
    it(`${username} logs in and lands on ${path}`, async () => {
      const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      await login(page, server.base, username);
      await page.waitForURL((u) => u.pathname.startsWith(path));
      // The route's code loads lazily: wait for the page itself, not for the network to settle.
      await page.getByTestId('side-menu').waitFor();
      await page.getByText(text).first().waitFor();
      expect(await page.locator('body').innerText()).toContain(text);
      await screenshot(page, `landing-${username}`);
      await context.close();
    });
  }

  it('shows the login page and the project detail usable at 375 px', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${server.base}/login`);
    await page.getByTestId('login-submit').waitFor();
    await screenshot(page, 'phone-login');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await login(page, server.base, 'wancheng');
    await page.getByTestId('project-card').first().click();
    await page.getByTestId('project-header').waitFor();
    await page.waitForLoadState('networkidle');
    const detailOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(detailOverflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-project-detail');
    await context.close();
  });

  it('refuses a wrong password with a Chinese message', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, server.base, 'wancheng', 'wrong-password');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').innerText()).toMatch(/用户名或密码/);
    await context.close();
  });
});
