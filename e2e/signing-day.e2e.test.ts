import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, login, screenshot } from './support/browser';
import { startE2eServer, type E2eServer } from './support/server';

const HEADER = [
  '项目名称',
  '县（市、区）',
  '产业类别',
  '行业',
  '投资方',
  '总投资（万元）',
  '供地方式',
  '签约类型',
  '签约日期',
];

async function workbook(file: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * The city admin imports a county's spreadsheet: sees every bad cell, fixes the file, commits;
 * then opens the first signing day and reads its statistics and release.
 */
describe('import and the signing day in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-e2e-xlsx-'));

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    await login(page, server.base, 'admin');
    await page.waitForURL((u) => u.pathname.startsWith('/projects'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows every bad cell of a sheet, then commits the fixed one', async () => {
    await page.goto(`${server.base}/imports`);
    const bad = await workbook(path.join(dir, 'bad.xlsx'), [
      [
        '浏览器导入光电项目',
        '宛城',
        '工业',
        '数字光电',
        '苏州浏览器光电有限公司',
        '2.5亿',
        '需新供地',
        '正式合同',
        '2026年7月28日',
      ],
      ['浏览器导入物流项目', '郑州', '服务业', '物流', '成都浏览器物流有限公司', '8000', '标准厂房', '', ''],
    ]);
    await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(bad);
    await page.getByTestId('import-problems').waitFor();
    const problems = await page.getByTestId('import-problems').innerText();
    expect(problems).toContain('郑州');
    expect(problems).toContain('3');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await screenshot(page, 'import-problems');

    const good = await workbook(path.join(dir, 'good.xlsx'), [
      [
        '浏览器导入光电项目',
        '宛城',
        '工业',
        '数字光电',
        '苏州浏览器光电有限公司',
        '2.5亿',
        '需新供地',
        '正式合同',
        '2026年7月28日',
      ],
      ['浏览器导入物流项目', '邓州', '服务业', '物流', '成都浏览器物流有限公司', '8000', '标准厂房', '', ''],
    ]);
    await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles(good);
    await page.getByTestId('import-report').waitFor();
    await expect.poll(() => page.getByTestId('import-commit').isEnabled()).toBe(true);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').innerText()).toContain('2');
    const found = await page.evaluate(async () =>
      (await fetch(`/api/projects?q=${encodeURIComponent('浏览器导入')}`)).json(),
    );
    expect(found.total).toBe(2);
  });

  it('opens the first signing day and reads its statistics and release', async () => {
    await page.goto(`${server.base}/signing-days?year=2021`);
    await page.locator('[data-testid="signing-event"][data-month="2021-07"]').first().click();
    await page.getByTestId('signing-event-title').waitFor();
    expect(await page.getByTestId('signing-event-title').innerText()).toBe('南阳市2021年7月项目签约推进日');
    await page.getByRole('tab', { name: /统计/ }).click();
    await page.getByTestId('signing-release').waitFor();
    expect(await page.getByTestId('signing-release').innerText()).toContain(
      '现场签约项目42个，总投资额超过200亿元',
    );
    await page.getByTestId('signing-charts').waitFor();
    expect(await page.getByTestId('report-count').innerText()).toContain('42');
    await screenshot(page, 'signing-day-report');
  });

  it('downloads the signing day’s briefing (情况通报) with the signings by county', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('signing-download-briefing').click(),
    ]);
    expect(download.suggestedFilename()).toBe('关于南阳市2021年7月项目签约推进日签约情况的通报.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('关于南阳市2021年7月项目签约推进日签约情况的通报');
    expect(text).toMatch(/合计42\d+\.\d{2}/);
  });
});
