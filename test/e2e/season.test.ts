/**
 * The reviewer's season in real Chromium, with real toolbar clicks and real downloads: a list page
 * of real reports checked in one click (the summary equals each page's own check, the files read
 * back cell by cell, no request leaves the site); last year remembered across a browser restart
 * and through export, clear and import; decisions kept across reloads, and listed as 已不存在
 * once their finding has gone.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check';
import { REVIEWED_FINDINGS_COLUMNS, reviewedFindingRows, sheetCsv, summaryCells } from '../../src/core/export/season';
import { cellsOf, SUMMARY_COLUMNS, type SourceResult } from '../../src/core/export/summary';
import { parseHtmlDocument } from '../../src/cli/html';
import { fixturePath, loadDocument } from '../helpers';
import { launch, serve, type Browser, type Served } from './browser';
import { SEED_002 } from './pages';

const PINGTAN_2020 = 'corpus/pingtan-2020-page.html';
const PINGTAN_2021 = 'corpus/pingtan-2021-page.html';

/** A real page with one cell printed otherwise, as a broken copy would print it. */
function withCell(fixture: string, ref: { table: 'requests'; row: string; column: string }, text: string): string {
  const doc = loadDocument(...fixture.split('/'));
  (checkDocument(doc, '').locate(ref) as Element).textContent = text;
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

const printed = (fixture: string, ref: { table: 'requests'; row: string; column: string }): string =>
  (checkDocument(loadDocument(...fixture.split('/')), '').locate(ref) as Element).textContent!.trim();

const CARRIED_FORWARD = { table: 'requests', row: 'carriedForward', column: 'total' } as const;
const GRANTED = { table: 'requests', row: 'granted', column: 'naturalPerson' } as const;

/** The list: real reports of the corpus and seeds, a broken copy, an attachment-only page, a 404, a page of another site. */
const LISTED: [text: string, href: string][] = [
  ['平潭综合实验区2020年政府信息公开工作年度报告', `/fixtures/${PINGTAN_2020}`],
  ['平潭综合实验区2021年政府信息公开工作年度报告', `/fixtures/${PINGTAN_2021}`],
  ['某镇2021年政府信息公开工作年度报告', `/fixtures/${SEED_002}`],
  ['测试市2025年政府信息公开工作年度报告', '/fixtures/corpus/test-city-2025-clean.html'],
  ['测试市某局2025年政府信息公开工作年度报告', '/pages/broken-copy.html'],
  ['某区2023年政府信息公开工作年度报告', '/pages/attachment-only.html'],
  ['某街道2024年政府信息公开工作年度报告', '/fixtures/missing-2024.html'],
  ['金井镇2020年政府信息公开工作年度报告', '/fixtures/corpus/jinjing-2020-page.html'],
];

const listPage = (items: [string, string][]) => `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年度报告</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div><h1>政府信息公开年报</h1>
<ul class="list">${items.map(([text, href], i) => `<li><a href="${href}" target="_blank">${text}</a><span>2025-0${1 + (i % 3)}-2${i}</span></li>`).join('\n')}</ul></body></html>`;

const PAGES: Record<string, string> = {
  'list.html': listPage(LISTED),
  'broken-copy.html': withCell('corpus/test-city-2025-clean.html', GRANTED, '7'),
  'attachment-only.html': `<!doctype html><html><head><meta charset="utf-8"><title>某区2023年政府信息公开工作年度报告</title></head><body>
    <h1>某区2023年政府信息公开工作年度报告</h1><p>附件：<a href="/fixtures/binary/huaian-hongze-qu-2023.pdf">某区2023年政府信息公开工作年度报告.pdf</a></p></body></html>`,
  'pingtan-2020-broken.html': withCell(PINGTAN_2020, CARRIED_FORWARD, String(Number(printed(PINGTAN_2020, CARRIED_FORWARD)) + 5)),
};

/** What the CLI would file for each listed page: the core on the same file, at the same address. */
function expectedResults(base: string): SourceResult[] {
  return LISTED.map(([, href]) => {
    const url = `${base}${href}`;
    const path = href.startsWith('/pages/') ? null : fixturePath(...href.slice('/fixtures/'.length).split('/'));
    const html = href.startsWith('/pages/') ? PAGES[href.slice(7)]! : (() => { try { return readFileSync(path!, 'utf8'); } catch { return null; } })();
    if (html === null) return { source: url, error: 'HTTP 404' };
    const a = checkDocument(parseHtmlDocument(html), url);
    return { source: url, report: a.json, verdict: a.verdict.reason };
  });
}

async function saved(download: Promise<Download>): Promise<Buffer> {
  const path = await (await download).path();
  return readFileSync(path!);
}

// One retry: see openAndClick (a lost first click, not reproduced; its logs are in the error).
describe('the reviewer\'s season in Chromium', { retry: 1 }, () => {
  let served: Served;
  let browser: Browser;
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-season-'));

  beforeAll(async () => {
    served = await serve(PAGES);
    browser = await launch(served, profile);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function openAndClick(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${served.base}/${path}`);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`page ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    for (const w of browser.context.serviceWorkers()) w.on('console', (m) => logs.push(`sw ${m.type()}: ${m.text()}`));
    await browser.click(page);
    // A first click that drew no panel was seen about once in eight runs of this suite on a
    // loaded machine and never reproduced with these logs on; if it happens, say what was logged.
    await page.getByTestId('nianbao-panel').waitFor({ timeout: 15_000 }).catch((error: Error) => {
      throw new Error(`no panel on ${path} after the click: ${error.message}\n${logs.join('\n')}`);
    });
    return page;
  }

  it('a list page: one click checks every listed report of the site; the summary is each page\'s own check, and the files read back', async () => {
    const page = await openAndClick('pages/list.html');
    expect(await page.getByTestId('list-count').textContent()).toBe(`本页列出 ${LISTED.length} 份年度报告`);
    await page.getByTestId('list-check').click();
    await expect.poll(() => page.getByTestId('list-progress').textContent(), { timeout: 60_000 }).toContain(`已检查 ${LISTED.length} / ${LISTED.length}`);
    await expect.poll(() => page.getByTestId('list-stop').count()).toBe(0);
    await page.screenshot({ path: fixturePath('..', '..', 'docs', 'panel-list.png') });

    const expected = expectedResults(served.base);
    const rows = page.getByTestId('list-row');
    expect(await rows.count()).toBe(LISTED.length);
    for (let i = 0; i < LISTED.length; i += 1) {
      const result = expected[i]!;
      const row = rows.nth(i);
      expect(await row.getAttribute('data-errors')).toBe('report' in result ? String(result.report.findings.filter((f) => f.severity === 'error').length) : '');
    }
    expect(await rows.nth(6).getByTestId('list-note').textContent()).toContain('HTTP 404');
    expect(await rows.nth(5).getByTestId('list-note').textContent()).toContain('报告只以附件发布');

    // the summary CSV is the CLI's, byte for byte
    const csv = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('export-summary-csv').click()]).then(([d]) => d));
    expect(csv.toString('utf8').startsWith('\ufeffsource,agency,year,format')).toBe(true);
    expect(csv.toString('utf8')).toBe(sheetCsv(SUMMARY_COLUMNS, summaryCells(expected)));

    // the XLSX summary and 问题清单, read back cell by cell with ExcelJS
    const xlsx = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('export-summary-xlsx').click()]).then(([d]) => d));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as never);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SUMMARY_COLUMNS]);
    summaryCells(expected).forEach((cells, r) => {
      cells.forEach((cell, c) => { expect([r, SUMMARY_COLUMNS[c], sheet.getRow(r + 2).getCell(c + 1).value ?? null]).toEqual([r, SUMMARY_COLUMNS[c], cell]); });
    });
    const findings = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('export-findings-xlsx').click()]).then(([d]) => d));
    const fbook = new ExcelJS.Workbook();
    await fbook.xlsx.load(findings as never);
    const fsheet = fbook.worksheets[0]!;
    expect((fsheet.getRow(1).values as unknown[]).slice(1)).toEqual([...REVIEWED_FINDINGS_COLUMNS]);
    const wantFindings = expected.flatMap((r) => reviewedFindingRows(r, [])).map((row) => cellsOf(REVIEWED_FINDINGS_COLUMNS, row));
    expect(fsheet.rowCount).toBe(wantFindings.length + 1);
    wantFindings.forEach((cells, r) => {
      cells.forEach((cell, c) => { expect([r, REVIEWED_FINDINGS_COLUMNS[c], fsheet.getRow(r + 2).getCell(c + 1).value ?? null]).toEqual([r, REVIEWED_FINDINGS_COLUMNS[c], cell]); });
    });

    // a report opened from the summary shows its normal panel, and the list comes back
    await rows.nth(0).getByTestId('list-view').click();
    await page.getByTestId('suspects').waitFor();
    expect(await page.getByTestId('file').textContent()).toContain('列表中的报告');
    const pingtan = expected[0]! as Extract<SourceResult, { report: unknown }>;
    expect(Number(await page.getByTestId('count-error').textContent())).toBe(pingtan.report.findings.filter((f) => f.severity === 'error').length);
    await page.getByTestId('back').click();
    await page.getByTestId('list-table').waitFor();

    // nothing was asked of any other site
    const elsewhere = browser.requested.filter((r) => !r.url.startsWith(served.base) && !r.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  const carryover = (page: Page) => page.locator('[data-testid=finding][data-rule=history-carryover]');

  it('last year remembered: 2020 then 2021 of one body is silent; a broken 2020 makes history-carryover fire with its value, after a restart too; export, clear, import', async () => {
    let page = await openAndClick(`fixtures/${PINGTAN_2020}`);
    await page.getByTestId('suspects').waitFor();
    await page.close();
    page = await openAndClick(`fixtures/${PINGTAN_2021}`);
    await expect.poll(() => page.getByTestId('previous').count()).toBe(1);
    expect(await page.getByTestId('previous').textContent()).toContain('2020 年度报告');
    expect(await page.getByTestId('previous').locator('a').getAttribute('href')).toBe(`${served.base}/fixtures/${PINGTAN_2020}`);
    expect(await carryover(page).count()).toBe(0);
    await page.close();

    // a broken copy of last year, checked: it is now the 2020 report this browser knows
    const broken = String(Number(printed(PINGTAN_2020, CARRIED_FORWARD)) + 5);
    page = await openAndClick('pages/pingtan-2020-broken.html');
    await page.locator('.summary').waitFor();
    await page.close();
    const fires = async () => {
      const p = await openAndClick(`fixtures/${PINGTAN_2021}`);
      await expect.poll(() => carryover(p).count()).toBe(1);
      expect(await carryover(p).textContent()).toContain(`上年结转下年度 ${broken}`);
      await p.close();
    };
    await fires();

    // the browser restarted with the same profile still knows it
    await browser.close();
    browser = await launch(served, profile);
    await fires();

    // the options page lists it; export, clear all, import
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('store-row').count()).toBeGreaterThanOrEqual(2);
    expect(await options.getByTestId('store-table').textContent()).toContain('2020');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('store-export').click()]);
    const file = (await download.path())!;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'nianbao-lint', version: 1 });
    expect(exported.history.map((h: { year: number }) => h.year)).toContain(2020);
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('store-clear').click();
    await expect.poll(() => options.getByTestId('store-size').textContent()).toContain('共 0 份报告、0 条决定');

    page = await openAndClick(`fixtures/${PINGTAN_2021}`);
    await page.locator('.summary').waitFor();
    await page.waitForTimeout(300); // the store is asked after the first render
    expect(await page.getByTestId('previous').count()).toBe(0);
    expect(await carryover(page).count()).toBe(0);
    await page.close();

    await options.getByTestId('store-import').setInputFiles(file);
    await expect.poll(() => options.getByTestId('store-status').textContent()).toContain(`已导入 ${exported.history.length} 份报告`);
    await options.close();
    await fires();
  });

  it('decisions: kept across a reload, ignored findings folded and unmarked, and 已不存在 in the 问题清单 once the page is corrected', async () => {
    let page = await openAndClick('pages/broken-copy.html');
    const suspect = page.getByTestId('suspect').first();
    await suspect.waitFor();
    // the three toggles sit on one line, same box (a page-wide class once pushed 忽略 up)
    const boxes = await Promise.all(['confirmed', 'ignored', 'doubtful'].map((v) => suspect.getByTestId(`decide-${v}`).boundingBox()));
    expect(new Set(boxes.map((box) => `${box!.y}/${box!.height}`)).size).toBe(1);
    const toReview = async () => Number((await page.getByTestId('to-review').textContent())!.replace(/\D/g, ''));
    const before = await toReview();
    await suspect.getByTestId('decide-confirmed').click();
    await suspect.getByTestId('comment').fill('已电话告知编制单位');
    await suspect.getByTestId('comment').press('Enter');
    const other = page.getByTestId('finding').first();
    const ignoredRule = (await other.getAttribute('data-rule'))!;
    const findingsOf = (rule: string) => page.locator(`[data-testid=finding][data-rule="${rule}"]`).count();
    const shownBefore = await findingsOf(ignoredRule);
    const markedBefore = await page.locator(`[data-nianbao-rules~="${ignoredRule}"]`).count();
    await other.getByTestId('decide-ignored').click();
    await expect.poll(toReview).toBe(before - 2);
    expect(await page.getByTestId('ignored').textContent()).toContain('已忽略 1 项');
    expect(await findingsOf(ignoredRule)).toBe(shownBefore - 1);
    if (shownBefore === 1) expect(await page.locator(`[data-nianbao-rules~="${ignoredRule}"]`).count()).toBeLessThan(markedBefore);
    await page.getByTestId('show-ignored').click();
    expect(await findingsOf(ignoredRule)).toBe(shownBefore);
    await page.close();

    // reload and check again: the decisions are back
    page = await openAndClick('pages/broken-copy.html');
    await expect.poll(() => page.getByTestId('suspect').first().getByTestId('decision').getAttribute('data-verdict')).toBe('confirmed');
    expect(await page.getByTestId('suspect').first().getByTestId('comment').inputValue()).toBe('已电话告知编制单位');
    expect(await page.getByTestId('ignored').textContent()).toContain('已忽略 1 项');
    await page.screenshot({ path: fixturePath('..', '..', 'docs', 'panel-decisions.png') });
    await page.close();

    // the same report corrected: its findings have gone, the decisions stay in the 问题清单 as 已不存在
    page = await openAndClick('fixtures/corpus/test-city-2025-clean.html');
    await page.locator('.summary').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-findings-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${REVIEWED_FINDINGS_COLUMNS.join(',')}`);
    expect(csv).toContain('确认（已不存在）');
    expect(csv).toContain('忽略（已不存在）');
    expect(csv).toContain('已电话告知编制单位');
    await page.close();
  });
});
