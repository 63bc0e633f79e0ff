import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/**
 * Toolbar click → inject the content script into the active tab (activeTab grants it for this
 * click only) and ask it to toggle the panel. The script is injected once per page; a second
 * click only toggles.
 */
export default defineBackground(() => {
  browser.action.onClicked.addListener(async (tab) => {
    if (tab.id === undefined) return;
    await toggleIn(tab.id);
  });
  // The content script reports its count; the badge shows errors on report pages only.
  browser.runtime.onMessage.addListener((message: { type?: string; detected?: boolean; errors?: number }, sender) => {
    if (message.type !== 'nianbao:count' || sender.tab?.id === undefined) return;
    const text = message.detected && message.errors ? String(message.errors) : '';
    void browser.action.setBadgeText({ tabId: sender.tab.id, text });
    void browser.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#c62828' });
  });
});

async function toggleIn(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'nianbao:toggle' });
    return;
  } catch {
    // No content script in the page yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    await browser.tabs.sendMessage(tabId, { type: 'nianbao:toggle' });
  } catch (error) {
    // Pages the browser protects (the web store, chrome://) cannot be scripted.
    console.warn('nianbao-lint: cannot run on this page', error);
  }
}
