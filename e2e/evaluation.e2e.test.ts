import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '../src/web/features/evaluation/figures';
import {
  periodContaining,
  periodLabel,
  periodName,
  shanghaiToday,
} from '../src/web/features/evaluation/period';
import { makeTranslate } from '../src/web/i18n/translate';
import { launchChromium, login, screenshot, pageCall } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

type Line = {
  unitId: string;
  unitName: string;
  total: string;
  rank: number;
  indicators: { key: string; raw: string; target: string | null; points: string }[];
  rules: { key: string; count: number; points: string }[];
};
type Result = { id: string; version: number; status: string; payload: { units: Line[] } };

const t = makeTranslate('zh-CN');
const today = shanghaiToday();
const year = Number(today.slice(0, 4));
const period = periodName(periodContaining('quarter', today));
const WANCHENG = '411302';
const DENGZHOU = '411381';

const METHOD = {
  family: 'e2e-kaoping',
  validFrom: `${year}-01-01`,
  groupIds: ['counties'],
  body: {
    name: '南阳市招商引资工作考评办法（浏览器测试）',
    totalPoints: '100',
    periodKind: 'quarter',
    indicators: [
      {
        key: 'amount',
        name: '签约总投资额',
        metric: 'signed_amount',
        basis: 'level',
        direction: 'positive',
        points: '60',
        normalisation: { kind: 'capped_ratio' },
        target: 'per_unit_time_proportional',
      },
      {
        key: 'count',
        name: '签约项目数',
        metric: 'signed_count',
        basis: 'level',
        direction: 'positive',
        points: '40',
        normalisation: { kind: 'efficacy', floor: '0.6' },
        target: 'none',
      },
    ],
    rules: [
      {
        key: 'big',
        name: '十亿元以上项目',
        kind: 'bonus',
        metric: 'projects_over_10yi',
        each: '2',
        cap: '6',
      },
    ],
    outcomes: { commend: 3, pledge: 2 },
  },
};

/**
 * 考评 in Debian's Chromium: the city publishes a method (drafted through the API, published on the
 * page with its warning), pastes the year's targets from "Excel", computes this quarter, publishes it,
 * explains 宛城区 down to the project just signed, corrects it with a reason after a later signing,
 * and downloads the briefing; the 宛城区 officer reads the ranking on a phone and opens its own line only.
 */
