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
import { parseHtmlDocument } from '../../src/cli/html';
import { checkFixture, fixturePath } from '../helpers';
import { launch, serve, type Browser, type Served } from './browser';
import { expectedMarks, marksInPage, positionOf } from './expect';
import { DOCS, OUTPUT, PAGES, SEED_002, SHANGHAI } from './pages';

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

  /** every path a test opened: the pages whose own requests the no-request test allows */
  const opened = new Set(['blank']);
  async function openAndClick(path: string): Promise<Page> {
    opened.add(path);
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

  it.each([SHANGHAI, 'corpus/pingtan-2020-page.html', 'corpus/hongze-2023-pdf-text.html'])('marks the real page %s like the CLI, and a screenshot is saved for review', async (fixture) => {
    const page = await openAndClick(`fixtures/${fixture}`);
    expect(await marksInPage(page)).toEqual(expectedMarks(fixture));
    mkdirSync(OUTPUT, { recursive: true });
    const shot = join(OUTPUT, `panel-${fixture.split('/')[1]!.replace(/\.html$/, '')}.png`);
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
    // nothing was checked: the counts say so rather than 0
    expect(await page.locator('.count').allTextContents()).toEqual(['–', '–', '–']);
    expect(await page.locator('[data-nianbao-severity]').count()).toBe(0);
    expect(await page.getByTestId('reason').textContent()).toContain('没有找到表三');
    await page.getByTestId('check-anyway').click();
    await expect.poll(() => page.locator('[data-testid=finding][data-rule=table-missing]').count()).toBe(3);
    expect((await counts(page)).error).toBe(3);
    // nothing to copy from a page without tables: the table buttons say so instead of "已复制"
    for (const id of ['copy-tsv-all', 'download-csv', 'copy-markdown']) expect(await page.getByTestId(id).isDisabled()).toBe(true);
    expect(await page.getByTestId('no-tables').isVisible()).toBe(true);
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
    opened.add('pages/huge.html');
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

  it('names the suspect: its cells carry the suspect number and a badge, the other operands a light mark', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const expected = Object.entries(expectedMarks(SEED_002));
    expect(expected.filter(([, m]) => m.includes('suspect=1'))).toHaveLength(3);
    const suspects = page.locator('[data-nianbao-suspect]');
    expect(await suspects.count()).toBe(3);
    const looks = await suspects.evaluateAll((els) => els.map((el) => ({
      number: el.getAttribute('data-nianbao-suspect'),
      badge: getComputedStyle(el, '::after').content,
      outline: getComputedStyle(el).outlineWidth,
    })));
    expect(looks).toEqual(Array(3).fill({ number: '1', badge: '"1"', outline: '3px' }));
    const operands = page.locator('[data-nianbao-operand]');
    expect(await operands.count()).toBe(expected.filter(([, m]) => m.endsWith(' operand')).length);
    expect(await operands.first().evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('1px');
    // the panel states it first, as the conclusion, with the values that fix it
    const suspect = page.getByTestId('suspect');
    expect(await suspect.textContent()).toContain('若分别为 1、11、12');
    expect(await page.getByTestId('fix').textContent()).toBe('改为：（七）总计·自然人 = 1、（七）总计·其他 = 11、（七）总计·总计 = 12');
    await page.close();
  });

  it('draws every mark outside the digits, also in cells without padding', async () => {
    const page = await openAndClick('pages/no-padding.html');
    const problems = await page.evaluate(() => {
      type Box = { left: number; top: number; right: number; bottom: number };
      // the boxes of the characters themselves (text nodes), not of the blocks around them
      const textBox = (el: Element): Box | null => {
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!/\S/.test(node.nodeValue ?? '')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
        }
        return rects.length ? rects.map((r): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }))
          .reduce((u, r) => ({ left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) })) : null;
      };
      const hit = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const texts = [...document.querySelectorAll('td')].map(textBox).filter((b): b is Box => b !== null);
      const out: string[] = [];
      for (const el of document.querySelectorAll('[data-nianbao-severity]')) {
        const style = getComputedStyle(el);
        const border = el.getBoundingClientRect();
        const text = textBox(el);
        // the outline is drawn outside the border box, the digits inside it
        if (parseFloat(style.outlineOffset) < 0) out.push(`outline inside: ${el.textContent}`);
        if (text && (text.left < border.left || text.right > border.right || text.top < border.top || text.bottom > border.bottom)) out.push(`text outside its cell: ${el.textContent}`);
        if (!el.hasAttribute('data-nianbao-suspect')) continue;
        const badge = getComputedStyle(el, '::after');
        const left = border.left + parseFloat(badge.left);
        const top = border.top + parseFloat(badge.top);
        const box = { left, top, right: left + parseFloat(badge.width) + 2, bottom: top + parseFloat(badge.height) + 2 };
        for (const t of texts) if (hit(box, t)) out.push(`badge ${el.getAttribute("data-nianbao-badge")} ${JSON.stringify(box)} over ${JSON.stringify(t)} near ${el.textContent}`);
      }
      return out;
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('points at a blank cell of a real report and gives its value; the finding scrolls to it, clear of the panel', async () => {
    const page = await openAndClick('pages/one-blank.html');
    const suspect = page.getByTestId('suspect');
    expect(await suspect.textContent()).toMatch(/（二）部分公开·自然人 空白；若为 \d+，表三的 2 个等式全部成立/);
    const cell = page.locator('[data-nianbao-suspect="1"]');
    expect(await cell.count()).toBe(1);
    await suspect.locator('.finding-main').click();
    await expect.poll(() => cell.evaluate((el) => { const b = el.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }), { timeout: 5000 }).toBe(true);
    await page.getByTestId('tooltip').waitFor();
    const panel = (await page.getByTestId('nianbao-panel').boundingBox())!;
    const box = (await cell.boundingBox())!;
    expect(panel.x > box.x + box.width || panel.x + panel.width < box.x).toBe(true);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, 'panel-suspect.png') });
    await page.close();
  });

  it('keeps the tooltip of a finding clear of the finding\'s other cells; Esc hides it, then closes the panel', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const finding = page.locator('[data-testid=finding][data-rule=requests-outcome-total]').first();
    await finding.locator('.finding-main').click();
    await page.getByTestId('tooltip').waitFor();
    const tip = (await page.getByTestId('tooltip').boundingBox())!;
    const analysis = checkFixture(...SEED_002.split('/'));
    const first = analysis.findings.find((f) => f.ruleId === 'requests-outcome-total')!;
    const positions = first.cells.map((ref) => positionOf(analysis.locate(ref as { table: 'requests'; row: string; column: string }) as Element));
    const boxes: { x: number; y: number; width: number; height: number }[] = await page.evaluate(`(() => {
      const wanted = ${JSON.stringify(positions)};
      const positionOf = ${positionOf.toString()};
      return [...document.querySelectorAll('td')].filter((el) => wanted.includes(positionOf(el))).map((el) => el.getBoundingClientRect().toJSON());
    })()`);
    expect(boxes).toHaveLength(positions.length);
    for (const b of boxes) expect(tip.x >= b.x + b.width || tip.x + tip.width <= b.x || tip.y >= b.y + b.height || tip.y + tip.height <= b.y).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('tooltip').waitFor({ state: 'detached' });
    expect(await page.getByTestId('nianbao-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('nianbao-panel').waitFor({ state: 'detached' });
    expect(await page.locator('[data-nianbao-severity]').count()).toBe(0);
    await page.close();
  });

  it('a hover tooltip goes when the pointer leaves the cell or on a click elsewhere', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const cell = page.locator('[data-nianbao-suspect]').first();
    await cell.hover();
    await page.getByTestId('tooltip').waitFor();
    await page.mouse.move(5, 5);
    await page.getByTestId('tooltip').waitFor({ state: 'detached' });
    await cell.hover();
    await page.getByTestId('tooltip').waitFor();
    await page.mouse.click(5, 400);
    await page.getByTestId('tooltip').waitFor({ state: 'detached' });
    await page.close();
  });

  it('previews 表三 without sideways scrolling in a 1280×800 window, the marked cells visible', async () => {
    const page = await openAndClick(`fixtures/${SHANGHAI}`);
    const fits = await page.getByTestId('preview-requests').evaluate((table) => {
      const body = table.closest('.body')!;
      return { table: table.getBoundingClientRect().width, body: body.clientWidth, scroll: body.scrollWidth - body.clientWidth };
    });
    expect(fits.scroll).toBe(0);
    expect(fits.table).toBeLessThanOrEqual(fits.body);
    // Shanghai's 总计 column is blank on every outcome row: the conclusion names the column, whose cells carry the error mark
    expect(await page.getByTestId('suspect').textContent()).toContain('问题集中在总计列');
    expect(await page.getByTestId('preview-requests').locator('td.marked.error').count()).toBeGreaterThan(20);
    mkdirSync(DOCS, { recursive: true });
    await page.getByTestId('preview-requests').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS, 'panel.png') });
    await page.close();
  });

  it('marks the format\'s label cells, not every value cell, for format-mixed', async () => {
    const page = await openAndClick('fixtures/corpus/shuyang-fagaiju-2023-article.html');
    const marked = page.locator('[data-nianbao-rules~="format-mixed"]');
    expect(await marked.count()).toBe(1);
    expect((await marked.textContent())!.replace(/\s+/g, '')).toBe('规范性文件');
    await page.close();
  });

  it('the auto-detect switch shows the permission as it is: not ticked when nothing was granted, even after a click', async () => {
    const page = await openAndClick(`fixtures/${SEED_002}`);
    const box = page.getByTestId('auto-detect');
    await expect.poll(() => box.isDisabled()).toBe(false);
    expect(await box.isChecked()).toBe(false);
    const options = browser.context.waitForEvent('page');
    await box.click();
    const optionsPage = await options;
    expect(optionsPage.url()).toContain(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await box.isChecked()).toBe(false);
    await optionsPage.close();
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
    const htmlOf = (url: string) => {
      const path = decodeURIComponent(new URL(url).pathname.slice(1));
      return path.startsWith('fixtures/') ? readFileSync(fixturePath(...path.slice(9).split('/')), 'utf8') : PAGES[path.slice(6)] ?? '';
    };
    expect(browser.requested.length).toBeGreaterThan(0);
    for (const { url, type, page } of browser.requested) {
      if (url.startsWith(`chrome-extension://${browser.extensionId}/`)) continue; // its own files (the options page), never the network
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
