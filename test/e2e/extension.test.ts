/**
 * The extension as users use it: real Chromium, real toolbar clicks, real clipboard, real
 * highlighted cells. Expectations are computed with the core from the same fixture files, so
 * the browser must agree with the CLI cell for cell.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check';
import { layOutTables } from '../../src/core/export/official-layout';
import { toTsv } from '../../src/core/export/text-formats';
import { cellMarks } from '../../src/core/marks';
import { parseHtmlDocument } from '../../src/cli/html';
import { checkFixture, fixturePath, loadDocument } from '../helpers';
import { launch, serve, type Browser, type Served } from './browser';

const SEED_002 = 'seeds/002_27ba472c7186d65d.html';
const SHANGHAI = 'corpus/shanghai-bangongting-2019-fragment.html';
const OUTPUT = join(import.meta.dirname, '..', '..', 'test-results');

const seedHtml = readFileSync(fixturePath(SEED_002), 'utf8');
const PAGES: Record<string, string> = {
  'not-report.html': '<!doctype html><html><head><meta charset="utf-8"><title>某某市人民政府门户网站</title></head><body><h1>要闻</h1><table><tr><td><a href="/a">关于做好春节期间安全生产工作的通知</a></td><td>2026-01-20</td></tr></table></body></html>',
  // Global CSS a hostile or careless portal might ship: it must not reach the panel.
  'hostile-css.html': seedHtml.replace('</head>', `<style>
    * { font-size: 40px !important; line-height: 0 !important; color: #ff0 !important; letter-spacing: 9px !important; }
    button, header, section, div { display: none !important; }
    [data-testid], .panel, nianbao-lint-panel { display: none !important; visibility: hidden !important; }
    body > *:last-child { opacity: 0 !important; transform: scale(0) !important; }
  </style></head>`),
  // Markup as cell text: it must show as text in the panel, never run.
  'hostile-markup.html': seedHtml
    .replace('<title>', '<title>&lt;img src=x onerror="window.__pwned=1"&gt;')
    .replace(/(二、上年结转政府信息公开申请数量.*?<td[^>]*>)(.*?)(<\/td>)/s, '$1<p>&lt;img src=x onerror="window.__pwned=1"&gt;</p>$3'),
  // A CMS that renders the article by script after load.
  'late.html': `<!doctype html><html><head><meta charset="utf-8"><title>信息公开</title></head><body><div id="app">加载中…</div>
    <script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(seedHtml.slice(seedHtml.indexOf('<body>') + 6, seedHtml.indexOf('</body>'))).replace(/</g, '\\u003c')}; }, 800);</script></body></html>`,
  // 10,000 cells: a report with one more, huge table.
  'huge.html': seedHtml.replace('</body>', `<table>${Array.from({ length: 1000 }, (_, r) => `<tr>${Array.from({ length: 10 }, (_, c) => `<td>${(r * 10 + c) % 97}</td>`).join('')}</tr>`).join('')}</table></body>`),
  // A page that sabotages the DOM API its own scripts see.
  'hostile-prototypes.html': seedHtml.replace('</head>', `<script>
    Element.prototype.querySelectorAll = function () { throw new Error('hostile'); };
    Element.prototype.getAttribute = function () { return 'hostile'; };
    Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
    Node.prototype.appendChild = function () { throw new Error('hostile'); };
    Document.prototype.createElement = function () { throw new Error('hostile'); };
    Array.prototype.map = function () { return []; };
    JSON.stringify = function () { return '{}'; };
    window.getComputedStyle = null;
  </script></head>`),
  // Quirks mode (no doctype), where browsers match class names regardless of case: a navigation
  // block of class "trs_editor" comes before the real TRS_Editor container.
  'quirks.html': seedHtml.replace('<!DOCTYPE html>\n', '').replace('<div class="TRS_Editor">',
    `<div class="trs_editor"><p>${'首页 政务公开 信息公开年报 网站地图 '.repeat(12)}</p></div><div class="TRS_Editor">`),
  'frame.html': `<!doctype html><html><head><meta charset="utf-8"><title>信息公开</title></head><body><p>年报</p><iframe src="/fixtures/${SEED_002}" width="1000" height="600"></iframe></body></html>`,
};

/**
 * A cell's place in its page: table index : row index in that table : cell index in the row.
 * Plain JavaScript with no outside names: the page runs the same function (marksInPage).
 */
