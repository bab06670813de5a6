import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayAmount } from '../src/domain/money/money';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

type Cockpit = {
  year: number;
  region: { id: string; name: string } | null;
  signings: { count: number; totalInvestment: string };
  funds: { arrived: string };
  supervision: { open: number; red: number };
  regions: { regionId: string }[];
};

const yi = (yuan: string) => {
  const { text, unit } = displayAmount(yuan);
  return `${text} ${unit === 'yi' ? '亿元' : '万元'}`;
};

/**
 * The leaders' cockpit in Debian's Chromium against the demo data: the leader's figures are the
 * API's, the county map is drawn and a click on a county opens its dashboard, the large screen has
 * no menu, and a county officer sees their own county only.
 */
describe('cockpit (驾驶舱) in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  const fetchCockpit = (p: Page, query = '') =>
    p.evaluate(async (q) => {
      const res = await fetch(`/api/cockpit${q}`);
      return { status: res.status, body: (await res.json()) as unknown };
    }, query);
  const kpi = (p: Page, id: string) =>
    p.getByTestId(`cockpit-kpi-${id}`).getByTestId('kpi-value').innerText();
  const mapPoints = async (p: Page) => {
    const map = p.getByTestId('cockpit-map');
    await p.locator('[data-testid="cockpit-map"][data-county-points]').waitFor();
    return JSON.parse((await map.getAttribute('data-county-points')) ?? '{}') as Record<string, number[]>;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the leader the city’s year, each figure the API’s and a link to its records', async () => {
    await login(page, server.base, 'leader');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByTestId('side-menu').getByText('驾驶舱').click();
    await page.waitForURL((u) => u.pathname === '/cockpit');
    await page.getByTestId('cockpit-kpis').waitFor();
    const { status, body } = await fetchCockpit(page);
    expect(status).toBe(200);
    const api = body as Cockpit;
    expect(api.region).toBeNull();
    expect(await kpi(page, 'signed')).toBe(String(api.signings.count));
    expect(await kpi(page, 'amount')).toBe(yi(api.signings.totalInvestment));
    expect(await kpi(page, 'funds')).toBe(yi(api.funds.arrived));
    expect(await kpi(page, 'open')).toBe(String(api.supervision.open));
    expect(await kpi(page, 'red')).toBe(String(api.supervision.red));
    expect(await page.getByTestId('cockpit-kpi-signed').getAttribute('href')).toBe(
      `/rates?cohort=${api.year}&drill=performance&side=denominator`,
    );
    expect(await page.getByTestId('cockpit-kpi-red').getAttribute('href')).toBe('/supervision?colour=red');
    // The map is drawn on a canvas; every county-level unit is in the list beside it.
    expect(await page.getByTestId('cockpit-map').locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('cockpit-region-row').count()).toBe(17);
    await page.getByTestId('cockpit-trend').locator('canvas').waitFor();
    await screenshot(page, 'cockpit-city');
  });

  it('opens a county’s dashboard from a click on the map', async () => {
    const points = await mapPoints(page);
    const at = points['411328'];
    expect(at).toBeDefined();
    const box = await page.getByTestId('cockpit-map').boundingBox();
    if (!at || !box) throw new Error('the map has no points');
    await page.mouse.click(box.x + (at[0] ?? 0), box.y + (at[1] ?? 0));
    await page.waitForURL((u) => u.searchParams.get('region') === '411328');
    await page.getByText('唐河县招商驾驶舱').waitFor();
    const api = (await fetchCockpit(page, '?region=411328')).body as Cockpit;
    expect(api.region?.name).toBe('唐河县');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="cockpit-kpi-open"] [data-testid="kpi-value"]')?.textContent ===
        n,
      String(api.supervision.open),
    );
    expect(await kpi(page, 'signed')).toBe(String(api.signings.count));
    expect(await page.getByTestId('cockpit-kpi-red').getAttribute('href')).toBe(
      '/supervision?colour=red&region=411328',
    );
    await screenshot(page, 'cockpit-county');
    await page.getByTestId('cockpit-whole-city').click();
    await page.getByText('全市招商驾驶舱').waitFor();
  });

  it('shows the large screen (大屏) without the menu, dark, with the map', async () => {
    const screen = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    screen.setDefaultTimeout(20_000);
    const big = await screen.newPage();
    await login(big, server.base, 'leader');
    await big.waitForURL((u) => !u.pathname.startsWith('/login'));
    await big.goto(`${server.base}/cockpit`);
    await big.getByTestId('cockpit-screen-link').click();
    await big.waitForURL((u) => u.pathname === '/cockpit/screen');
    await big.getByTestId('cockpit-screen').waitFor();
    await big.getByTestId('cockpit-kpis').waitFor();
    expect(await big.getByTestId('side-menu').count()).toBe(0);
    expect(await big.getByTestId('app-header').count()).toBe(0);
    const api = (await fetchCockpit(big)).body as Cockpit;
    expect(await kpi(big, 'signed')).toBe(String(api.signings.count));
    await mapPoints(big);
    expect(await big.getByTestId('cockpit-map').locator('canvas').count()).toBeGreaterThan(0);
    const background = await big
      .getByTestId('cockpit-screen')
      .evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(background).toContain('gradient');
    // It fills the display without scrolling.
    expect(await big.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    await screenshot(big, 'cockpit-screen');
    await big.getByTestId('cockpit-screen-exit').click();
    await big.waitForURL((u) => u.pathname === '/cockpit');
    await screen.close();
  });

  it('gives a county officer their own county only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(20_000);
    const officer = await context.newPage();
    await login(officer, server.base, 'dengzhou');
    await officer.waitForURL((u) => !u.pathname.startsWith('/login'));
    await officer.getByTestId('side-menu').getByText('驾驶舱').click();
    await officer.waitForURL((u) => u.pathname === '/cockpit');
    await officer.getByText('邓州市招商驾驶舱').waitFor();
    const own = (await fetchCockpit(officer)).body as Cockpit;
    expect(own.region?.id).toBe('411381');
    expect(own.regions.map((r) => r.regionId)).toEqual(['411381']);
    expect(await kpi(officer, 'signed')).toBe(String(own.signings.count));
    expect(await kpi(officer, 'open')).toBe(String(own.supervision.open));
    // No list of counties (it would hold theirs only); no way back to the city.
    expect(await officer.getByTestId('cockpit-region-bars').count()).toBe(0);
    expect(await officer.getByTestId('cockpit-whole-city').count()).toBe(0);
    expect((await fetchCockpit(officer, '?region=411302')).status).toBe(403);
    // Only their county carries figures on the map; a click elsewhere goes nowhere.
    const points = await mapPoints(officer);
    expect(Object.keys(points)).toEqual(['411381']);
    const box = await officer.getByTestId('cockpit-map').boundingBox();
    const other = (await mapPoints(page))['411328'];
    if (box && other) await officer.mouse.click(box.x + (other[0] ?? 0), box.y + (other[1] ?? 0));
    await officer.waitForTimeout(300);
    expect(new URL(officer.url()).searchParams.get('region')).toBeNull();
    await screenshot(officer, 'cockpit-county-officer');
    await context.close();
  });
});