describe('evaluation: method, targets, ranking, explanation, correction, briefing', () => {
  let server: E2eServer;
  let browser: Browser;
  let wide: BrowserContext;
  let page: Page;
  const first = `宛城考评浏览器测试项目${Date.now() % 100000}`;
  const later = `宛城考评更正测试项目${Date.now() % 100000}`;

  const call = pageCall;
  /** A 宛城区 project signed today. */
  const sign = async (name: string, totalInvestment: string) => {
    const created = await call<{ id: string; version: number }>(page, 'POST', '/api/projects', {
      name,
      regionId: WANCHENG,
      industryCategory: 'industrial',
      strategicEmerging: true,
      industry: '装备制造',
      investorName: `${name}投资有限公司`,
      totalInvestment,
      promotionMethods: ['chain'],
      brings: ['capital'],
      landSituation: 'new_land',
    });
    expect(created.status).toBe(201);
    let version = created.json.version;
    for (const step of [
      { to: 'negotiating', date: today },
      {
        to: 'signed',
        date: today,
        signing: { signingType: 'formal', contractedInvestment: totalInvestment },
      },
    ]) {
      const res = await call<{ version: number }>(
        page,
        'POST',
        `/api/projects/${created.json.id}/transitions`,
        {
          version,
          ...step,
        },
      );
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      version = res.json.version;
    }
  };
  const published = async (p: Page) =>
    (await call<Result>(p, 'GET', `/api/evaluations/results?period=${period}&group=counties`)).json;
  const lineOf = (r: Result, unitId: string) => {
    const line = r.payload.units.find((u) => u.unitId === unitId);
    if (!line) throw new Error(`no line for ${unitId}`);
    return line;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    wide.setDefaultTimeout(15_000);
    page = await wide.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('publishes a method with its warning, checks an edit live, and pastes the year’s targets', async () => {
    await login(page, server.base, 'admin');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await sign(first, '1200000000');
    const created = await call<{ id: string; status: string }>(
      page,
      'POST',
      '/api/evaluations/methods',
      METHOD,
    );
    expect(created.status).toBe(201);

    await page.goto(`${server.base}/evaluation/methods`);
    const family = page.getByTestId('ev-family-e2e-kaoping');
    await family.waitFor();
    // A new version checks the points as they are typed (the domain's own rule).
    await family.getByRole('button', { name: '以此新建版本' }).click();
    const editor = page.getByTestId('ev-editor');
    await editor.waitFor();
    await editor.getByTestId('ev-indicator').first().getByTestId('ev-indicator-points').fill('55');
    await expect
      .poll(() => editor.getByTestId('ev-editor-problems').innerText())
      .toContain('指标分值合计 95');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });

    await family.getByTestId('ev-method-publish').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('发布后该版本永不改变');
    await page.getByTestId('ev-method-publish-ok').click();
    await expect.poll(() => family.innerText()).toContain('已发布');

    await family.getByTestId('ev-method-targets').click();
    const dialog = page.getByTestId('ev-targets');
    await dialog.waitFor();
    await page.getByTestId('ev-targets').getByRole('tab', { name: '粘贴' }).click();
    const paste = page.getByTestId('ev-targets-paste');
    await paste.fill(
      '单位\t指标\t目标值（元）\n宛城区\t签约总投资额\t100亿\n邓州市\t签约总投资额\t1,000,000,000\n不存在县\t签约总投资额\t5',
    );
    const preview = page.getByTestId('ev-targets-preview');
    await expect.poll(() => preview.innerText()).toContain('不是本办法排名组的单位');
    expect(await page.getByTestId('ev-targets-save').isDisabled()).toBe(true);
    await screenshot(page, 'evaluation-targets-paste');
    await paste.fill(
      '单位\t指标\t目标值（元）\n宛城区\t签约总投资额\t100亿\n邓州市\t签约总投资额\t1,000,000,000',
    );
    await expect.poll(() => preview.innerText()).toContain('100.00 亿元');
    await page.getByTestId('ev-targets-save').click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('computes this quarter, publishes it, and explains 宛城区 down to its projects', async () => {
    await page.goto(`${server.base}/evaluation`);
    await page.getByTestId('ev-empty').waitFor();
    expect(await page.getByTestId('ev-empty').innerText()).toContain(`${periodLabel(t, period)}尚未发布`);
    await page.getByTestId('ev-compute').click();
    await page.getByTestId('ev-tabs').waitFor();
    await page.getByTestId('ev-ranking').waitFor();
    expect(await page.getByTestId('ev-meta').innerText()).toContain('草稿');
    await page.getByTestId('ev-publish').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('发布后排名即冻结');
    await page.getByTestId('ev-publish-ok').click();
    await page.getByTestId('ev-tabs').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('ev-meta').innerText()).toContain('第 1 版');
    await screenshot(page, 'evaluation-published');

    const result = await published(page);
    expect(result).toMatchObject({ status: 'published', version: 1 });
    const line = lineOf(result, WANCHENG);
    const amount = line.indicators.find((i) => i.key === 'amount');
    if (!amount?.target) throw new Error('宛城区 has no amount target');

    await page.getByTestId(`ev-unit-${WANCHENG}`).click();
    const explain = page.getByTestId('ev-explain');
    await explain.getByTestId('ev-explain-summary').waitFor();
    expect(await explain.locator('.ant-drawer-title').innerText()).toBe(
      `宛城区：为什么排第 ${line.rank} 名？`,
    );
    const block = explain.getByTestId('ev-explain-amount');
    expect(await block.getByTestId('ev-explain-raw').innerText()).toBe(
      formatFigure(t, 'signed_amount', amount.raw),
    );
    expect(await block.innerText()).toContain(formatFigure(t, 'signed_amount', amount.target));
    expect(await block.innerText()).toContain(`${amount.points} / 60 分`);
    expect(await block.getByTestId('ev-record-link').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(first)]),
    );
    const big = line.rules.find((r) => r.key === 'big');
    expect(await explain.getByTestId('ev-explain-big').getByTestId('ev-explain-rule').innerText()).toContain(
      `${big?.count} 项 × 2 分`,
    );
    await screenshot(page, 'evaluation-explain');
    // A record opens its project.
    await block.getByTestId('ev-record-link').filter({ hasText: first }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/projects/'));
  });

  it('shows what a later signing changes, and publishes the correction only with a reason', async () => {
    await sign(later, '300000000');
    await page.goto(`${server.base}/evaluation`);
    await page.getByTestId('ev-ranking').waitFor();
    await page.getByTestId('ev-compute').click();
    await page.getByTestId('ev-tabs').waitFor();
    const changed = page.locator('.ev-row-changed', { hasText: '宛城区' });
    await changed.waitFor();
    expect(await changed.getByTestId('ev-diff').innerText()).toMatch(/^\+/);
    await screenshot(page, 'evaluation-draft-diff');
    await page.getByTestId('ev-publish').click();
    await page.getByTestId('ev-publish-reason').waitFor();
    await page.getByTestId('ev-publish-ok').click();
    await page.getByText('请填写更正原因').waitFor();
    await page.getByTestId('ev-publish-reason').fill('补录宛城区本季度签约项目');
    await page.getByTestId('ev-publish-ok').click();
    await page.getByTestId('ev-corrected').waitFor();
    expect(await page.getByTestId('ev-correction').innerText()).toContain('补录宛城区本季度签约项目');
    expect((await published(page)).version).toBe(2);
  });

  it('downloads the briefing as .docx with the ranking title', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ev-briefing').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join('');
    expect(text).toContain(`关于${periodLabel(t, period)}全市招商引资工作考评情况的通报`);
    expect(text).toContain('宛城区');
  });

  it('the 宛城区 officer reads the published ranking on a phone and opens its own line only', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    phone.setDefaultTimeout(15_000);
    const officer = await phone.newPage();
    await login(officer, server.base, 'wancheng');
    await officer.waitForURL((u) => !u.pathname.startsWith('/login'));
    await officer.goto(`${server.base}/evaluation`);
    const ranking = officer.getByTestId('ev-ranking');
    await ranking.waitFor();
    expect(await ranking.innerText()).toContain('邓州市');
    expect(await officer.getByTestId(`ev-unit-${DENGZHOU}`).count()).toBe(0);
    expect(await officer.getByTestId('ev-compute').count()).toBe(0);
    await officer.getByTestId('ev-corrected').waitFor();
    await officer.getByTestId(`ev-unit-${WANCHENG}`).click();
    await officer.getByTestId('ev-explain-summary').waitFor();
    expect(
      await officer.getByTestId('ev-explain-amount').getByTestId('ev-record-link').allInnerTexts(),
    ).toEqual(expect.arrayContaining([expect.stringContaining(first), expect.stringContaining(later)]));
    await screenshot(officer, 'evaluation-county-phone');
    const result = await published(officer);
    const other = await call(
      officer,
      'GET',
      `/api/evaluations/results/${result.id}/explain?unitId=${DENGZHOU}`,
    );
    expect(other.status).toBe(403);
    await phone.close();
  });
});
