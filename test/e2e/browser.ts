/**
 * Real Chromium (Debian's) with the built extension, pages served from 127.0.0.1 under a
 * *.gov.cn host name, and a real toolbar click through the DevTools Protocol.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { FIXTURES } from '../helpers';

export const EXTENSION = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Served {
  /** base URL under a *.gov.cn name, e.g. http://www.example.gov.cn:PORT */
  base: string;
  /** a secure-context origin on the same server, for reading the clipboard back */
  localBase: string;
  /** every path the server was asked for */
  requests: string[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Serves test/fixtures (or `fixtures`) at /fixtures/… and extra generated pages at /pages/<name>. */
export async function serve(pages: Record<string, string>, fixtures = FIXTURES): Promise<Served> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(`${req.headers.host}${path}`);
    const send = (body: string | Buffer, type = 'text/html; charset=utf-8') => { res.setHeader('content-type', type); res.end(body); };
    if (path.startsWith('/pages/') && pages[path.slice(7)] !== undefined) return send(pages[path.slice(7)]!);
    if (path === '/blank') return send('<!doctype html><title>blank</title>');
    if (path.startsWith('/fixtures/')) {
      const file = normalize(join(fixtures, path.slice(10)));
      if (file.startsWith(fixtures) && existsSync(file)) return send(readFileSync(file), CONTENT_TYPES[extname(file)] ?? 'text/plain; charset=utf-8');
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://www.example.gov.cn:${port}`,
    localBase: `http://localhost:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** every request any page of the context made: its URL, type, and the page (or parent page of a frame) that made it */
  requested: { url: string; type: string; page: string }[];
  click(page: Page): Promise<void>;
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

/** A fresh profile, or `profile` again (a browser restarted keeps its storage). */
export async function launch(served: Served, profile = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'))): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--enable-unsafe-extension-debugging',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    ],
  });
  const requested: Browser['requested'] = [];
  context.on('request', (request) => {
    let page = '';
    try {
      // a frame's own navigation is requested by the page around it
      const frame = request.frame();
      page = (request.isNavigationRequest() ? frame.parentFrame() ?? frame : frame).url();
    } catch { /* service worker requests have no frame */ }
    requested.push({ url: request.url(), type: request.resourceType(), page });
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  await untilClickable(worker);
  const extensionId = new URL(worker.url()).host;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.localBase });
  const browserSession = await context.browser()!.newBrowserCDPSession();
  return {
    context,
    extensionId,
    requested,
    /** The toolbar button, clicked for real: Extensions.triggerAction on the page's tab target. */
    async click(page) {
      // the newest tab showing the page's URL: a closed one with the same URL may linger in the list
      const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] }) as { targetInfos: { targetId: string; url: string }[] };
      const tab = targetInfos.findLast((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    },
    async readClipboard() {
      const reader = await context.newPage();
      await reader.goto(`${served.localBase}/blank`);
      const text = await reader.evaluate(() => navigator.clipboard.readText());
      await reader.close();
      return text;
    },
    close: () => context.close(),
  };
}

/**
 * A service worker is listed as soon as it starts, before its script has run: a toolbar click
 * sent then finds no listener and is lost (seen as a first click that drew no panel). Wait until
 * the extension listens to its button.
 */
export async function untilClickable(worker: Worker): Promise<void> {
  const listening = () => worker.evaluate(() => (globalThis as unknown as { chrome: { action: { onClicked: { hasListeners(): boolean } } } }).chrome.action.onClicked.hasListeners());
  for (const started = Date.now(); !(await listening().catch(() => false)); ) {
    if (Date.now() - started > 10_000) throw new Error('the extension never listened to its toolbar button');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