function positionOf(el: Element): string {
  const tables = Array.from(el.ownerDocument.getElementsByTagName('table'));
  const table = el.closest('table')!;
  const rows = Array.from(table.getElementsByTagName('tr')).filter((tr) => tr.closest('table') === table);
  const tr = el.parentElement!;
  const cells = Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.tagName));
  return `${tables.indexOf(table)}:${rows.indexOf(tr as HTMLTableRowElement)}:${cells.indexOf(el)}`;
}

/** What the core, run on the fixture file in Node, says must be marked: position → severity and rules. */
function expectedMarks(fixture: string): Record<string, string> {
  const doc = loadDocument(...fixture.split('/'));
  const analysis = checkDocument(doc, '');
  const out: Record<string, string> = {};
  for (const mark of cellMarks(analysis.findings).values()) {
    out[positionOf(analysis.locate(mark) as Element)] = `${mark.severity} ${mark.ruleIds.join(' ')}`;
  }
  return out;
}

/** What the page shows marked: position → the two attributes the extension set. */
async function marksInPage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(`(() => {
    const positionOf = ${positionOf.toString()};
    const out = {};
    for (const el of document.querySelectorAll('[data-nianbao-severity]')) {
      out[positionOf(el)] = el.getAttribute('data-nianbao-severity') + ' ' + el.getAttribute('data-nianbao-rules');
    }
    return out;
  })()`);
}

