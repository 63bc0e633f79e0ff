/**
 * What a person waits for: from the toolbar click to the panel drawn, the first click in a tab,
 * in real Chromium and Firefox with the built extension — beside the floor, an extension whose
 * click only injects and runs an empty content script the same way (activeTab + scripting).
 * Rounds alternate the two, each on a freshly loaded page; the ratio is of the medians.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION, serve, type Served } from '../e2e/browser';
import { firefoxBuilds, launchFirefox } from '../e2e/firefox';

export interface ClickTimes {
  browser: string;
  page: string;
  panel: number[];
  empty: number[];
}

const ROUNDS = 7;

/** The floor's extension: its toolbar click injects a script that only says it ran. */
function emptyExtension(browser: 'chromium' | 'firefox'): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-empty-extension-'));
  const api = browser === 'chromium' ? 'chrome' : 'browser';
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'empty', version: '1', permissions: ['activeTab', 'scripting'], action: {},
    ...(browser === 'chromium'
      ? { background: { service_worker: 'background.js' } }
      : { background: { scripts: ['background.js'] }, browser_specific_settings: { gecko: { id: 'empty@nianbao-lint.invalid' } } }),
  }));
  writeFileSync(join(dir, 'background.js'), `${api}.action.onClicked.addListener((tab) => ${api}.scripting.executeScript({ target: { tabId: tab.id }, files: ['empty.js'] }));`);
  writeFileSync(join(dir, 'empty.js'), "document.documentElement.setAttribute('data-empty-ran', '');");
  return dir;
}

/**
 * Run in the page before the click: note the time of the frame after the panel (or the empty
 * script's attribute) is in the page, as `shownAt` (Date.now, the clock the click is noted by).
 */
function watchForShown(what: string): void {
  const world = globalThis as { shownAt?: number };
  world.shownAt = undefined;
  const shown = what === 'panel'
    ? () => document.querySelector('nianbao-lint-panel')?.shadowRoot?.querySelector('[data-testid=nianbao-panel]')
    : () => document.documentElement.hasAttribute('data-empty-ran');
  // The panel's host is added first and its shadow root filled later (after the store answers),
  // so the shadow root is watched as well once it exists: the document sees no later mutation.
  const options = { subtree: true, childList: true, attributes: true };
  let watchedShadow = false;
  new MutationObserver((_, observer) => {
    const shadow = document.querySelector('nianbao-lint-panel')?.shadowRoot;
    if (shadow && !watchedShadow) { watchedShadow = true; observer.observe(shadow, options); }
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => { world.shownAt = Date.now(); });
  }).observe(document.documentElement, options);
}

async function until<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the panel');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function chromiumTimes(served: Served, pages: string[]): Promise<ClickTimes[]> {
  const empty = emptyExtension('chromium');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nianbao-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${EXTENSION},${empty}`, `--load-extension=${EXTENSION},${empty}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--host-resolver-rules=MAP *.gov.cn 127.0.0.1'],
  });
  try {
    while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
    const ids = new Map<string, string>();
    for (const worker of context.serviceWorkers()) {
      const name = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name);
      ids.set(name === 'empty' ? 'empty' : 'panel', new URL(worker.url()).host);
    }
    const browserSession = await context.browser()!.newBrowserCDPSession();
    const out: ClickTimes[] = [];
    for (const path of pages) {
      const times: ClickTimes = { browser: `Chromium ${context.browser()!.version()}`, page: path, panel: [], empty: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const kind of ['panel', 'empty'] as const) {
          const page = await context.newPage();
          await page.goto(`${served.base}/fixtures/${path}`);
          const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] }) as { targetInfos: { targetId: string; url: string }[] };
          const tab = targetInfos.findLast((t) => t.url === page.url())!;
          await page.evaluate(watchForShown, kind);
          const clickedAt = await page.evaluate(() => Date.now());
          await browserSession.send('Extensions.triggerAction', { id: ids.get(kind)!, targetId: tab.targetId });
          const shownAt = await until(() => page.evaluate(() => (globalThis as { shownAt?: number }).shownAt ?? null));
          times[kind].push(shownAt - clickedAt);
          await page.close();
        }
      }
      out.push(times);
    }
    return out;
  } finally {
    await context.close();
  }
}

async function firefoxTimes(served: Served, pages: string[]): Promise<ClickTimes[]> {
  const out: ClickTimes[] = [];
  for (const build of firefoxBuilds()) {
    const firefox = await launchFirefox(build, served);
    try {
      const empty = await firefox.installAddon(emptyExtension('firefox'));
      for (const path of pages) {
        const times: ClickTimes = { browser: `Firefox ${firefox.version}`, page: path, panel: [], empty: [] };
        for (let round = 0; round < ROUNDS; round += 1) {
          for (const kind of ['panel', 'empty'] as const) {
            await firefox.open(`${served.base}/fixtures/${path}`);
            await firefox.evaluate(watchForShown, kind);
            const clickedAt = await firefox.clickToolbar(kind === 'panel' ? firefox.addonId : empty);
            const shownAt = await until(() => firefox.evaluate(() => (globalThis as { shownAt?: number }).shownAt ?? null));
            times[kind].push(shownAt - clickedAt);
          }
        }
        out.push(times);
      }
    } finally {
      await firefox.close();
    }
  }
  return out;
}

/**
 * Click-to-panel in every browser that is installed (a missing one is skipped, with a note), on
 * pages of `fixtures` (the bench passes the folder: bundled, it cannot find it by itself).
 */
export async function clickToPanel(pages: string[], fixtures?: string): Promise<{ times: ClickTimes[]; notes: string[] }> {
  const served = await serve({}, fixtures);
  const notes: string[] = [];
  const times: ClickTimes[] = [];
  try {
    times.push(...await chromiumTimes(served, pages).catch((e: Error) => { notes.push(`Chromium: ${e.message}`); return []; }));
    times.push(...await firefoxTimes(served, pages).catch((e: Error) => { notes.push(`Firefox: ${e.message}`); return []; }));
  } finally {
    await served.close();
  }
  return { times, notes };
}
