import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot, pageCall } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';
import { signedCountMethod } from '../src/server/test/evaluation-fixtures';
import { signedProject } from './support/projects';

type Line = { total: string; rank: number; outcome: string | null } | null;
type Overview = {
  annual: { resultId: string } | null;
  units: { unitId: string; unitName: string; periods: { period: string; line: Line }[]; annual: Line }[];
  proposals: { unitId: string; unitName: string; kind: 'reward' | 'penalty'; rank: number }[];
};

const YEAR = 2026;
const RANKED = ['411302', '411381', '411303'];

/**
 * 年终总评奖惩 in Debian's Chromium, on three ranked counties (the method's exclusion rules leave the
 * others out): the city publishes 2026Q2 and the year 2026 through the API, then on the page reads the
 * ranks, records the awards the outcomes call for (reward 50 万元), revokes the penalty with a reason
 * and downloads the briefing; the 宛城区 officer reads the same on a phone without the admin buttons.
 */
describe('year-end overall evaluation: ranks, awards from the result, revoking, briefing', () => {
  let server: E2eServer;
  let browser: Browser;
  let wide: BrowserContext;
  let page: Page;
  let overview: Overview;

  const call = pageCall;
  const ok = async <T>(p: Page, method: string, url: string, body?: unknown) => {
    const res = await call<T>(p, method, url, body);
    expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    return res.json;
  };
  const sign = (name: string, regionId: string, totalInvestment: string) =>
    signedProject(page, { name, regionId, totalInvestment }, `${YEAR}-04-28`);
  const publish = async (period: string) => {
    const draft = await ok<{ id: string }>(page, 'POST', '/api/evaluations/results/compute', {
      period,
      groupId: 'counties',
    });
    // The demo may have published the period under its own method: this is then a correction.
    await ok(page, 'POST', `/api/evaluations/results/${draft.id}/publish`, {
      reason: '按年终总评测试办法重新计算',
    });
  };
  const read = (p: Page) => ok<Overview>(p, 'GET', `/api/evaluations/year-end?year=${YEAR}&group=counties`);
  const option = (p: Page, text: string) =>
    p
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: text })
      .first();
  const row = (p: Page, unitId: string) => p.getByTestId(`ey-unit-${unitId}`);
  const proposal = (kind: 'reward' | 'penalty') => {
    const found = overview.proposals.find((x) => x.kind === kind);
    if (!found) throw new Error(`no ${kind} proposed`);
    return found;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    wide.setDefaultTimeout(15_000);
    page = await wide.newPage();
    await login(page, server.base, 'admin');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const groups = await ok<{ items: { id: string; memberIds: string[] }[] }>(
      page,
      'GET',
      '/api/ranking-groups',
    );
    const others =
      groups.items.find((g) => g.id === 'counties')?.memberIds.filter((id) => !RANKED.includes(id)) ?? [];
    const method = await ok<{ id: string }>(page, 'POST', '/api/evaluations/methods', {
      family: 'e2e-year-end',
      validFrom: `${YEAR}-01-01`,
      groupIds: ['counties'],
      body: signedCountMethod('南阳市招商引资考评办法（年终总评测试）', others),
    });
    await ok(page, 'POST', `/api/evaluations/methods/${method.id}/publish`, {});
    const tag = Date.now() % 100000;
    await sign(`宛城年终甲项目${tag}`, '411302', '500000000');
    await sign(`宛城年终乙项目${tag}`, '411302', '600000000');
    await sign(`邓州年终丙项目${tag}`, '411381', '300000000');
    await publish(`${YEAR}Q2`);
    await publish(String(YEAR));
    overview = await read(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches the page from the ranking, explains an unpublished year, and shows the ranks', async () => {
    await page.goto(`${server.base}/evaluation?period=${YEAR}&group=counties`);
    // The method's exclusion rules: the units left out are named under the ranking.
    await page.getByTestId('ev-excluded').waitFor();
    expect(await page.getByTestId('ev-excluded').innerText()).toContain('不参与本期排名：');
    await page.getByTestId('ev-year-end-link').click();
    await page.waitForURL((u) => u.pathname === '/evaluation/year-end');
    await page.getByTestId('ey-table').waitFor();

    // Next year: nothing published, and what to do about it (the demo publishes the years before).
    await page.getByTestId('ey-year').click();
    await option(page, `${YEAR + 1} 年度`).waitFor();
    await option(page, `${YEAR + 1} 年度`).click();
    await page.getByTestId('ey-no-annual').waitFor();
    expect(await page.getByTestId('ey-no-annual').innerText()).toContain(`${YEAR + 1} 年度排名尚未发布`);
    expect(await page.getByTestId('ey-briefing').isDisabled()).toBe(true);
    await page.goto(`${server.base}/evaluation/year-end?year=${YEAR}&group=counties`);
    await page.getByTestId('ey-table').waitFor();

    for (const id of RANKED) {
      const unit = overview.units.find((u) => u.unitId === id);
      if (!unit?.annual) throw new Error(`${id} is not ranked`);
      const text = await row(page, id).innerText();
      expect(text).toContain(unit.unitName);
      expect(text).toContain(unit.annual.total);
      // The demo publishes the other quarters too: the second quarter's cell is the one re-ranked here.
      const at = unit.periods.findIndex((p) => p.period === `${YEAR}Q2`);
      const q2 = unit.periods[at]?.line;
      expect(await row(page, id).getByTestId('ey-period-rank').nth(at).innerText()).toContain(
        String(q2?.rank),
      );
    }
    expect(await row(page, proposal('reward').unitId).innerText()).toContain('红榜');
    expect(await row(page, proposal('penalty').unitId).innerText()).toContain('表态发言');
    expect(await page.getByTestId('ey-briefing').isDisabled()).toBe(false);
  });

  it('records the awards the outcomes call for, with the reward in 万元', async () => {
    await page.getByTestId('ey-from-open').click();
    const modal = page.getByTestId('ey-from');
    await modal.getByTestId('ey-proposals').waitFor();
    const listed = await modal.getByTestId('ey-proposals').innerText();
    expect(listed).toContain(proposal('reward').unitName);
    expect(listed).toContain(proposal('penalty').unitName);
    expect(await modal.getByTestId('ey-from-reward-title').inputValue()).toBe('招商引资工作先进单位');
    expect(await modal.getByTestId('ey-from-penalty-title').inputValue()).toBe('通报批评');
    await modal.getByTestId('ey-from-reward-amount').fill('5o');
    await modal.getByTestId('ey-from-submit').click();
    await modal.getByText('请输入有效金额').first().waitFor();
    await modal.getByTestId('ey-from-reward-amount').fill('50');
    await modal.getByTestId('ey-from-document').fill(`宛招组〔${YEAR}〕9号`);
    await screenshot(page, 'evaluation-year-from-result');
    await modal.getByTestId('ey-from-submit').click();
    await modal.getByTestId('ey-from-result').waitFor();
    expect(await modal.getByTestId('ey-from-result').innerText()).toContain('新登记 2 项');
    await modal.getByTestId('ey-from-close').click();
    await modal.waitFor({ state: 'hidden' });

    const reward = row(page, proposal('reward').unitId).getByTestId('ey-award-reward');
    await reward.waitFor();
    expect(await reward.innerText()).toContain('招商引资工作先进单位 50 万元');
    await row(page, proposal('penalty').unitId).getByTestId('ey-award-penalty').waitFor();
    expect(await page.getByTestId('ey-from-open').count()).toBe(0);
    const after = await read(page);
    const recorded = after.units.find((u) => u.unitId === proposal('reward').unitId) as unknown as {
      awards: { amount: string; documentNo: string }[];
    };
    expect(recorded.awards[0]).toMatchObject({ amount: '500000.00', documentNo: `宛招组〔${YEAR}〕9号` });
    await screenshot(page, 'evaluation-year-awards');
  });

  it('revokes the penalty only with a reason; it stays, struck through, and is proposed again', async () => {
    const penaltyRow = row(page, proposal('penalty').unitId);
    await penaltyRow.getByTestId('ey-revoke').click();
    await page.getByTestId('ey-revoke-ok').click();
    await page.getByText('请填写撤销原因').waitFor();
    await page.getByTestId('ey-revoke-reason').fill('复核后撤销');
    await page.getByTestId('ey-revoke-ok').click();
    const revoked = penaltyRow.locator('[data-testid="ey-award-penalty"][data-revoked="true"]');
    await revoked.waitFor();
    await revoked.hover();
    await page.locator('.ant-tooltip', { hasText: '已撤销：复核后撤销' }).waitFor();
    expect(await penaltyRow.getByTestId('ey-revoke').count()).toBe(0);
    await page.getByTestId('ey-from-open').waitFor();
  });

  it('downloads the year-end briefing with the reward in 万元', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ey-briefing').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('奖励资金50.00万元');
    expect(text).toContain('本年度无惩戒事项。');
  });

  it('shows the method’s exclusion rules in words, and in the editor', async () => {
    await page.goto(`${server.base}/evaluation/methods`);
    const family = page.getByTestId('ev-family-e2e-year-end');
    await family.waitFor();
    await family.locator('.ant-table-row-expand-icon').first().click();
    const summary = family.getByTestId('ev-summary-exclusions');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('不参与排名');
    await family.getByRole('button', { name: '以此新建版本' }).click();
    const editor = page.getByTestId('ev-editor');
    const rules = editor.getByTestId('ev-exclusions');
    await rules.waitFor();
    // Framework agreements no longer count: the rule is spelt out in the section's head.
    await rules.getByText('框架协议').click();
    await expect
      .poll(() => editor.getByTestId('ev-exclusions-toggle').innerText())
      .toContain('只计入正式合同签约的项目');
    await rules.getByTestId('ev-excl-min').fill('50x');
    await editor.getByTestId('ev-editor-save').click();
    await expect.poll(() => editor.getByTestId('ev-editor-problems').innerText()).toContain('最低投资额');
    await rules.getByTestId('ev-excl-min').fill('500');
    await rules.getByText('请输入有效金额').waitFor({ state: 'detached' });
    await screenshot(page, 'evaluation-year-exclusions-editor');
    await page.keyboard.press('Escape');
  });

  it('the 宛城区 officer reads the ranks and awards on a phone, without the admin buttons', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    phone.setDefaultTimeout(15_000);
    const officer = await phone.newPage();
    await login(officer, server.base, 'wancheng');
    await officer.waitForURL((u) => !u.pathname.startsWith('/login'));
    await officer.goto(`${server.base}/evaluation/year-end?year=${YEAR}&group=counties`);
    await officer.getByTestId('ey-cards').waitFor();
    const card = row(officer, proposal('reward').unitId);
    expect(await card.innerText()).toContain('红榜');
    expect(await card.getByTestId('ey-award-reward').innerText()).toContain('50 万元');
    for (const id of ['ey-from-open', 'ey-award-add', 'ey-revoke']) {
      expect(await officer.getByTestId(id).count()).toBe(0);
    }
    await screenshot(officer, 'evaluation-year-phone');
    await phone.close();
  });
});
