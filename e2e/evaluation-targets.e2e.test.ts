import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '../src/web/features/evaluation/figures';
import { shanghaiToday } from '../src/web/features/evaluation/period';
import { makeTranslate } from '../src/web/i18n/translate';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

const t = makeTranslate('zh-CN');
const year = Number(shanghaiToday().slice(0, 4));
const WANCHENG = '411302';

/** A level indicator scored against its target (capped ratio). */
const toTarget = (key: string, name: string, metric: string, points: string, target: string) => ({
  key,
  name,
  metric,
  basis: 'level',
  direction: 'positive',
  points,
  normalisation: { kind: 'capped_ratio' },
  target,
});

const METHOD = {
  family: 'e2e-targets-xlsx',
  validFrom: `${year}-01-01`,
  groupIds: ['counties'],
  body: {
    name: '目标表格导入测试办法',
    totalPoints: '100',
    periodKind: 'quarter',
    indicators: [
      toTarget('amount', '签约总投资额', 'signed_amount', '60', 'per_unit_time_proportional'),
      toTarget('count', '签约项目数', 'signed_count', '40', 'per_unit'),
    ],
    rules: [],
  },
};

/** unit name|indicator name → the value as the year's sheet holds it. */
type Sheet = Map<string, string>;

async function readSheet(bytes: Buffer): Promise<{ wb: ExcelJS.Workbook; values: Sheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('the sheet has no worksheet');
  expect(ws.getRow(1).values).toEqual([undefined, '单位', '指标', '目标值']);
  const values: Sheet = new Map();
  ws.eachRow((r, n) => {
    if (n === 1 || !r.getCell(1).text) return;
    values.set(`${r.getCell(1).text}|${r.getCell(2).text}`, r.getCell(3).text);
  });
  return { wb, values };
}

/**
 * 设置目标 from a spreadsheet in Debian's Chromium: the city downloads the year's sheet (today's
 * targets filled in), fills it in with Excel (exceljs here), uploads it: a zero target is named by
 * its row and nothing can be imported; the fixed sheet is previewed, confirmed, and the targets the
 * server then holds are exactly the file's.
 */
