/**
 * A list page of 50 real report pages served on 127.0.0.1, checked with the built extension in
 * Chromium: from the click on 全部检查 until the summary has every row, beside the floor in the
 * same run — the same 50 pages fetched by the page, as many at a time, and nothing else done —
 * and the longest main-thread task the page saw while the check ran (PerformanceObserver
 * 'longtask': tasks of 50 ms and more; none means the page stayed responsive throughout).
 * Rounds alternate the two, each on a freshly loaded list page.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { EXTENSION, serve } from '../e2e/browser';
import { LIST_CONCURRENCY } from '../../src/extension/list-check';

const ROUNDS = 5;
const REPORTS = 50;

export interface ListTimes {
  reports: number;
  check: number[];
  fetchOnly: number[];
  /** the longest task in each check round, ms (0: none of 50 ms or more) */
  longestTask: number[];
}

/** Fetch every URL, `concurrency` at a time, reading each body: what the check cannot do without. */
async function fetchAll([urls, concurrency]: readonly [string[], number]): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next]!;
      next += 1;
      await (await fetch(url)).arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

function watchLongTasks(): void {
  const world = globalThis as { longest?: number };
  world.longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) world.longest = Math.max(world.longest ?? 0, entry.duration);
  }).observe({ type: 'longtask' });
}

const progressText = (page: Page) => page.evaluate(() => document.querySelector('nianbao-lint-panel')?.shadowRoot?.querySelector('[data-testid=list-progress]')?.textContent ?? '');

/** `pages`: report pages under `fixtures` (each served at 50 / pages.length addresses of its own). */
export async function listCheck(pages: string[], fixtures: string): Promise<ListTimes> {
  const generated: Record<string, string> = {};
  const links: string[] = [];
  for (let i = 0; i < REPORTS; i += 1) {
    generated[`r${i}.html`] = readFileSync(join(fixtures, pages[i % pages.length]!), 'utf8');
    links.push(`<li><a href="/pages/r${i}.html">第${i + 1}号单位2024年政府信息公开工作年度报告</a><span>2025-01-${10 + (i % 20)}</span></li>`);
  }
  generated['list.html'] = `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年度报告</title></head><body><h1>政府信息公开年报</h1><ul>${links.join('\n')}</ul></body></html>`;
  const served = await serve(generated, fixtures);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nianbao-bench-list-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--host-resolver-rules=MAP *.gov.cn 127.0.0.1'],
  });
  const times: ListTimes = { reports: REPORTS, check: [], fetchOnly: [], longestTask: [] };
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    const id = new URL(worker.url()).host;
    const session = await context.browser()!.newBrowserCDPSession();
    const urls = Array.from({ length: REPORTS }, (_, i) => `${served.base}/pages/r${i}.html`);
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await context.newPage();
      await page.goto(`${served.base}/pages/list.html`);
      times.fetchOnly.push(await page.evaluate(fetchAll, [urls, LIST_CONCURRENCY] as const));
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] }) as { targetInfos: { targetId: string; url: string }[] };
      await session.send('Extensions.triggerAction', { id, targetId: targetInfos.findLast((t) => t.url === page.url())!.targetId });
      await page.getByTestId('list-check').waitFor();
      await page.evaluate(watchLongTasks);
      const started = Date.now();
      await page.getByTestId('list-check').click();
      while (!(await progressText(page)).includes(`已检查 ${REPORTS} / ${REPORTS}`)) await new Promise((resolve) => setTimeout(resolve, 10));
      times.check.push(Date.now() - started);
      times.longestTask.push(await page.evaluate(() => (globalThis as { longest?: number }).longest ?? 0));
      await page.close();
    }
    return times;
  } finally {
    await context.close();
    await served.close();
  }
}
