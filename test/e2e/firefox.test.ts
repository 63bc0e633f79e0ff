/**
 * The extension in real Firefox, on the ESR apt installs and on the one before it (firefox.ts):
 * the core scenarios of extension.test.ts, on the same pages, against the same expectations
 * computed with the core from the fixture files in Node.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layOutTables } from '../../src/core/export/official-layout';
import { toTsv } from '../../src/core/export/text-formats';
import { checkFixture, fixturePath } from '../helpers';
import { serve, type Served } from './browser';
import { expectedMarks, marksInPage } from './expect';
import { FIREFOX_EXTENSION, firefoxBuilds, launchFirefox, type Firefox } from './firefox';
import { OUTPUT, PAGES, SEED_002, SHANGHAI } from './pages';

const BUILDS = firefoxBuilds();
const major = (version: string) => Number(version.split('.')[0]);
const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION, 'manifest.json'), 'utf8'));
const seed = checkFixture(...SEED_002.split('/'));
const seedErrors = seed.findings.filter((f) => f.severity === 'error').length;

// A page with a constructed stylesheet of its own: the extension's comes and goes beside it.
const OWN_SHEET = readFileSync(fixturePath(SEED_002), 'utf8').replace('</head>', `<script>
  const own = new CSSStyleSheet();
  own.replaceSync('body { border-top: 7px solid rgb(0, 128, 0); }');
  document.adoptedStyleSheets = [own];
</script></head>`);

/** A page object as it is, behind the sandbox's Xray view (types only: these functions run in the page). */
type Waived<T> = T & { wrappedJSObject: T };

it('tests an older ESR than the one apt installs', () => {
  expect(BUILDS.map((b) => major(b.debian))).toEqual([expect.any(Number), expect.any(Number)]);
  expect(major(BUILDS[1]!.debian)).toBeLessThan(major(BUILDS[0]!.debian));
});

