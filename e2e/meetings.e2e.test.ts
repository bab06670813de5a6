import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, pageCall, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

type Line = { id: string; code: string; name: string; regionId: string };
type ItemLine = { id: string; code: string; title: string; unitName: string };
type Agenda = { date: string; stalled: Line[]; redItems: ItemLine[] } & Record<string, unknown[] | string>;
type Meeting = {
  id: string;
  version: number;
  minutes: string | null;
  attendees: string | null;
  agenda: Agenda;
  decisions: { id: string; code: string; title: string; state: string }[];
};
type Item = {
  id: string;
  title: string;
  source: string;
  state: string;
  projectId: string | null;
  unit: { kind: string; id: string; name: string };
};

/** The value, or a failed test saying what was missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const SECTIONS = [
  'stalled',
  'overdueMilestones',
  'redItems',
  'yellowItems',
  'deadlinesThisWeek',
  'newSignings',
  'newLeads',
  'signedNotStarted',
] as const;

/**
 * The weekly meeting in Debian's Chromium against the real server and demo data: the supervision
 * office previews today's generated agenda, calls the meeting, writes the minutes (and survives a
 * colleague saving in between), turns a stalled project and a red item into supervision items, and
 * follows a decision to its item; the phone shows the agenda as lists.
 */
describe('weekly meeting: agenda, minutes, decisions', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let meetingId = '';
  let agenda: Agenda;

  const call = <T>(method: string, url: string, body?: unknown, on: Page = page) =>
    pageCall<T>(on, method, url, body);
  const section = (key: string) => page.locator(`[data-testid="mt-section"][data-key="${key}"]`);
  const meeting = async () => (await call<Meeting>('GET', `/api/meetings/${meetingId}`)).json;

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

  it('the supervision office previews today’s agenda: every section counts what the API generates', async () => {
    await login(page, server.base, 'ducha');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByTestId('side-menu').getByText('周例会').click();
    await page.waitForURL((u) => u.pathname === '/meetings');
    await page.locator('[data-testid="mt-preview"]:not([data-date=""])').waitFor();
    expect(await page.getByTestId('mt-preview-title').innerText()).toBe('今日议程');

    agenda = (await call<Agenda>('GET', '/api/meetings/agenda')).json;
    expect(await page.getByTestId('mt-preview').getAttribute('data-date')).toBe(agenda.date);
    expect(agenda.stalled.length).toBeGreaterThan(0);
    expect(agenda.redItems.length).toBeGreaterThan(0);
    for (const key of SECTIONS) {
      const lines = (agenda[key] as unknown[]).length;
      expect(await section(key).getAttribute('data-count'), key).toBe(String(lines));
      expect(await page.locator(`[data-testid="mt-tile"][data-key="${key}"]`).innerText()).toContain(
        lines >= 50 ? '50+' : String(lines),
      );
    }
    expect(await section('stalled').getByTestId('mt-section-count').innerText()).toBe(
      String(agenda.stalled.length),
    );
    expect(await section('stalled').locator('h3').innerText()).toBe('停滞项目');
    expect(await section('signedNotStarted').locator('h3').innerText()).toBe('签约未开工（按时长排序）');
    // Each line links to its project or item.
    const first = must(agenda.stalled[0], 'a stalled project');
    expect(await section('stalled').getByTestId('mt-row-link').first().getAttribute('href')).toBe(
      `/projects/${first.id}`,
    );
    expect(await section('redItems').getByTestId('mt-row-link').first().getAttribute('href')).toBe(
      `/supervision/${must(agenda.redItems[0], 'a red item').id}`,
    );
    await screenshot(page, 'meetings-preview');
  });

  it('calls the meeting: the agenda is kept and shown in its sections', async () => {
    await page.getByTestId('mt-call').click();
    await page.waitForURL((u) => /^\/meetings\/[0-9a-f-]{36}$/.test(u.pathname));
    meetingId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const [y, m, d] = agenda.date.split('-');
    expect(await page.getByTestId('mt-title').innerText()).toBe(`${y}年${m}月${d}日招商引资周例会`);
    const kept = await meeting();
    expect(kept.agenda.stalled.map((p) => p.id)).toEqual(agenda.stalled.map((p) => p.id));
    await section('stalled').waitFor();
    expect(await section('stalled').getAttribute('data-count')).toBe(String(kept.agenda.stalled.length));
    // Back on the list, the day's meeting is there and is not called twice.
    await page.goto(`${server.base}/meetings`);
    await page.getByTestId('mt-held').waitFor();
    expect(await page.getByTestId('mt-call').count()).toBe(0);
    expect(await page.getByTestId('mt-history').innerText()).toContain('招商引资周例会');
    await page.getByTestId('mt-held').getByRole('link').click();
    await page.waitForURL((u) => u.pathname === `/meetings/${meetingId}`);
  });

  it('writes the minutes, and keeps them when a colleague saved in between', async () => {
    await page.getByTestId('mt-attendees').fill('市投资促进局、市委督查室、各县区招商局');
    await page.getByTestId('mt-minutes-text').fill('一、听取各县区招商引资工作汇报。');
    await page.getByTestId('mt-minutes-save').click();
    await page.getByTestId('mt-minutes-version').getByText('第 2 版').waitFor();
    expect(await meeting()).toMatchObject({
      version: 2,
      attendees: '市投资促进局、市委督查室、各县区招商局',
      minutes: '一、听取各县区招商引资工作汇报。',
    });

    // A colleague saves version 3; this page, still at version 2, is refused and keeps its text.
    const other = await call('PATCH', `/api/meetings/${meetingId}`, {
      version: 2,
      minutes: '他人修改的纪要',
    });
    expect(other.status).toBe(200);
    const mine = '一、听取各县区招商引资工作汇报。\n二、研究停滞项目，形成督办事项。';
    await page.getByTestId('mt-minutes-text').fill(mine);
    await page.getByTestId('mt-minutes-save').click();
    // Refused, then the latest is fetched: the warning names its version.
    await page
      .getByTestId('mt-minutes-conflict')
      .getByText(/第 3 版/)
      .waitFor();
    expect(await page.getByTestId('mt-minutes-text').inputValue()).toBe(mine);
    await screenshot(page, 'meetings-minutes-conflict');
    await page.getByTestId('mt-conflict-overwrite').click();
    await page.getByTestId('mt-minutes-conflict').waitFor({ state: 'hidden' });
    await page.getByTestId('mt-minutes-version').getByText('第 4 版').waitFor();
    expect(await meeting()).toMatchObject({ version: 4, minutes: mine });
  });

  it('turns a stalled project into a supervision item, linked with state 待签收', async () => {
    const stalled = must((await meeting()).agenda.stalled[0], 'a stalled project');
    const title = `${stalled.name.replace(/项目$/, '')}项目停滞问题协调`;
    await section('stalled').getByTestId('mt-row-decide').first().click();
    const form = page.getByTestId('mt-decision-form');
    await form.waitFor();
    expect(await page.getByTestId('mt-decision-title').inputValue()).toBe(title);
    expect(await page.getByTestId('mt-decision-project').innerText()).toBe(stalled.name);
    expect(await page.getByTestId('mt-decision-category').innerText()).toContain('其他');
    const description = page.getByTestId('mt-decision-description');
    expect(await description.inputValue()).toContain(stalled.code);
    await description.fill(`${await description.inputValue()}由所在县区牵头，市投资促进局协调企业复工。`);
    await screenshot(page, 'meetings-decision-form');
    await page.getByTestId('mt-decision-submit').click();
    await form.waitFor({ state: 'hidden' });

    const decision = page.locator('[data-testid="mt-decision"]').filter({ hasText: title });
    await decision.waitFor();
    expect(await decision.getAttribute('data-state')).toBe('assigned');
    expect(await decision.innerText()).toContain('待签收');
    expect(await page.getByTestId('mt-decisions').innerText()).toContain('会议决定（1）');

    const made = must(
      (await meeting()).decisions.find((d) => d.title === title),
      'the decision',
    );
    const item = (await call<Item>('GET', `/api/supervision/items/${made.id}`)).json;
    expect(item).toMatchObject({
      source: 'meeting_decision',
      state: 'assigned',
      projectId: stalled.id,
      unit: { kind: 'region', id: stalled.regionId },
    });
    await screenshot(page, 'meetings-decided');

    // The decision's link opens its item.
    await decision.getByTestId('mt-decision-link').click();
    await page.waitForURL((u) => u.pathname === `/supervision/${made.id}`);
    expect(await page.getByTestId('sv-item-title').innerText()).toBe(title);
    const head = await page.getByTestId('sv-header').innerText();
    expect(head).toContain('会议决定');
    expect(head).toContain(stalled.name);
  });

  it('turns a red item into a decision for the same unit', async () => {
    await page.goto(`${server.base}/meetings/${meetingId}`);
    const red = must((await meeting()).agenda.redItems[0], 'a red item');
    await section('redItems').getByTestId('mt-row-decide').first().click();
    await page.getByTestId('mt-decision-form').waitFor();
    expect(await page.getByTestId('mt-decision-title').inputValue()).toBe(`${red.title}问题协调`);
    expect(await page.getByTestId('mt-decision-unit').innerText()).toContain(red.unitName);
    await page.getByTestId('mt-decision-submit').click();
    await page.getByTestId('mt-decision-form').waitFor({ state: 'hidden' });
    await page.locator('[data-testid="mt-decision"]').nth(1).waitFor();
    const decisions = (await meeting()).decisions;
    expect(decisions).toHaveLength(2);
    const made = must(
      decisions.find((d) => d.title === `${red.title}问题协调`),
      'the decision',
    );
    const item = (await call<Item>('GET', `/api/supervision/items/${made.id}`)).json;
    expect(item).toMatchObject({
      source: 'meeting_decision',
      state: 'assigned',
      unit: { name: red.unitName },
    });
  });

  it('on a phone the agenda is a set of lists that fits the screen', async () => {
    const phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    phone.setDefaultTimeout(15_000);
    const mobile = await phone.newPage();
    await login(mobile, server.base, 'ducha');
    await mobile.waitForURL((u) => !u.pathname.startsWith('/login'));
    await mobile.goto(`${server.base}/meetings/${meetingId}`);
    await mobile.getByTestId('mt-section').first().waitFor();
    expect(await mobile.getByTestId('mt-section').count()).toBe(SECTIONS.length);
    expect(await mobile.locator('[data-testid="mt-decision"]').count()).toBe(2);
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(mobile, 'meetings-phone');
    await phone.close();
  });
});
