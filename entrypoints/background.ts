import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const GOV_ORIGINS = ['*://*.gov.cn/*'];
const AUTO_SCRIPT_ID = 'nianbao-auto';
const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Toolbar click → inject the content script into the active tab (activeTab grants it for this
 * click) and toggle the panel. With the optional *.gov.cn permission granted, the same script is
 * registered to run by itself there and the badge shows each report page's error count.
 * The extension makes no network request of its own.
 */
export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleIn(tab.id);
  });

  browser.runtime.onMessage.addListener((message: { type?: string; detected?: boolean; errors?: number }, sender) => {
    switch (message?.type) {
      case 'nianbao:count': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        void browser.action.setBadgeText({ tabId, text: message.detected && message.errors ? String(message.errors) : '' });
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
        return undefined;
      }
      case 'nianbao:auto-detect-state':
        return browser.permissions.contains({ origins: GOV_ORIGINS });
      case 'nianbao:auto-detect-options':
        return browser.runtime.openOptionsPage();
      default:
        return undefined;
    }
  });

  browser.permissions.onAdded.addListener(() => void syncRegistration());
  browser.permissions.onRemoved.addListener(() => void syncRegistration());
  browser.runtime.onInstalled.addListener(() => void syncRegistration());
  browser.runtime.onStartup.addListener(() => void syncRegistration());
});

async function toggleIn(tabId: number): Promise<void> {
  try {
    if (await browser.tabs.sendMessage(tabId, { type: 'nianbao:toggle' })) return;
  } catch {
    // no content script in the page yet
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    await browser.tabs.sendMessage(tabId, { type: 'nianbao:toggle' });
  } catch (error) {
    // pages the browser protects (the web store, chrome://, PDF viewer) cannot be scripted
    console.warn('nianbao-lint: cannot run on this page', error);
  }
}

/** The content script runs by itself on *.gov.cn exactly while that permission is granted. */
async function syncRegistration(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: GOV_ORIGINS });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([{ id: AUTO_SCRIPT_ID, matches: GOV_ORIGINS, js: [CONTENT_SCRIPT], runAt: 'document_idle' }]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  }
}