describe.each(BUILDS)('the extension in Firefox $debian', (build) => {
  let served: Served;
  let firefox: Firefox;

  beforeAll(async () => {
    served = await serve({ ...PAGES, 'own-sheet.html': OWN_SHEET });
    firefox = await launchFirefox(build, served);
  });
  afterAll(async () => {
    await firefox?.close();
    await served?.close();
  });

  /** The text of the panel's element matching `selector`, or null when there is none. */
  const inPanel = (selector: string) => firefox.evaluate((s: string) => document.querySelector('nianbao-lint-panel')?.shadowRoot?.querySelector(s)?.textContent ?? null, selector);
  const panelShown = () => inPanel('[data-testid=nianbao-panel]').then((text) => text !== null);
  const counts = async () => ({
    error: Number(await inPanel('[data-testid=count-error]')),
    warning: Number(await inPanel('[data-testid=count-warning]')),
    info: Number(await inPanel('[data-testid=count-info]')),
  });
  const marked = () => firefox.evaluate(() => document.querySelectorAll('[data-nianbao-severity], [data-nianbao-rules]').length);

  async function openAndClick(path: string) {
    await firefox.open(`${served.base}/${path}`);
    await firefox.clickToolbar();
    await expect.poll(panelShown).toBe(true);
  }

  it('runs the version its Debian package says, within the manifest\'s strict_min_version', () => {
    console.log(`Firefox ${firefox.version} from ${build.binary}`);
    expect(firefox.version).toBe(build.debian.replace(/esr.*/, ''));
    expect(major(firefox.version)).toBeGreaterThanOrEqual(major(manifest.browser_specific_settings.gecko.strict_min_version));
  });

  it('a toolbar click shows the counts and marks exactly the cells the core names, styled; a second click clears all', async () => {
    await openAndClick(`fixtures/${SEED_002}`);
    const expected = { error: 0, warning: 0, info: 0 };
    for (const f of seed.findings) expected[f.severity] += 1;
    expect(await counts()).toEqual(expected);
    expect(await marksInPage(firefox)).toEqual(expectedMarks(SEED_002));
    // the suspect's strongest mark and badge, the other operands' light one
    expect(await firefox.evaluate(() => ['[data-nianbao-suspect]', '[data-nianbao-operand]'].map((selector) => {
      const el = document.querySelector(selector)!;
      const style = getComputedStyle(el);
      return `${style.outlineWidth} ${style.outlineStyle} ${getComputedStyle(el, '::after').content}`;
    }))).toEqual([expect.stringMatching(/^3px solid ("1"|attr\(data-nianbao-suspect\))$/), '1px solid none']);

    await firefox.clickToolbar();
    await expect.poll(panelShown).toBe(false);
    expect(await marked()).toBe(0);
    expect(await firefox.evaluate(() => (document as Waived<Document>).wrappedJSObject.adoptedStyleSheets.length)).toBe(0);
  });

  it('adds its stylesheet beside the page\'s own adopted one and removes only its own', async () => {
    await firefox.open(`${served.base}/pages/own-sheet.html`);
    const sheets = () => firefox.evaluate(() => Array.from((document as Waived<Document>).wrappedJSObject.adoptedStyleSheets, (s) => s.cssRules[0]!.cssText.slice(0, 30)));
    expect(await sheets()).toEqual(['body { border-top: 7px solid r']);
    await firefox.clickToolbar();
    await expect.poll(panelShown).toBe(true);
    expect(await sheets()).toEqual(['body { border-top: 7px solid r', '[data-nianbao-severity="error"']);
    await firefox.clickToolbar();
    await expect.poll(panelShown).toBe(false);
    expect(await sheets()).toEqual(['body { border-top: 7px solid r']);
    expect(await firefox.evaluate(() => getComputedStyle(document.body).borderTopColor)).toBe('rgb(0, 128, 0)');
  });

  it('marks the real Shanghai page like the CLI, and a screenshot is saved for review', async () => {
    await openAndClick(`fixtures/${SHANGHAI}`);
    expect(await marksInPage(firefox)).toEqual(expectedMarks(SHANGHAI));
    mkdirSync(OUTPUT, { recursive: true });
    const shot = await firefox.screenshot();
    writeFileSync(join(OUTPUT, `panel-firefox-${major(firefox.version)}.png`), shot);
    expect(shot.length).toBeGreaterThan(20_000);
  });

  it('copies 表三 as TSV in the official layout, equal to the CLI extraction (plain-http page)', async () => {
    await openAndClick(`fixtures/${SEED_002}`);
    expect(await firefox.evaluate(() => window.isSecureContext)).toBe(false);
    await firefox.clickInPanel('[data-testid=copy-tsv-requests]');
    await expect.poll(() => inPanel('[data-testid=status]')).toContain('已复制表三');
    expect(await firefox.readClipboard()).toBe(toTsv(layOutTables(seed.extraction).filter((t) => t.id === 'requests')));
  });

  it('copies the JSON contract, the same as nianbao-lint check --json', async () => {
    await openAndClick(`fixtures/${SHANGHAI}`);
    await firefox.clickInPanel('[data-testid=copy-json]');
    await expect.poll(() => inPanel('[data-testid=status]')).toContain('已复制 JSON');
    expect(JSON.parse(await firefox.readClipboard())).toEqual(JSON.parse(JSON.stringify(checkFixture(...SHANGHAI.split('/')).json)));
  });

  it('says plainly when a page is not a report, and checks anyway on request', async () => {
    await openAndClick('pages/not-report.html');
    expect(await inPanel('[data-testid=not-report]')).not.toBeNull();
    // nothing was checked: the counts say so rather than 0
    expect([await inPanel('[data-testid=count-error]'), await inPanel('[data-testid=count-warning]'), await inPanel('[data-testid=count-info]')]).toEqual(['–', '–', '–']);
    expect(await marked()).toBe(0);
    await firefox.clickInPanel('[data-testid=check-anyway]');
    await expect.poll(() => firefox.evaluate(() => document.querySelector('nianbao-lint-panel')!.shadowRoot!.querySelectorAll('[data-testid=finding][data-rule=table-missing]').length)).toBe(3);
    expect((await counts()).error).toBe(3);
  });

  it('keeps the panel intact under hostile global CSS', async () => {
    await openAndClick('pages/hostile-css.html');
    const looks = await firefox.evaluate(() => {
      const root = document.querySelector('nianbao-lint-panel')!.shadowRoot!;
      const panel = root.querySelector('[data-testid=nianbao-panel]')!;
      const copy = root.querySelector('[data-testid=copy-tsv-requests]')!;
      const box = panel.getBoundingClientRect();
      const style = getComputedStyle(panel);
      const copyBox = copy.getBoundingClientRect();
      return { width: box.width, height: box.height, visibility: style.visibility, opacity: style.opacity, fontSize: style.fontSize, copyShown: copyBox.width > 0 && copyBox.height > 0 };
    });
    expect(looks).toMatchObject({ visibility: 'visible', opacity: '1', fontSize: '13px', copyShown: true });
    expect(looks.width).toBeGreaterThan(300);
    expect(looks.height).toBeGreaterThan(300);
    expect((await counts()).error).toBe(seedErrors);
  });

  it('shows markup from the page as text and never runs it', async () => {
    await openAndClick('pages/hostile-markup.html');
    await expect.poll(() => inPanel('[data-testid=finding][data-rule=cell-not-number]')).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await firefox.evaluate(() => document.querySelector('nianbao-lint-panel')!.shadowRoot!.querySelectorAll('img').length)).toBe(0);
    expect(await firefox.evaluate(() => (window as unknown as Waived<{ __pwned?: number }>).wrappedJSObject.__pwned ?? null)).toBeNull();
  });

  it('is not broken by a page that overrides Element.prototype and other globals', async () => {
    await openAndClick('pages/hostile-prototypes.html');
    expect((await counts()).error).toBe(seedErrors);
    expect(await firefox.evaluate(() => document.querySelectorAll('[data-nianbao-severity=error]').length)).toBeGreaterThan(0);
    await firefox.clickInPanel('[data-testid=copy-tsv-requests]');
    await expect.poll(() => inPanel('[data-testid=status]')).toContain('已复制表三');
  });

  it('a PDF in Firefox\'s viewer (nothing can be injected there): the click opens the file page, which checks the file chosen there', async () => {
    await firefox.open(`${served.base}/fixtures/binary/huaian-hongze-qu-2023.pdf`);
    await firefox.clickToolbar();
    await expect.poll(() => firefox.toNewestTab(), { timeout: 10_000 }).toMatch(/^moz-extension:\/\/.*\/check\.html\?url=/);
    // Firefox lets nothing read the viewer's file: the page says to download it and choose it
    const fromTab = () => firefox.evaluate(() => document.getElementById('app')?.shadowRoot?.querySelector('[data-testid=from-tab]')?.textContent ?? null);
    await expect.poll(fromTab, { timeout: 10_000 }).toContain('huaian-hongze-qu-2023.pdf');
    await firefox.chooseFile('[data-testid=file-input]', '#app', fixturePath('binary', 'huaian-hongze-qu-2023.pdf'));
    const shown = () => firefox.evaluate(() => {
      const root = document.getElementById('app')?.shadowRoot;
      return root?.querySelector('[data-testid=suspects]') ? root.querySelector('[data-testid=count-error]')!.textContent : (root?.querySelector('[data-testid=problem]')?.textContent ?? null);
    });
    await expect.poll(shown, { timeout: 20_000 }).not.toBeNull();
    expect(await shown()).toBe('4');
  });

  it('sent no request of its own: every request of a page was one the test opened, or a file that page\'s own HTML names', async () => {
    const opened = new Set([`fixtures/${SEED_002}`, `fixtures/${SHANGHAI}`, 'fixtures/binary/huaian-hongze-qu-2023.pdf', ...Object.keys(PAGES).map((p) => `pages/${p}`), 'pages/own-sheet.html']);
    const htmlOf = (url: string) => {
      const path = decodeURIComponent(new URL(url).pathname.slice(1));
      return path.startsWith('fixtures/') ? readFileSync(fixturePath(...path.slice(9).split('/')), 'utf8') : PAGES[path.slice(6)] ?? '';
    };
    const requests = await firefox.requests();
    const pages = requests.filter((r) => r.url.startsWith(served.base));
    expect(pages.length).toBeGreaterThan(0);
    for (const { url, type, by, page } of requests) {
      // The browser's own services (settings, updates) ask as the browser, for no page; an
      // add-on's background would ask as moz-extension://, a content script for its page.
      if (by === 'system' && page === '') continue;
      expect(by, url).not.toMatch(/^moz-extension:/);
      const { pathname, hostname } = new URL(url);
      expect(hostname, url).toBe(new URL(served.base).hostname);
      if (type === 'TYPE_DOCUMENT' && opened.has(decodeURIComponent(pathname.slice(1)))) continue;
      if (pathname === '/favicon.ico') continue; // Firefox asks for every page's icon, with or without add-ons
      // the page's own frames, scripts, styles and images: named by its HTML, never fetch/xhr/beacon
      expect(['TYPE_SUBDOCUMENT', 'TYPE_SCRIPT', 'TYPE_STYLESHEET', 'TYPE_IMAGE', 'TYPE_FONT', 'TYPE_MEDIA']).toContain(type);
      expect(htmlOf(page).includes(pathname.split('/').at(-1)!), `${url} requested by ${page}`).toBe(true);
    }
  });
});
