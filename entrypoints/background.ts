import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, STORE_METHODS, toTab } from '../src/extension/messages';
import { createSeasonStore } from '../src/extension/season-store';
import { answerStoreCall } from '../src/extension/store-client';
import { GOV_ORIGINS } from '../src/page/gov-origins';

const AUTO_SCRIPT_ID = 'nianbao-auto';
const CHECKER = '/content-scripts/content.js';
const DETECTOR = '/content-scripts/detector.js';
const FILE_READER = '/content-scripts/file-reader.js';

/**
 * Toolbar click → inject the checker into the active tab (activeTab grants it for this click)
 * and toggle the panel. With the optional *.gov.cn permission granted, a tiny detector is
 * registered to run by itself there; on a report page it asks for the checker, and the badge
 * shows the page's error count.
 * The extension makes no network request of its own.
 */
export default defineBackground(() => {
  const store = createSeasonStore(browser.storage.local);
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleIn(tab.id, tab.url);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'nianbao:count': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        void browser.action.setBadgeText({ tabId, text: message.detected && message.errors ? String(message.errors) : '' });
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
        return undefined;
      }
      case 'nianbao:report-found': {
        // the detector found a report: bring in the checker (the *.gov.cn permission allows it)
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CHECKER] }).then(() => undefined);
      }
      case 'nianbao:load-file-reader': {
        // only on the checker's request, into the frame that asked (activeTab or the *.gov.cn permission allows it)
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [FILE_READER] }).then(() => undefined);
      }
      case 'nianbao:store':
        // only the calls a checker may make (clearing and importing are the options page's)
        if (!STORE_METHODS.includes(message.method)) return undefined;
        return answerStoreCall(store, message.method, message.args);
      case 'nianbao:auto-detect-state':
        return browser.permissions.contains({ origins: GOV_ORIGINS });
      case 'nianbao:auto-detect-options':
        return browser.runtime.openOptionsPage();
      default:
        return undefined;
    }
  });

  // the checkers' switches follow the permission as it is granted or removed
  const permissionChanged = () => {
    void syncRegistration();
    void tellCheckers();
  };
  browser.permissions.onAdded.addListener(permissionChanged);
  browser.permissions.onRemoved.addListener(permissionChanged);
  browser.runtime.onInstalled.addListener(() => void syncRegistration());
  browser.runtime.onStartup.addListener(() => void syncRegistration());
});

/** Every open panel learns whether auto-detection is on (tabs without a checker do not answer). */
async function tellCheckers(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: GOV_ORIGINS });
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) void toTab(tab.id, { type: 'nianbao:auto-detect-changed', granted }).catch(() => undefined);
  }
}

/** A tab that shows a report file: the PDF or DOCX it was opened from (activeTab lets the click see the address). */
const REPORT_FILE = /\.(?:pdf|docx)(?:$|[?#])/i;

async function toggleIn(tabId: number, url: string | undefined): Promise<void> {
  try {
    if (await toTab(tabId, { type: 'nianbao:toggle' })) return;
  } catch {
    // no content script in the page yet
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CHECKER] });
    await toTab(tabId, { type: 'nianbao:toggle' });
  } catch (error) {
    // A file the browser shows in a viewer nothing can be injected into (Firefox's PDF viewer):
    // check it in the extension's file page instead. Other protected pages are left alone.
    if (url && REPORT_FILE.test(url)) {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/check.html')}?url=${encodeURIComponent(url)}` });
      return;
    }
    console.warn('nianbao-lint: cannot run on this page', error);
  }
}

/** The content script runs by itself on *.gov.cn exactly while that permission is granted. */
async function syncRegistration(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: GOV_ORIGINS });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([{ id: AUTO_SCRIPT_ID, matches: GOV_ORIGINS, js: [DETECTOR], runAt: 'document_idle' }]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  }
}
