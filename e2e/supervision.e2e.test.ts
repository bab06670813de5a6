import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../src/domain/time';
import { placeholderPng } from '../src/server/demo/png';
import { shortDateTime } from '../src/web/lib/shanghaiTime';
import { launchChromium, login, pageCall, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

type Target = { key: string; opensAt: string; deadline: string; yellowAt: string; breachAt: string };
type Item = { id: string; createdAt: string; targets: Target[]; events: { type: string; at: string }[] };

const day = 86_400_000;
/** "2026-06-18" + n days, as a calendar date. */
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * day).toISOString().slice(0, 10);
const at = (iso: string) => shortDateTime(iso, 'zh-CN');

/**
 * A project blocker through the whole 13710 flow in Debian's Chromium: a 宛城区 officer raises a 土地
 * item for 自然资源局 from the project page; the bureau's handler (on a phone) acknowledges, deploys
 * and attaches a site photo; at 75% of the 3-day report window the item turns yellow; the handler
 * reports and resolves; the supervision office verifies and closes; the targets explain every colour.
 */
describe('supervision: raise from a project, turn yellow, close', () => {
  let server: E2eServer;
  let browser: Browser;
  let officer: Page;
  let handler: Page;
  let office: Page;
  const project = '宛城浏览器督办测试项目';
  const title = '二期用地指标未落实';
  let projectId = '';
  let itemId = '';

  const call = pageCall;
  const item = async (page: Page) => (await call<Item>(page, 'GET', `/api/supervision/items/${itemId}`)).json;
  /** The texts of one target's colour story on the item page. */
  const story = (page: Page, key: string) =>
    page.locator(`[data-testid="sv-target"][data-key="${key}"] [data-testid="sv-change"]`).allInnerTexts();
  const signIn = async (page: Page, username: string) => {
    await login(page, server.base, username);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  };
  const openItem = async (page: Page) => {
    await page.goto(`${server.base}/supervision/${itemId}`);
    await page.getByTestId('sv-header').waitFor();
  };
  /** Takes an action through its button: a confirmation, or a small form filled by `fill`. */
  const act = async (page: Page, type: string, fill?: () => Promise<void>) => {
    await page.getByTestId(`sv-do-${type}`).click();
    if (fill) {
      await page.getByTestId('sv-action-form').waitFor();
      await fill();
      await page.getByTestId('sv-action-submit').click();
      await page.getByTestId('sv-action-form').waitFor({ state: 'hidden' });
    } else {
      await page
        .locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary')
        .click();
    }
    await page.locator(`[data-testid="sv-event"][data-type="${type}"]`).waitFor();
  };
  /**
   * Chooses an option of a searchable select, and waits until the closed select shows it: a click
   * that lands while the list re-renders (its options load as one types) is tried again.
   */
  const pick = async (page: Page, testId: string, typed: string, option: string) => {
    const select = page.getByTestId(testId);
    // The select's root (the test id may sit on it or on its input): open or closed, and its text.
    const state = () =>
      select.evaluate((el) => {
        const root = el.closest('.ant-select') ?? el;
        return { open: root.classList.contains('ant-select-open'), text: (root as HTMLElement).innerText };
      });
    const chosen = async () => {
      for (let i = 0; i < 30; i++) {
        const now = await state();
        if (!now.open && now.text.includes(option)) return true;
        await page.waitForTimeout(100);
      }
      return false;
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!(await state()).open) {
        await select.click();
        await page.keyboard.type(typed);
      }
      const item = page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: option })
        .first();
      await item.waitFor();
      await item.click();
      if (await chosen()) return;
    }
    throw new Error(`the select ${testId} did not take "${option}"`);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const desk = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      context.setDefaultTimeout(15_000);
      return context.newPage();
    };
    const phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    phone.setDefaultTimeout(15_000);
    [officer, handler, office] = await Promise.all([desk(), phone.newPage(), desk()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a 宛城区 officer raises a 土地 blocker for 自然资源局 from the project page', async () => {
    await signIn(officer, 'wancheng');
    const created = await call<{ id: string }>(officer, 'POST', '/api/projects', {
      name: project,
      regionId: '411302',
      industryCategory: 'industrial',
      strategicEmerging: true,
      industry: '装备制造',
      investorName: '浙江浏览器督办测试装备有限公司',
      totalInvestment: '500000000',
      promotionMethods: ['chain'],
      brings: ['capital'],
      landSituation: 'new_land',
    });
    expect(created.status).toBe(201);
    projectId = created.json.id;
    await officer.goto(`${server.base}/projects/${projectId}`);
    const card = officer.getByTestId('project-sv-items');
    await card.getByText('本项目暂无督办事项').waitFor();

    await officer.getByTestId('project-raise-item').click();
    const form = officer.getByTestId('sv-create-form');
    await form.waitFor();
    expect(await officer.getByTestId('sv-project-fixed').innerText()).toBe(project);
    await officer.getByTestId('sv-title').fill(title);
    await officer.getByTestId('sv-description').fill('二期用地80亩需调剂新增建设用地指标，影响年内开工。');
    await pick(officer, 'sv-category', '土地', '土地');
    expect(await form.locator('.ant-radio-wrapper-checked').first().innerText()).toBe('项目堵点');
    await pick(officer, 'sv-unit', '自然资源', '市自然资源和规划局');
    await screenshot(officer, 'sv-raise-from-project');
    await officer.getByTestId('sv-create-submit').click();
    await officer.waitForURL((u) => /^\/supervision\/[0-9a-f-]{36}$/.test(u.pathname));
    itemId = new URL(officer.url()).pathname.split('/').pop() ?? '';
    expect(await officer.getByTestId('sv-item-title').innerText()).toBe(title);
    const head = await officer.getByTestId('sv-header').innerText();
    expect(head).toContain('责任单位：市自然资源和规划局');
    expect(head).toContain(`关联项目：${project}`);
    expect(head).toContain('土地');

    // The officer, who raised it, attaches the land papers.
    await officer
      .getByTestId('sv-files')
      .locator('input[type=file]')
      .setInputFiles({
        name: '二期用地红线图.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% 二期用地红线图\n%%EOF\n'),
      });
    const doc = officer.getByTestId('sv-file-doc');
    await doc.waitFor();
    expect(await doc.innerText()).toContain('二期用地红线图.pdf');
    expect(await doc.innerText()).toContain('宛城区招商专员');
    expect(await doc.locator('a').getAttribute('href')).toMatch(
      new RegExp(`^/api/supervision/items/${itemId}/files/[0-9a-f-]{36}\\?download=1$`),
    );
    await screenshot(officer, 'sv-item-desk-raised');

    // Back on the project page, the card lists the item, green.
    await officer.goto(`${server.base}/projects/${projectId}`);
    const row = officer.getByTestId('project-sv-item');
    await row.waitFor();
    expect(await row.getAttribute('data-colour')).toBe('green');
    expect(await row.innerText()).toContain(title);
    expect(await row.innerText()).toContain('待签收');
  });

  it('the 自然资源局 handler finds it on a phone, acknowledges, deploys and attaches a site photo', async () => {
    await signIn(handler, 'zrzy');
    await handler.goto(`${server.base}/supervision?mine=true`);
    await handler.getByRole('link', { name: title }).first().click();
    await handler.waitForURL((u) => u.pathname === `/supervision/${itemId}`);
    await act(handler, 'acknowledged');
    await act(handler, 'deployed', () =>
      handler.getByTestId('sv-action-note').fill('局长专题研究，明确耕保科专人对接'),
    );
    expect(
      await handler.locator('[data-testid="sv-target"][data-key="deploy"]').getAttribute('data-colour'),
    ).toBe('green');

    const files = handler.getByTestId('sv-files');
    const input = files.locator('input[type=file]');
    expect(await input.getAttribute('accept')).toMatch(/^image\/\*,.*\.pdf.*\.docx.*\.xlsx/);
    await input.setInputFiles({
      name: '现场踏勘.png',
      mimeType: 'image/png',
      buffer: placeholderPng(800, 600, [60, 140, 90]),
    });
    const photo = files.getByTestId('sv-file-photo');
    await photo.waitFor();
    await handler.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="sv-file-photo"] img');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    expect(await photo.innerText()).toBe('现场踏勘.png\n自然资源局经办人');
    expect(await files.locator('.ant-card-head').innerText()).toContain('附件（2）');
    const width = await handler.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(380);
    await screenshot(handler, 'sv-item-phone-deployed');
  });

  it('at 75% of the 3-day report window the item turns yellow, and the page says why', async () => {
    const before = await item(handler);
    const report = before.targets.find((x) => x.key === 'report');
    if (!report) throw new Error('no report target');
    // 3 calendar days after the day of assignment, to its end (Shanghai); yellow at 75% of that.
    expect(report.deadline).toBe(plusDays(shanghaiDate(new Date(before.createdAt)), 3));
    const opens = Date.parse(before.createdAt);
    const limit = Date.parse(`${plusDays(report.deadline, 1)}T00:00:00+08:00`);
    const yellow = opens + 0.75 * (limit - opens);
    expect(Math.abs(Date.parse(report.yellowAt) - yellow)).toBeLessThan(2);
    // The server's clock moves to a third of the way from yellow to red (sessions expire meanwhile).
    server.clock.offsetMs = yellow + (limit - yellow) / 3 - Date.now();

    await signIn(handler, 'zrzy');
    await openItem(handler);
    const colour = handler.getByTestId('sv-header').getByTestId('sv-colour');
    expect(await colour.getAttribute('data-colour')).toBe('yellow');
    expect(await colour.innerText()).toContain('黄灯');
    const card = handler.locator('[data-testid="sv-target"][data-key="report"]');
    expect(await card.getAttribute('data-colour')).toBe('yellow');
    expect(await story(handler, 'report')).toEqual([
      `${at(before.createdAt)} 交办，开始计时，亮绿灯`,
      `${at(new Date(yellow).toISOString())} 已用时限75%，转为黄色`,
    ]);
    expect(await card.getByTestId('sv-target-used').innerText()).toContain(
      `${at(new Date(limit).toISOString())} 起转红`,
    );
    await screenshot(handler, 'sv-item-phone-yellow');

    // The officer sees it yellow on the board and on the project page.
    await signIn(officer, 'wancheng');
    await officer.goto(`${server.base}/supervision?colour=yellow`);
    await officer.getByRole('link', { name: title }).first().waitFor();
    await officer.goto(`${server.base}/projects/${projectId}`);
    const row = officer.getByTestId('project-sv-item');
    await row.waitFor();
    expect(await row.getAttribute('data-colour')).toBe('yellow');
    expect(await officer.getByTestId('project-sv-summary').innerText()).toBe(
      '在办 1 件（红灯 0、黄灯 1），已销号 0 件',
    );
    await screenshot(officer, 'sv-project-card-yellow');
    await officer.setViewportSize({ width: 375, height: 812 });
    await officer.getByTestId('project-raise-item').waitFor();
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await screenshot(officer, 'sv-project-card-yellow-phone');
    await officer.setViewportSize({ width: 1280, height: 900 });
  });

  it('the handler reports and resolves; the report target is done in time and green again', async () => {
    await act(handler, 'reported', () =>
      handler.getByTestId('sv-action-note').fill('已完成指标调剂方案，报市政府审定'),
    );
    await act(handler, 'resolved', () =>
      handler.getByTestId('sv-action-note').fill('指标已批复，用地手续办结'),
    );
    const after = await item(handler);
    const reported = after.events.find((e) => e.type === 'reported');
    if (!reported) throw new Error('no report event');
    expect((await story(handler, 'report')).at(-1)).toBe(`${at(reported.at)} 按期完成`);
    expect(await handler.getByTestId('sv-header').getByTestId('sv-colour').getAttribute('data-colour')).toBe(
      'green',
    );
  });

  it('the supervision office verifies with the enterprise’s satisfaction and closes; every colour is explained', async () => {
    await signIn(office, 'ducha');
    await openItem(office);
    await act(office, 'verified', async () => {
      await office.getByTestId('sv-action-satisfaction').locator('.ant-rate-star').nth(4).click();
      await office.getByTestId('sv-action-note').fill('回访企业，对办理结果满意');
    });
    await act(office, 'closed');
    await office.getByText(/已于 .* 销号。/).waitFor();

    const done = await item(office);
    const when = (type: string) => {
      const e = done.events.find((x) => x.type === type);
      if (!e) throw new Error(`no ${type} event`);
      return at(e.at);
    };
    const opened = `${at(done.createdAt)} 交办，开始计时，亮绿灯`;
    const report = done.targets.find((x) => x.key === 'report');
    expect(await story(office, 'deploy')).toEqual([opened, `${when('deployed')} 按期完成`]);
    expect(await story(office, 'report')).toEqual([
      opened,
      `${at(report?.yellowAt ?? '')} 已用时限75%，转为黄色`,
      `${when('reported')} 按期完成`,
    ]);
    expect(await story(office, 'resolve')).toEqual([opened, `${when('resolved')} 按期完成`]);
    const types = await office
      .getByTestId('sv-event')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(types).toEqual([
      'closed',
      'verified',
      'resolved',
      'reported',
      'deployed',
      'acknowledged',
      'assigned',
    ]);
    expect(await office.getByTestId('sv-events').innerText()).toContain('满意度 5/5');
    // The photo the handler attached is there for the office too.
    await office.getByTestId('sv-file-photo').waitFor();
    expect(await office.getByTestId('sv-files-upload').count()).toBe(0);
    await screenshot(office, 'sv-item-closed-desk');

    await office.goto(`${server.base}/projects/${projectId}`);
    const row = office.getByTestId('project-sv-item');
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('closed');
    expect(await office.getByTestId('project-sv-summary').innerText()).toBe(
      '在办 0 件（红灯 0、黄灯 0），已销号 1 件',
    );
    await screenshot(office, 'sv-project-card-closed-desk');
    await handler.goto(`${server.base}/projects/${projectId}`);
    await handler.getByTestId('project-sv-item').waitFor();
    await screenshot(handler, 'sv-project-card-phone');
  });
});