describe('evaluation targets: download the year’s sheet, upload it, check it, import it', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let methodId = '';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-targets-'));

  const api = (p: string) => `${server.base}${p}`;
  /** The year's sheet as the server answers it now (the page's session). */
  const serverSheet = async () =>
    Buffer.from(
      await (
        await page.request.get(api(`/api/evaluations/methods/${methodId}/targets.xlsx?year=${year}`))
      ).body(),
    );
  const dialog = () => page.getByTestId('ev-targets');
  const upload = (file: string) =>
    page.locator('[data-testid="ev-targets-upload"] input[type=file]').setInputFiles(file);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await login(page, server.base, 'admin');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const created = await page.request.post(api('/api/evaluations/methods'), { data: METHOD });
    expect(created.status(), await created.text()).toBe(201);
    methodId = ((await created.json()) as { id: string }).id;
    // A target already set, which the downloaded sheet must hold.
    const put = await page.request.put(api(`/api/evaluations/methods/${methodId}/targets`), {
      data: { year, rows: [{ unitId: WANCHENG, indicatorKey: 'amount', value: '2000000000' }] },
    });
    expect(put.status()).toBe(204);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a sheet with a zero target, naming its row, then imports the fixed one', async () => {
    await page.goto(`${server.base}/evaluation/methods`);
    const family = page.getByTestId(`ev-family-${METHOD.family}`);
    await family.getByTestId('ev-method-targets').click();
    await dialog().waitFor();
    // The dialog opens on the year's targets as they stand.
    await page.getByTestId('ev-targets-current').getByText('宛城区').waitFor();
    expect(await page.getByTestId('ev-targets-current').innerText()).toMatch(/宛城区\s+20\.00 亿元/);
    await dialog().getByRole('tab', { name: '上传文件' }).click();
    // The pane is shown (not mid-switch) before its button is pressed.
    await page.getByTestId('ev-targets-upload').waitFor({ state: 'visible' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 45_000 }),
      page.getByTestId('ev-targets-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${year}年考评目标.xlsx`);
    const { wb, values: template } = await readSheet(fs.readFileSync(await download.path()));
    expect(template.get('宛城区|签约总投资额')).toBe('2000000000');
    // One row per county and indicator with targets.
    const groups = (await (await page.request.get(api('/api/ranking-groups'))).json()) as {
      items: { id: string; memberIds: string[] }[];
    };
    const counties = groups.items.find((g) => g.id === 'counties')?.memberIds ?? [];
    expect(template.size).toBe(counties.length * 2);

    // Every row filled in: amounts in 亿, counts as plain numbers; 邓州市's count set to 0.
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no worksheet');
    const expected: Sheet = new Map();
    let zeroRow = 0;
    let i = 0;
    ws.eachRow((r, n) => {
      if (n === 1 || !r.getCell(1).text) return;
      i += 1;
      const unit = r.getCell(1).text;
      const amount = r.getCell(2).text === '签约总投资额';
      if (amount) {
        r.getCell(3).value = `${10 + i}.5亿`;
        expected.set(`${unit}|签约总投资额`, `${(10 + i) * 100_000_000 + 50_000_000}.00`);
      } else if (unit === '邓州市') {
        r.getCell(3).value = 0;
        zeroRow = n;
        expected.set(`${unit}|签约项目数`, '7');
      } else {
        r.getCell(3).value = String(i);
        expected.set(`${unit}|签约项目数`, String(i));
      }
    });
    expect(zeroRow).toBeGreaterThan(1);
    const bad = path.join(dir, 'bad.xlsx');
    await wb.xlsx.writeFile(bad);
    await upload(bad);

    const problem = page.locator('[data-testid="import-problem"]');
    await problem.first().waitFor();
    expect(await problem.count()).toBe(1);
    const cells = (await problem.first().locator('td').allInnerTexts()).map((s) => s.trim());
    expect(cells).toEqual([String(zeroRow), '目标值', '0', '目标值须大于 0']);
    expect(await page.getByTestId('ev-targets-upload-summary').innerText()).toContain('1 处问题');
    expect(await page.getByTestId('ev-targets-commit').isDisabled()).toBe(true);
    await screenshot(page, 'evaluation-targets-upload-problems');

    ws.getRow(zeroRow).getCell(3).value = 7;
    const good = path.join(dir, 'good.xlsx');
    await wb.xlsx.writeFile(good);
    await upload(good);
    const preview = page.getByTestId('ev-targets-upload-preview');
    await preview.waitFor();
    expect(await page.locator('[data-testid="import-problem"]').count()).toBe(0);
    expect(await page.getByTestId('ev-targets-upload-summary').innerText()).toContain(
      `${expected.size} 条目标均可导入`,
    );
    const wancheng = expected.get('宛城区|签约总投资额') ?? '';
    expect(await preview.locator('tr', { hasText: '宛城区' }).first().innerText()).toContain(
      formatFigure(t, 'signed_amount', wancheng),
    );
    const commit = page.getByTestId('ev-targets-commit');
    expect(await commit.innerText()).toContain(`确认导入 ${expected.size} 条目标`);
    await screenshot(page, 'evaluation-targets-upload-preview');
    await commit.click();
    await dialog().waitFor({ state: 'hidden' });
    await page.getByText(`已导入 ${year} 年目标 ${expected.size} 条`).waitFor();

    // The server now holds exactly the file's targets (its sheet shows them).
    const { values: held } = await readSheet(await serverSheet());
    expect(Object.fromEntries(held)).toEqual(Object.fromEntries(expected));
  });

  it('keeps pasting from Excel', async () => {
    // Start from the methods page itself, whatever the test before left open.
    const { values: before } = await readSheet(await serverSheet());
    await page.goto(`${server.base}/evaluation/methods`);
    await page.getByTestId(`ev-family-${METHOD.family}`).getByTestId('ev-method-targets').click();
    await dialog().waitFor();
    await page.getByTestId('ev-targets').getByRole('tab', { name: '粘贴' }).click();
    await page.getByTestId('ev-targets-paste').fill('宛城区\t签约总投资额\t30亿\n宛城区\t签约项目数\t4');
    await expect.poll(() => page.getByTestId('ev-targets-preview').innerText()).toContain('30.00 亿元');
    await page.getByTestId('ev-targets-save').click();
    await dialog().waitFor({ state: 'hidden' });
    // The pasted pair replaces its target; every other target stays as it was.
    const { values: held } = await readSheet(await serverSheet());
    const expected = new Map(before);
    expected.set('宛城区|签约总投资额', '3000000000');
    expected.set('宛城区|签约项目数', '4');
    expect([...held].filter(([, v]) => v !== '')).toEqual([...expected].filter(([, v]) => v !== ''));
    expect([...held].filter(([, v]) => v !== '').length).toBeGreaterThan(2);
  });
});
