import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot, pageCall } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';
import { signedProject } from './support/projects';

type View = {
  id: string;
  status: string;
  judges: { id: string; displayName: string }[];
  sites: { id: string; name: string; score: string | null; dropped: boolean }[];
  units: { unitId: string; score: string | null }[];
};

const WANCHENG = '411302';
const DENGZHOU = '411381';
const KEYS = ['progress', 'investment', 'technology', 'benefit'] as const;
const JUDGES = [
  { username: 'admin', displayName: '市投资促进局 管理员' },
  { username: 'leader', displayName: '分管副市长' },
  { username: 'ducha', displayName: '市委督查室' },
] as const;
type Judge = (typeof JUDGES)[number]['username'];

/** What each judge marks on the default sheet (40 / 25 / 15 / 20), site by site. */
const MARKS: Record<Judge, [string[], string[]]> = {
  admin: [
    ['35', '20', '12.5', '16'],
    ['32', '21', '11', '17.5'],
  ],
  leader: [
    ['38', '22', '13', '18'],
    ['36.5', '23', '14', '19'],
  ],
  ducha: [
    ['30', '18', '10', '15'],
    ['34', '20', '12', '16'],
  ],
};

/** The same arithmetic by hand, in hundredths: no floating point. */
const cents = (text: string) => {
  const [whole = '0', frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
};
const fixed = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const bare = (c: number) => fixed(c).replace(/\.?0+$/, '');
const totalOf = (marks: string[]) => marks.reduce((sum, m) => sum + cents(m), 0);
/** Three judges: one highest and one lowest dropped, the mean of the rest (rounded half up). */
function siteByHand(site: 0 | 1) {
  const totals = JUDGES.map((j) => ({ judge: j.username, total: totalOf(MARKS[j.username][site]) }));
  const sorted = [...totals].sort((a, b) => a.total - b.total);
  const kept = sorted.slice(1, -1);
  const score = Math.round(kept.reduce((s, x) => s + x.total, 0) / kept.length);
  return { totals, low: sorted[0]?.judge, high: sorted[sorted.length - 1]?.judge, score };
}

/**
 * 半年观摩 in Debian's Chromium: the city sets up an inspection on the page (default sheet, three
 * judges, a 宛城区 and a 邓州市 site), each judge scores on a 390×844 phone (one types a mark beyond
 * its maximum and is told which criterion; one corrects a submitted score with the steppers), the city
 * reads the site scores with the highest and lowest dropped and the counties ranked — the figures the
 * test works out by hand — and closes the inspection, which freezes the scores.
 */
describe('half-year inspection: set-up, phone scoring, dropped extremes, closing', () => {
  let server: E2eServer;
  let browser: Browser;
  let desk: BrowserContext;
  let page: Page;
  let view: View;
  const suffix = Date.now() % 100000;
  const siteNames = [`宛城观摩现场${suffix}`, `邓州观摩现场${suffix}`] as const;

  const call = pageCall;
  const option = (p: Page, text: string) =>
    p
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: text })
      .first();
  /** The text of a select's root (antd 6 puts the test id on its input). */
  const selectText = (p: Page, testId: string) =>
    p.getByTestId(testId).evaluate((el) => ((el.closest('.ant-select') ?? el) as HTMLElement).innerText);
  const judgeId = (username: Judge) => {
    const name = JUDGES.find((j) => j.username === username)?.displayName;
    const id = view.judges.find((j) => j.displayName === name)?.id;
    if (!id) throw new Error(`no judge ${username}`);
    return id;
  };
  const phone = async (username: Judge) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    context.setDefaultTimeout(15_000);
    const p = await context.newPage();
    await login(p, server.base, username);
    await p.waitForURL((u) => !u.pathname.startsWith('/login'));
    return p;
  };
  const noSideScroll = (p: Page) =>
    p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  /** Types a site's marks, checks the live total, submits and waits for 已评. */
  const scoreSite = async (p: Page, marks: string[]) => {
    const card = p.getByTestId('insp-score-card');
    for (const [i, key] of KEYS.entries()) await card.getByTestId(`insp-input-${key}`).fill(marks[i] ?? '');
    await expect
      .poll(() => card.getByTestId('insp-live-total').innerText())
      .toMatch(new RegExp(`^${bare(totalOf(marks)).replace('.', '\\.')}\\s*/\\s*100$`));
    await card.getByTestId('insp-submit').click();
    await card.getByTestId('insp-scored').waitFor();
  };
  /**
   * Waits until the card shown is the site's: the address changes at once, the page follows it in a
   * transition, and what is typed before then would land on the card being left.
   */
  const onSite = (p: Page, index: 0 | 1) =>
    p.locator(`[data-testid="insp-score-card"][data-site="${view.sites[index]?.id}"]`).waitFor();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    desk.setDefaultTimeout(15_000);
    page = await desk.newPage();
    await login(page, server.base, 'admin');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    for (const [name, regionId] of [
      [siteNames[0], WANCHENG],
      [siteNames[1], DENGZHOU],
    ] as const) {
      // Sites are signed projects: the picker offers nothing at 线索 or 在谈.
      await signedProject(page, { name, regionId, totalInvestment: '150000000' }, '2026-04-28');
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the city sets up the inspection on the form: default sheet, three judges, two sites', async () => {
    await page.goto(`${server.base}/inspections`);
    // The demo's closed first-half inspection is listed; a new one is set up beside it.
    await page.getByTestId('insp-list').waitFor();
    await page.getByTestId('insp-new').click();
    const form = page.getByTestId('insp-create-form');
    await form.waitFor();
    expect(await page.getByTestId('insp-sheet-total').innerText()).toBe('合计满分 100 分');
    expect(
      await form
        .getByTestId('insp-sheet-name')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['项目建设进度', '投资强度', '科技含量', '综合效益']);
    // A criterion added and left empty is refused on its own fields, and the total follows it.
    await page.getByTestId('insp-sheet-add').click();
    await form.getByTestId('insp-sheet-max').last().fill('10');
    await expect.poll(() => page.getByTestId('insp-sheet-total').innerText()).toContain('110');
    await page.getByTestId('insp-create-submit').click();
    await page.getByText('请填写评分项名称').waitFor();
    await page.getByTestId('insp-sheet-remove').last().click();
    await expect.poll(() => page.getByTestId('insp-sheet-total').innerText()).toBe('合计满分 100 分');

    for (const judge of JUDGES) {
      await page.getByTestId('insp-judges').click();
      await page.keyboard.type(judge.username);
      await option(page, judge.displayName).click();
      await expect.poll(() => selectText(page, 'insp-judges')).toContain(judge.displayName);
    }
    await page.keyboard.press('Escape');
    for (const name of siteNames) {
      await page.getByTestId('insp-site-search').click();
      await page.keyboard.type(name);
      await option(page, name).click();
      await page.getByTestId('insp-site-list').getByText(name).waitFor();
    }
    expect(await page.getByTestId('insp-site-item').allInnerTexts()).toEqual([
      expect.stringContaining('宛城区'),
      expect.stringContaining('邓州市'),
    ]);
    await screenshot(page, 'inspections-setup');
    await page.getByTestId('insp-create-submit').click();
    await page.waitForURL((u) => /^\/inspections\/[0-9a-f-]{36}$/.test(u.pathname));
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    view = (await call<View>(page, 'GET', `/api/inspections/${id}`)).json;
    expect(view.status).toBe('open');
    expect(view.sites.map((s) => s.name)).toEqual([...siteNames]);
    expect(view.judges.map((j) => j.displayName).sort()).toEqual(JUDGES.map((j) => j.displayName).sort());
    expect(await page.getByTestId('insp-title').innerText()).toContain('项目建设观摩');
  });

  it('a judge who types a mark beyond its maximum is told which criterion, fixes it and scores', async () => {
    const p = await phone('ducha');
    await p.goto(`${server.base}/inspections`);
    await p.getByTestId(`insp-row-${view.id}`).waitFor();
    expect(await p.getByTestId(`insp-row-${view.id}`).innerText()).toContain('我已评 0/2');
    expect(await noSideScroll(p)).toBe(true);
    await p.getByTestId(`insp-row-${view.id}`).getByRole('link').click();
    await p.getByTestId('insp-judge-sites').waitFor();
    await p.getByTestId(`insp-judge-site-${view.sites[0]?.id}`).click();
    await onSite(p, 0);
    const card = p.getByTestId('insp-score-card');
    const marks = MARKS.ducha[0];
    await card.getByTestId('insp-input-progress').fill('45');
    for (const [i, key] of KEYS.entries())
      if (i > 0) await card.getByTestId(`insp-input-${key}`).fill(marks[i] ?? '');
    const error = card.getByTestId('insp-error-progress');
    await error.waitFor();
    expect(await error.innerText()).toBe('“项目建设进度”须在 0–40 分之间，45 超出范围');
    await card.getByTestId('insp-submit').click();
    expect(await card.getByTestId('insp-scored').count()).toBe(0);
    expect(await noSideScroll(p)).toBe(true);
    await screenshot(p, 'inspections-judge-out-of-range');
    await scoreSite(p, marks);
    await expect.poll(() => error.count()).toBe(0);

    // What the server refuses (a page that sends an outdated mark) lands on its criterion too.
    await p.getByTestId('insp-next').click();
    await onSite(p, 1);
    await p.route('**/score', async (route) => {
      const body = route.request().postDataJSON() as { marks: Record<string, string> };
      await route.continue({ postData: JSON.stringify({ marks: { ...body.marks, benefit: '20.5' } }) });
    });
    for (const [i, key] of KEYS.entries())
      await card.getByTestId(`insp-input-${key}`).fill(MARKS.ducha[1][i] ?? '');
    await card.getByTestId('insp-submit').click();
    await card.getByTestId('insp-error-benefit').waitFor();
    expect(await card.getByTestId('insp-error-benefit').innerText()).toBe(
      '“综合效益”须在 0–20 分之间，20.5 超出范围',
    );
    await p.unrouteAll();
    await card.getByTestId('insp-input-benefit').fill('15');
    await scoreSite(p, MARKS.ducha[1]);
    await p.getByTestId('insp-back').click();
    expect(await p.getByTestId('insp-my-progress').innerText()).toContain('已评 2/2 个现场');
    await screenshot(p, 'inspections-judge-done');
    await p.context().close();
  });

  it('the other judges score on their phones; one corrects a submitted score with the steppers', async () => {
    const admin = await phone('admin');
    await admin.goto(`${server.base}/inspections/${view.id}?tab=score&site=${view.sites[0]?.id}`);
    await onSite(admin, 0);
    await scoreSite(admin, MARKS.admin[0]);
    await admin.getByTestId('insp-next').click();
    await onSite(admin, 1);
    await scoreSite(admin, MARKS.admin[1]);
    await admin.context().close();

    const leader = await phone('leader');
    await leader.goto(`${server.base}/inspections/${view.id}?tab=score`);
    await leader.getByTestId(`insp-judge-site-${view.sites[0]?.id}`).click();
    await onSite(leader, 0);
    const card = leader.getByTestId('insp-score-card');
    // First submitted one point low on 项目建设进度, then raised by two half-point steps.
    await scoreSite(leader, ['37', ...MARKS.leader[0].slice(1)]);
    expect(await card.getByTestId('insp-submit').isDisabled()).toBe(true);
    await card.getByTestId('insp-plus-progress').click();
    await card.getByTestId('insp-plus-progress').click();
    expect(await card.getByTestId('insp-input-progress').inputValue()).toBe('38');
    expect(await card.getByTestId('insp-submit').innerText()).toContain('提交修改');
    await screenshot(leader, 'inspections-judge-correction');
    await card.getByTestId('insp-submit').click();
    await expect.poll(() => card.getByTestId('insp-submit').isDisabled()).toBe(true);
    await card.getByTestId('insp-scored').waitFor();
    await leader.getByTestId('insp-next').click();
    await onSite(leader, 1);
    await scoreSite(leader, MARKS.leader[1]);
    expect(await noSideScroll(leader)).toBe(true);
    await leader.context().close();
  });

  it('the city sees each site with its highest and lowest dropped and the counties ranked, as by hand', async () => {
    await page.goto(`${server.base}/inspections/${view.id}?tab=results`);
    await page.getByTestId('insp-sites').waitFor();
    for (const [i, site] of view.sites.entries()) {
      const hand = siteByHand(i as 0 | 1);
      await expect
        .poll(() => page.getByTestId(`insp-site-score-${site.id}`).innerText())
        .toContain(fixed(hand.score));
      for (const { judge, total } of hand.totals) {
        const cell = page.getByTestId(`insp-mark-${site.id}-${judgeId(judge)}`);
        expect(await cell.innerText()).toBe(fixed(total));
        const dropped = judge === hand.low ? 'low' : judge === hand.high ? 'high' : '';
        expect(await cell.getAttribute('data-dropped')).toBe(dropped);
      }
    }
    const [wancheng, dengzhou] = [siteByHand(0).score, siteByHand(1).score];
    expect(fixed(wancheng)).toBe('83.50');
    expect(fixed(dengzhou)).toBe('82.00');
    const units = page.getByTestId('insp-units');
    expect(await units.getByTestId(`insp-unit-score-${WANCHENG}`).innerText()).toBe(fixed(wancheng));
    expect(await units.getByTestId(`insp-unit-score-${DENGZHOU}`).innerText()).toBe(fixed(dengzhou));
    const ranked = await units.locator('tbody tr').allInnerTexts();
    expect(ranked[0]).toMatch(/^1\s+宛城区/);
    expect(ranked[1]).toMatch(/^2\s+邓州市/);
    await screenshot(page, 'inspections-results');
    // The list shows both sites scored by every judge.
    await page.goto(`${server.base}/inspections`);
    expect(await page.getByTestId(`insp-row-${view.id}`).getByTestId('insp-progress').innerText()).toContain(
      '2/2 个现场已评完',
    );
  });

  it('closing, confirmed, freezes the scores: a judge can no longer submit', async () => {
    await page.goto(`${server.base}/inspections/${view.id}?tab=results`);
    await page.getByTestId('insp-close').click();
    const confirm = page.getByTestId('insp-close-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('所有评分即冻结');
    expect(await confirm.innerText()).toContain('年终总评');
    await page.getByTestId('insp-close-ok').click();
    await page.getByTestId('insp-closed').waitFor();
    expect(await page.getByTestId('insp-close').count()).toBe(0);
    expect(await page.getByTestId('insp-title').innerText()).toContain('已结束');
    await screenshot(page, 'inspections-closed');

    const leader = await phone('leader');
    await leader.goto(`${server.base}/inspections/${view.id}?tab=score&site=${view.sites[0]?.id}`);
    await leader.getByTestId('insp-closed-note').waitFor();
    expect(await leader.getByTestId('insp-submit').count()).toBe(0);
    expect(await leader.getByTestId('insp-input-progress').isDisabled()).toBe(true);
    const late = await call<{ error: { code: string } }>(
      leader,
      'PUT',
      `/api/inspections/${view.id}/sites/${view.sites[0]?.id}/score`,
      { marks: { progress: '1', investment: '1', technology: '1', benefit: '1' } },
    );
    expect(late.json.error.code).toBe('INSPECTION_CLOSED');
    await leader.context().close();
  });
});
