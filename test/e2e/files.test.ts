/**
 * Reports published as files, in real Chromium: a PDF open in a tab (Chrome's viewer) checked by
 * a toolbar click; an attachment-only page whose PDF and DOCX are checked with "检查附件"; and
 * the extension's file page. The counts and findings must equal the core's on the same file in
 * Node (the CLI's reader); the panel's previews carry the marks and each finding its PDF page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage } from '../../src/core/check';
import { readReportFile } from '../../src/cli/read-report-file';
import { fixturePath } from '../helpers';
import { launch, serve, type Browser, type Served } from './browser';

const HONGZE_2023 = 'binary/huaian-hongze-qu-2023.pdf';
const SEED_DOCX = 'binary/generated/seed-002.libreoffice.docx';

/** The core's findings on the file, read as the CLI reads it. */
async function expected(fixture: string) {
  const file = await readReportFile(new Uint8Array(readFileSync(fixturePath(...fixture.split('/')))), 'file:///report');
  return checkPage(file.page, file.detection).findings;
}

const countsOf = (findings: { severity: string }[]) => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  info: findings.filter((f) => f.severity === 'info').length,
});

const PAGES = {
  // A report page that only links the report as files, as many portals publish it.
  'attachments.html': `<!doctype html><html><head><meta charset="utf-8"><title>洪泽区人民政府2023年政府信息公开工作年度报告</title></head>
    <body><div class="TRS_Editor"><p>洪泽区人民政府2023年政府信息公开工作年度报告</p>
    <p>附件：<a href="/fixtures/${HONGZE_2023}">洪泽区人民政府2023年政府信息公开工作年度报告.pdf</a></p>
    <p><a href="/fixtures/${SEED_DOCX}">建胜镇年报.docx</a></p>
    <p><a href="http://other.example.org/report.pdf">其他网站的附件.pdf</a></p></div></body></html>`,
};

describe('report files in Chromium', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serve(PAGES);
    browser = await launch(served);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const counts = async (page: Page) => ({
    error: Number(await page.getByTestId('count-error').textContent()),
    warning: Number(await page.getByTestId('count-warning').textContent()),
    info: Number(await page.getByTestId('count-info').textContent()),
  });

  it('a PDF open in a tab: the toolbar click checks it, the previews carry the marks, each finding says its page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${served.base}/fixtures/${HONGZE_2023}`);
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor();
    await page.getByTestId('suspects').waitFor({ timeout: 20_000 });
    const findings = await expected(HONGZE_2023);
    expect(await counts(page)).toEqual(countsOf(findings));
    expect(await page.getByTestId('file').textContent()).toContain('huaian-hongze-qu-2023.pdf');
    // 表四's real error: 行政复议 10 + 1 with 总计 0, on the PDF's page 5
    expect(await page.getByTestId('suspect').first().textContent()).toContain('行政复议·总计 印为 0；若为 11');
    expect(await page.getByTestId('suspect').first().getByTestId('pages').textContent()).toMatch(/^第 \d+ 页$/);
    // its one fix (行政复议·总计) and the two candidates of 复议后起诉, numbered in the preview
    expect(await page.getByTestId('preview-review').locator('td.marked.suspect').count()).toBe(3);
    await page.screenshot({ path: fixturePath('..', '..', 'docs', 'panel-pdf.png') });
    await page.close();
  });

  it('an attachment-only page: 检查附件 reads the PDF and the DOCX of the same site, never another site', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${served.base}/pages/attachments.html`);
    await browser.click(page);
    const attachments = page.getByTestId('attachments');
    await attachments.waitFor();
    expect(await attachments.getByTestId('check-attachment').count()).toBe(2);
    expect(await attachments.textContent()).toContain('在其他网站（other.example.org），不读取');

    await attachments.getByTestId('check-attachment').first().click();
    await page.getByTestId('file').waitFor({ timeout: 20_000 });
    await page.getByTestId('suspects').waitFor();
    expect(await counts(page)).toEqual(countsOf(await expected(HONGZE_2023)));

    await page.getByTestId('back').click();
    await page.getByTestId('attachments').getByTestId('check-attachment').nth(1).click();
    await page.getByTestId('file').waitFor();
    await expect.poll(() => page.getByTestId('file').textContent()).toContain('建胜镇年报.docx');
    await page.getByTestId('suspects').waitFor();
    expect(await counts(page)).toEqual(countsOf(await expected(SEED_DOCX)));
    expect(browser.requested.some((r) => r.url.includes('other.example.org'))).toBe(false);
    await page.close();
  });

  it('the file page checks a chosen file the same way', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/check.html`);
    await page.getByTestId('file-input').setInputFiles(fixturePath(...HONGZE_2023.split('/')));
    await page.getByTestId('suspects').waitFor({ timeout: 20_000 });
    expect(await counts(page)).toEqual(countsOf(await expected(HONGZE_2023)));
    await page.close();
  });

  it('says plainly that a password-protected PDF cannot be read', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/check.html`);
    await page.getByTestId('file-input').setInputFiles(fixturePath('binary', 'generated', 'password.pdf'));
    await expect.poll(() => page.getByTestId('problem').textContent(), { timeout: 20_000 }).toContain('密码');
    await page.close();
  });
});