describe('the extension in Chromium', () => {
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

  async function openAndClick(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${served.base}/${path}`);
    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor();
    return page;
  }

  const counts = async (page: Page) => ({
    error: Number(await page.getByTestId('count-error').textContent()),
    warning: Number(await page.getByTestId('count-warning').textContent()),
    info: Number(await page.getByTestId('count-info').textContent()),
  });

  it('asks for no host permission at install: activeTab, scripting, storage only', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['*://*.gov.cn/*']);
  });

  it('a toolbar click shows the counts and marks exactly the cells the core names; a second click clears all', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const analysis = checkFixture(...SEED_002.split('/'));
    const expected = { error: 0, warning: 0, info: 0 };
    for (const f of analysis.findings) expected[f.severity] += 1;
    expect(await counts(page)).toEqual(expected);
    expect(await marksInPage(page)).toEqual(expectedMarks(SEED_002));

    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor({ state: 'detached' });
    expect(await page.locator('[data-nianbao-severity], [data-nianbao-rules]').count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });

  it('marks the real Shanghai page like the CLI, and a screenshot is saved for review', async () => {
    const page = await openAndClick(`fixtures/${SHANGHAI}`);
    expect(await marksInPage(page)).toEqual(expectedMarks(SHANGHAI));
    mkdirSync(OUTPUT, { recursive: true });
    const shot = join(OUTPUT, 'panel-shanghai-2019.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    await page.close();
  });

  it('on a whole real portal page (navigation, scripts, footer) that is clean: no error, nothing marked', async () => {
    const page = await openAndClick('fixtures/corpus/pingtan-2024-page.html');
    expect(await counts(page)).toEqual({ error: 0, warning: 0, info: 0 });
    expect(await page.locator('[data-nianbao-severity]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('nianbao-panel').textContent()).toContain('平潭综合实验区2024年度政府信息公开工作年度报告');
    await page.close();
  });

  it('clicking a finding scrolls its cell into view and shows the message beside it', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const inView = () => page.evaluate(() => {
      const el = document.querySelector('[data-nianbao-rules~="requests-balance"]')!;
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await inView()).toBe(false);
    await page.locator('[data-testid=finding][data-rule=requests-balance]').first().locator('.finding-main').click();
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain('本年新收 + 上年结转');
    await page.close();
  });

  it('hovering a marked cell shows its findings', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    await page.locator('[data-nianbao-rules~="cell-blank"]').first().hover();
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain('空白单元格');
    await page.close();
  });

  it('copies 表三 as TSV in the official layout, equal to the CLI extraction (plain-http page)', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await page.getByTestId('copy-tsv-requests').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('已复制表三');
    const expected = toTsv(layOutTables(checkFixture(...SEED_002.split('/')).extraction).filter((t) => t.id === 'requests'));
    expect(await browser.readClipboard()).toBe(expected);
    await page.close();
  });

  it('copies the JSON contract, the same as nianbao-lint check --json', async () => {
    const page = await openAndClick(`fixtures/${SHANGHAI}`);
    await page.getByTestId('copy-json').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('已复制 JSON');
    expect(JSON.parse(await browser.readClipboard())).toEqual(JSON.parse(JSON.stringify(checkFixture(...SHANGHAI.split('/')).json)));
    await page.close();
  });

  it('reads the same content container as the CLI on a quirks-mode page', async () => {
    const page = await openAndClick('pages/quirks.html');
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    await page.getByTestId('copy-json').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('已复制 JSON');
    const cli = checkDocument(parseHtmlDocument(PAGES['quirks.html']!), '').json;
    expect(cli.findings.some((f) => f.ruleId === 'section-missing')).toBe(false); // the CLI read the report's text
    expect(JSON.parse(await browser.readClipboard())).toEqual(JSON.parse(JSON.stringify(cli)));
    await page.close();
  });

  it('marks quoted sentences in place with the Highlight API, and a text finding scrolls to its sentence', async () => {
    const page = await openAndClick('fixtures/seeds/003_3d0c788e75154c05.html');
    const quoted = () => page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      return Object.fromEntries(['nianbao-text-error', 'nianbao-text-warning', 'nianbao-text-info']
        .map((name) => [name, registry.has(name) ? [...registry.get(name)!].map((r) => r.toString().replace(/\s+/g, '')) : []]));
    });
    const marks = await quoted();
    expect(marks['nianbao-text-error']).toEqual(['2021年12月10日']);
    expect(marks['nianbao-text-warning']).toContain('2021年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）43条。');
    // the DOM itself is untouched by text marks
    expect(await page.locator('[data-nianbao-rules~="content-template-residue"]').count()).toBe(0);
    await page.locator('[data-testid=finding][data-rule=meta-date-before-period-end] .finding-main').click();
    await expect.poll(() => page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('2021年12月10日'))!;
      const box = p.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }), { timeout: 5000 }).toBe(true);
    await page.getByTestId('tooltip').waitFor();
    const tip = (await page.getByTestId('tooltip').boundingBox())!;
    expect(tip.y).toBeGreaterThanOrEqual(0);
    expect(tip.y + tip.height).toBeLessThanOrEqual(800);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'panel-seed-003-text.png') });
    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor({ state: 'detached' });
    expect(await quoted()).toEqual({ 'nianbao-text-error': [], 'nianbao-text-warning': [], 'nianbao-text-info': [] });
    await page.close();
  });

  it('says plainly when a page is not a report, and checks anyway on request', async () => {
    const page = await openAndClick('pages/not-report.html');
    await page.getByTestId('not-report').waitFor();
    expect(await counts(page)).toEqual({ error: 0, warning: 0, info: 0 });
    expect(await page.locator('[data-nianbao-severity]').count()).toBe(0);
    await page.getByTestId('check-anyway').click();
    await expect.poll(() => page.locator('[data-testid=finding][data-rule=table-missing]').count()).toBe(3);
    expect((await counts(page)).error).toBe(3);
    await page.close();
  });

  it('keeps the panel intact under hostile global CSS', async () => {
    const page = await openAndClick('pages/hostile-css.html');
    const panel = page.getByTestId('nianbao-panel');
    expect(await panel.isVisible()).toBe(true);
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(300);
    expect(await panel.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
    expect(await page.getByTestId('copy-tsv-requests').isVisible()).toBe(true);
    expect((await counts(page)).error).toBe(checkFixture(...SEED_002.split('/')).findings.filter((f) => f.severity === 'error').length);
    await page.close();
  });

  it('shows markup from the page as text and never runs it', async () => {
    const page = await openAndClick('pages/hostile-markup.html');
    const finding = page.locator('[data-testid=finding][data-rule=cell-not-number]');
    await expect.poll(() => finding.textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.getByTestId('nianbao-panel').locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('checks a report inside a same-origin frame and marks the frame\'s cells', async () => {
    const page = await openAndClick('pages/frame.html');
    expect((await counts(page)).error).toBe(checkFixture(...SEED_002.split('/')).findings.filter((f) => f.severity === 'error').length);
    const frame = page.frames().find((f) => f.url().includes('002_'))!;
    expect(await frame.locator('[data-nianbao-severity=error]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('checks a page with a 10,000-cell table in bounded time, and the page stays responsive', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${served.base}/pages/huge.html`);
    const started = Date.now();
    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(10_000);
    const responsive = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
    expect(Date.now() - responsive).toBeLessThan(1000);
    expect((await counts(page)).error).toBe(checkFixture(...SEED_002.split('/')).findings.filter((f) => f.severity === 'error').length);
    await page.close();
  });

  it('is not broken by a page that overrides Element.prototype and other globals', async () => {
    const page = await openAndClick('pages/hostile-prototypes.html');
    const expected = checkFixture(...SEED_002.split('/')).findings;
    expect((await counts(page)).error).toBe(expected.filter((f) => f.severity === 'error').length);
    expect(await page.locator('[data-nianbao-severity=error]').count()).toBeGreaterThan(0);
    await page.getByTestId('copy-tsv-requests').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('已复制表三');
    await page.close();
  });

  it('handles a page that removes the panel\'s host: marks go with it, the next click brings it back', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    expect(await page.locator('[data-nianbao-severity]').count()).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelector('nianbao-lint-panel')!.remove());
    await expect.poll(() => page.locator('[data-nianbao-severity]').count()).toBe(0);
    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor();
    expect(await page.locator('[data-nianbao-severity]').count()).toBeGreaterThan(0);
    await page.close();
  });

  /** The toolbar badge of the tab showing `page`, read in the extension's service worker. */
  async function badge(page: Page): Promise<string> {
    const worker = browser.context.serviceWorkers()[0]!;
    return worker.evaluate(async (url) => {
      type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { getBadgeText(d: object): Promise<string> } };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ url });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, page.url());
  }

  it('shows the error count on the toolbar badge of a report page, nothing on other pages', async () => {
    const report = await openAndClick(`fixtures/${SEED_002}`);
    const errors = checkFixture(...SEED_002.split('/')).findings.filter((f) => f.severity === 'error').length;
    await expect.poll(() => badge(report)).toBe(String(errors));
    const other = await openAndClick('pages/not-report.html');
    expect(await badge(other)).toBe('');
    await report.close();
    await other.close();
  });

  it('re-checks when a script renders the report after load (debounced)', async () => {
    const page = await openAndClick('pages/late.html');
    const errors = checkFixture(...SEED_002.split('/')).findings.filter((f) => f.severity === 'error').length;
    await expect.poll(() => badge(page), { timeout: 8000 }).toBe(String(errors));
    // the open panel is not swapped under the reader's eyes: a new click shows the new state
    await browser.click(page);
    await page.getByTestId('nianbao-panel').waitFor({ state: 'detached' });
    await browser.click(page);
    await expect.poll(() => page.getByTestId('count-error').textContent()).toBe(String(errors));
    await page.close();
  });

  it('moves and collapses so it never hides the table it talks about', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const panel = page.getByTestId('nianbao-panel');
    const right = (await panel.boundingBox())!.x;
    await page.getByRole('button', { name: '移到另一侧' }).click();
    await expect.poll(async () => (await panel.boundingBox())!.x).toBeLessThan(right);
    await page.getByRole('button', { name: '收起' }).click();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeLessThan(80);
    await page.close();
  });

  it('sent no request of its own: every request was a page the test opened, or a file that page\'s own HTML names', () => {
    const opened = new Set([`fixtures/${SEED_002}`, `fixtures/${SHANGHAI}`, 'fixtures/seeds/003_3d0c788e75154c05.html', 'fixtures/corpus/pingtan-2024-page.html', ...Object.keys(PAGES).map((p) => `pages/${p}`), 'blank']);
    const htmlOf = (url: string) => {
      const path = decodeURIComponent(new URL(url).pathname.slice(1));
      return path.startsWith('fixtures/') ? readFileSync(fixturePath(...path.slice(9).split('/')), 'utf8') : PAGES[path.slice(6)] ?? '';
    };
    expect(browser.requested.length).toBeGreaterThan(0);
    for (const { url, type, page } of browser.requested) {
      const { pathname, hostname } = new URL(url);
      if (type === 'document' && ['www.example.gov.cn', 'localhost'].includes(hostname) && opened.has(decodeURIComponent(pathname.slice(1)))) continue;
      // the page's own frames, scripts, styles and images: named by its HTML, never fetch/xhr/beacon
      expect(['document', 'script', 'stylesheet', 'image', 'font', 'media']).toContain(type);
      const name = pathname.split('/').at(-1) || hostname;
      expect(htmlOf(page).includes(name), `${url} requested by ${page}`).toBe(true);
    }
    // The server also sees Chromium's own favicon fetch, made for every page with or without extensions.
    for (const path of served.requests) {
      const local = path.replace(/^[^/]+\//, '');
      expect(opened.has(local) || path.endsWith('/favicon.ico') || browser.requested.some((r) => r.url.endsWith(`/${local}`))).toBe(true);
    }
  });
});
