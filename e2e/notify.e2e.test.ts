import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

type Received = { path: string; body: { msgtype: string; markdown: { content?: string; text?: string } } };

/** A WeCom group robot on localhost: records what it gets and answers like WeCom does. */
function robotReceiver() {
  const got: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      got.push({ path: new URL(req.url ?? '/', 'http://localhost').pathname, body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  return { server, got };
}

/** A port on which nothing listens (taken from the system, then released). */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  return port;
}

/**
 * Group robots in Debian's Chromium: the supervision office adds 自然资源局's WeCom robot, whose test
 * message arrives; adds a DingTalk robot at an address nobody answers, whose test shows the error;
 * and names 自然资源局's unit head.
 */
describe('group robots and unit heads (督查室)', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const robot = robotReceiver();
  let robotBase = '';
  const wecomName = '自然资源局督办工作群';
  const deadName = '自然资源局旧钉钉群';

  const call = (method: string, url: string) =>
    page.evaluate(
      async ([m, u]) => {
        const res = await fetch(u as string, { method: m as string });
        return { status: res.status, json: await res.json() };
      },
      [method, url] as const,
    );

  /** Fills the add-robot drawer and saves it. */
  async function addRobot(kind: '企业微信' | '钉钉', name: string, url: string, secret?: string) {
    await page.getByTestId('webhook-add').click();
    const form = page.getByTestId('webhook-form');
    await form.waitFor();
    await page.getByTestId('webhook-unit').click();
    await page.keyboard.type('自然资源');
    await page.keyboard.press('Enter');
    await form.getByText(kind, { exact: true }).click();
    await page.getByTestId('webhook-name-input').fill(name);
    await page.getByTestId('webhook-url').fill(url);
    if (secret) await page.getByTestId('webhook-secret').fill(secret);
    await page.getByTestId('webhook-submit').click();
    await form.waitFor({ state: 'hidden' });
    await page.locator(`[data-robot="${name}"]`).waitFor();
  }

  beforeAll(async () => {
    await new Promise<void>((ok) => robot.server.listen(0, '127.0.0.1', ok));
    robotBase = `http://127.0.0.1:${(robot.server.address() as AddressInfo).port}`;
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((ok) => robot.server.close(ok));
  });

  it('adds 自然资源局’s WeCom robot and its test message arrives', async () => {
    await login(page, server.base, 'ducha');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByTestId('side-menu').getByText('消息推送').click();
    await page.waitForURL((u) => u.pathname === '/notify');
    await page.getByTestId('webhooks-table').waitFor();

    await addRobot('企业微信', wecomName, `${robotBase}/cgi-bin/webhook/send?key=e2e-robot-key-0001`);
    const row = page.locator(`[data-robot="${wecomName}"]`);
    expect(await row.getByTestId('webhook-kind').innerText()).toBe('企业微信');
    await row.getByTestId('webhook-test').click();
    const result = page.locator('[data-testid="webhook-test-result"][data-ok="true"]');
    await result.waitFor();
    expect(await result.innerText()).toContain(wecomName);
    expect(robot.got).toHaveLength(1);
    expect(robot.got[0]?.path).toBe('/cgi-bin/webhook/send');
    expect(robot.got[0]?.body.msgtype).toBe('markdown');
    expect(robot.got[0]?.body.markdown.content).toContain('测试消息');
    await page.waitForFunction(
      (name) =>
        document
          .querySelector(`[data-robot="${name}"] [data-testid="webhook-counts"]`)
          ?.textContent?.includes('已发 1'),
      wecomName,
    );
    await screenshot(page, 'notify-wecom-tested');
  });

  it('adds a DingTalk robot at an unreachable address; its test shows the error and counts as failed', async () => {
    const port = await closedPort();
    await addRobot(
      '钉钉',
      deadName,
      `http://127.0.0.1:${port}/robot/send?access_token=e2e0123456789`,
      'SECe2e0123456789',
    );
    const row = page.locator(`[data-robot="${deadName}"]`);
    expect(await row.innerText()).toContain('已加签');
    await row.getByTestId('webhook-test').click();
    const failed = page.locator('[data-testid="webhook-test-result"][data-ok="false"]');
    await failed.waitFor();
    expect(await failed.innerText()).toContain(deadName);
    expect(await failed.getByTestId('webhook-test-error').innerText()).toMatch(/ECONNREFUSED|fetch failed/);
    expect(robot.got).toHaveLength(1);
    // The failure shows on the deliveries tab and as a dot on the menu entry.
    await page.locator('[data-testid="notify-tab-deliveries"][data-failed="1"]').waitFor();
    await page.locator('[data-testid="notify-nav-dot"][data-count="1"]').waitFor();
    await screenshot(page, 'notify-dingtalk-unreachable');

    // The secret is write-only: the edit drawer says it is set and offers to replace or remove it.
    await row.getByTestId('webhook-edit').click();
    const state = page.getByTestId('webhook-secret-state');
    await state.waitFor();
    expect(await state.innerText()).toContain('已设置');
    expect(await page.getByTestId('webhook-form').innerText()).not.toContain('SECe2e0123456789');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await page.getByTestId('webhook-form').waitFor({ state: 'hidden' });

    await page.getByTestId('notify-tab-deliveries').click();
    const table = page.getByTestId('deliveries-table');
    await table.getByTestId('delivery-retry').first().waitFor();
    expect(await table.innerText()).toContain(deadName);
    expect(await table.innerText()).not.toContain(wecomName);
  });

  it('names 自然资源局’s unit head among its accounts', async () => {
    await page.getByTestId('notify-tab-heads').click();
    const row = page.locator('[data-unit="zrzy"]');
    await row.waitFor();
    await row.getByTestId('unit-heads-select').click();
    await page.keyboard.type('zrzy');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await row.getByTestId('unit-heads-save').click();
    await page.getByText('已保存「市自然资源和规划局」的负责人').waitFor();
    expect(await row.getByTestId('unit-heads-save').isDisabled()).toBe(true);
    await screenshot(page, 'notify-unit-head');

    const heads = await call('GET', '/api/notify/unit-heads');
    const zrzy = (heads.json.items as { unit: { id: string }; heads: { username: string }[] }[]).find(
      (e) => e.unit.id === 'zrzy',
    );
    expect(zrzy?.heads.map((h) => h.username)).toEqual(['zrzy']);
  });
});
