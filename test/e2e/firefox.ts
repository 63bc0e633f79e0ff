/**
 * Real Firefox (Debian's firefox-esr, and the ESR before it that ensure-firefox.sh unpacks) with
 * the built extension as a temporary add-on, pages served from 127.0.0.1 under a *.gov.cn name,
 * driven over Marionette: Firefox's own remote protocol, length-prefixed JSON over TCP. It installs
 * add-ons and runs scripts in the browser's own window (the toolbar) on both ESRs, where WebDriver
 * BiDi reaches that window only from 153 on.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Served } from './browser';

export const FIREFOX_EXTENSION = join(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');
/** ensure-firefox.sh unpacks the older ESR's Debian package here, in a folder named by its version. */
const OLDER = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'firefox-esr');

export interface FirefoxBuild {
  binary: string;
  /** the Debian package's version, e.g. 140.12.0esr-1~deb12u1 */
  debian: string;
}

/** The ESR apt installed, and the older one unpacked beside it (ensure-firefox.sh, npm test's pretest). */
export function firefoxBuilds(): FirefoxBuild[] {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${Version} field, not JS interpolation
  const installed = { binary: '/usr/bin/firefox-esr', debian: execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'firefox-esr'], { encoding: 'utf8' }) };
  const older = existsSync(OLDER) ? readdirSync(OLDER) : [];
  if (older.length !== 1) throw new Error(`expected one older firefox-esr in ${OLDER}, found ${older.length}: run bash test/e2e/ensure-firefox.sh`);
  return [installed, { binary: join(OLDER, older[0]!, 'usr', 'lib', 'firefox-esr', 'firefox-esr'), debian: older[0]! }];
}

/** One Marionette connection: commands are [0, id, name, params], answers [1, id, error, result]. */
class Marionette {
  private buffer = Buffer.alloc(0);
  private next = 0;
  private readonly waiting = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();

  private constructor(private readonly socket: Socket, onHello: () => void) {
    socket.on('error', () => undefined); // 'close' follows, and fails what waits
    socket.on('close', () => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error('Firefox closed the Marionette connection'));
      this.waiting.clear();
    });
    socket.on('data', (data: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      for (let colon: number; (colon = this.buffer.indexOf(':')) > 0;) {
        const end = colon + 1 + Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < end) return;
        const message = JSON.parse(this.buffer.subarray(colon + 1, end).toString());
        this.buffer = this.buffer.subarray(end);
        if (!Array.isArray(message)) { onHello(); continue; } // the greeting: { applicationType, marionetteProtocol }
        const [, id, error, result] = message as [1, number, { error: string; message: string } | null, unknown];
        const waiter = this.waiting.get(id)!;
        this.waiting.delete(id);
        if (error) waiter.reject(new Error(`${error.error}: ${error.message}`));
        else waiter.resolve(result);
      }
    });
  }

  static connect(port: number): Promise<Marionette> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('error', reject);
      const client: Marionette = new Marionette(socket, () => resolve(client));
    });
  }

  send<T = { value: unknown }>(command: string, params: object = {}): Promise<T> {
    const id = this.next++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** A request the browser made, seen in its parent process: what it was for and who made it. */
export interface FirefoxRequest {
  url: string;
  /** nsIContentPolicy type, e.g. TYPE_DOCUMENT, TYPE_SCRIPT, TYPE_FETCH */
  type: string;
  /** the triggering principal's origin, or 'system' for the browser itself */
  by: string;
  /** the document that asked (for a frame's own load: the page around it); '' for the browser's own services */
  page: string;
}

export interface Firefox {
  /** as the browser reports it, e.g. 140.12.0 */
  version: string;
  /** the extension's add-on id, from its manifest */
  addonId: string;
  /** Navigates the tab and waits for the load. */
  open(url: string): Promise<void>;
  /** A function or expression run in the page, in a sandbox that sees the DOM through Xrays (the page's own values: wrappedJSObject). */
  evaluate<R>(script: string | ((...args: never[]) => R | Promise<R>), ...args: unknown[]): Promise<R>;
  /** A real mouse click (trusted, with user activation) on the element matching `selector` in the shadow root of `host` (the panel's by default). */
  clickInPanel(selector: string, host?: string): Promise<void>;
  /** Chooses a file in the <input type=file> matching `selector` in the shadow root of `host`, as a person would. */
  chooseFile(selector: string, host: string, path: string): Promise<void>;
  /** The toolbar button of add-on `addonId`, clicked for real; returns the time (Date.now) of that click. */
  clickToolbar(addonId?: string): Promise<number>;
  /** Makes the newest tab the one open() and evaluate() work in (a tab the extension opened); returns its address. */
  toNewestTab(): Promise<string>;
  /** Installs another temporary add-on from its folder; returns its id. */
  installAddon(path: string): Promise<string>;
  /** The clipboard's text, read in the browser's own scope (a page would get a paste prompt). */
  readClipboard(): Promise<string>;
  /** The visible part of the page, PNG. */
  screenshot(): Promise<Buffer>;
  /** Every HTTP request since the launch. */
  requests(): Promise<FirefoxRequest[]>;
  close(): Promise<void>;
}

/**
 * A Firefox with a fresh profile, driven over Marionette. A start that brings no Marionette server
 * up (seen once in a while on a loaded 2-core machine) is tried once more before it fails.
 */
export async function launchFirefox(build: FirefoxBuild, served: Served, viewport = { width: 1280, height: 800 }): Promise<Firefox> {
  try {
    return await startFirefox(build, served, viewport);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('started no Marionette server'))) throw error;
    return startFirefox(build, served, viewport);
  }
}

async function startFirefox(build: FirefoxBuild, served: Served, viewport: { width: number; height: number }): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-firefox-'));
  const prefs = {
    'marionette.port': 0, // any free port, written to MarionetteActivePort
    'network.dns.localDomains': new URL(served.base).hostname, // resolves to 127.0.0.1
    // Firefox's own settings polls stay off the network (153 honours this only with the variable below)
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const child = spawn(build.binary, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (data) => { stderr = (stderr + data).slice(-2000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = async () => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const portFile = join(profile, 'MarionetteActivePort');
    for (const started = Date.now(); !existsSync(portFile) || !readFileSync(portFile, 'utf8').trim();) {
      if (Date.now() - started > 45_000 || child.exitCode !== null) throw new Error(`${build.binary} started no Marionette server:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return await drive(await Marionette.connect(Number(readFileSync(portFile, 'utf8'))), viewport, gone);
  } catch (error) {
    child.kill('SIGKILL');
    await gone();
    throw error;
  }
}

/** A session on a started Firefox: the extension installed, the window sized to `viewport`. */
async function drive(marionette: Marionette, viewport: { width: number; height: number }, gone: () => Promise<void>): Promise<Firefox> {
  const { capabilities } = await marionette.send<{ capabilities: { browserVersion: string } }>('WebDriver:NewSession', { capabilities: {} });
  let context: 'content' | 'chrome' = 'content';
  /** Commands act on the page (content) or on the browser's own window (chrome). */
  async function to(where: typeof context) {
    if (context !== where) await marionette.send('Marionette:SetContext', { value: (context = where) });
  }
  /** Runs a script (a function's body: `arguments` are its args) in the page's sandbox or the browser window. */
  async function run<R>(where: typeof context, script: string, args: unknown[] = []): Promise<R> {
    await to(where);
    const params = where === 'content' ? { script, args, sandbox: 'nianbao-e2e' } : { script, args };
    return (await marionette.send<{ value: R }>('WebDriver:ExecuteScript', params)).value;
  }
  const installAddon = async (path: string) => (await marionette.send<{ value: string }>('Addon:Install', { path, temporary: true })).value;

  // Every HTTP request of every process, recorded in the parent process from now on.
  await run('chrome', `
    const types = {};
    for (const key in Ci.nsIContentPolicy) if (key.startsWith('TYPE_')) types[Ci.nsIContentPolicy[key]] = key;
    const seen = window.nianbaoRequests = [];
    Services.obs.addObserver({ observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const info = channel.loadInfo;
      const type = types[info.externalContentPolicyType];
      const context = BrowsingContext.get(info.browsingContextID);
      const asker = type === 'TYPE_DOCUMENT' || type === 'TYPE_SUBDOCUMENT' ? context?.parent ?? context : context;
      const by = info.triggeringPrincipal.isSystemPrincipal ? 'system' : info.triggeringPrincipal.origin;
      seen.push({ url: channel.URI.spec, type, by, page: asker?.currentWindowGlobal?.documentURI?.spec ?? '' });
    } }, 'http-on-opening-request');`);
  const addonId = await installAddon(FIREFOX_EXTENSION);

  // The window's size is the viewport's plus the browser's own toolbars.
  await marionette.send('WebDriver:SetWindowRect', viewport);
  const inner = await run<{ width: number; height: number }>('content', 'return { width: window.innerWidth, height: window.innerHeight };');
  await marionette.send('WebDriver:SetWindowRect', { width: 2 * viewport.width - inner.width, height: 2 * viewport.height - inner.height });

  return {
    version: capabilities.browserVersion,
    addonId,
    installAddon,
    async open(url) {
      await to('content');
      await marionette.send('WebDriver:Navigate', { url });
    },
    async toNewestTab() {
      await to('content');
      const handles = (await marionette.send<{ value: string[] } | string[]>('WebDriver:GetWindowHandles', {}));
      const list = Array.isArray(handles) ? handles : handles.value;
      await marionette.send('WebDriver:SwitchToWindow', { handle: list.at(-1)!, focus: true });
      return run<string>('content', 'return location.href;');
    },
    evaluate(script, ...args) {
      return run('content', typeof script === 'string' ? `return (${script});` : `return (${script.toString()}).apply(null, arguments);`, args);
    },
    async chooseFile(selector, host, path) {
      const element = await run<object | null>('content', 'return document.querySelector(arguments[1])?.shadowRoot?.querySelector(arguments[0]) ?? null;', [selector, host]);
      if (!element) throw new Error(`no ${selector} in ${host}`);
      await marionette.send('WebDriver:ElementSendKeys', { id: Object.values(element)[0], text: path });
    },
    async clickInPanel(selector, host = 'nianbao-lint-panel') {
      const element = await run<object | null>('content', 'return document.querySelector(arguments[1])?.shadowRoot?.querySelector(arguments[0]) ?? null;', [selector, host]);
      if (!element) throw new Error(`no ${selector} in the panel`);
      await marionette.send('WebDriver:ElementClick', { id: Object.values(element)[0] });
    },
    /**
     * The extensions (puzzle) button, then the add-on's item in its panel: real mouse events
     * through the browser window's own event utilities, so the click is trusted and grants
     * activeTab. The item's id is the add-on id lowercased, [^a-z0-9_-] → _, + -browser-action.
     */
    clickToolbar(id = addonId) {
      return run<number>('chrome', `
        const item = arguments[0].toLowerCase().replace(/[^a-z0-9_-]/g, '_') + '-browser-action';
        const utils = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
        Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', utils);
        const panelIs = (state) => new Promise((resolve, reject) => {
          const started = Date.now();
          (function check() {
            if (document.getElementById('unified-extensions-panel')?.state === state) resolve();
            else if (Date.now() - started > 5000) reject(new Error('the extensions panel is not ' + state));
            else setTimeout(check, 10);
          })();
        });
        return (async () => {
          utils.synthesizeMouseAtCenter(document.getElementById('unified-extensions-button'), {}, window);
          await panelIs('open');
          const clickedAt = Date.now();
          utils.synthesizeMouseAtCenter(document.getElementById(item).querySelector('.unified-extensions-item-action-button'), {}, window);
          await panelIs('closed');
          return clickedAt;
        })();`, [id]);
    },
    readClipboard() {
      return run<string>('chrome', `
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard);
        const data = {};
        transferable.getTransferData('text/plain', data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;`);
    },
    async screenshot() {
      await to('content');
      return Buffer.from((await marionette.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false })).value, 'base64');
    },
    requests() {
      return run<FirefoxRequest[]>('chrome', 'return window.nianbaoRequests;');
    },
    async close() {
      await marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      marionette.close();
      await gone();
    },
  };
}
