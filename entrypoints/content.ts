import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkDocument } from '../src/core/check';

/**
 * Injected on a toolbar click (activeTab). Runs the core on the page and reports the number of
 * errors for the toolbar badge.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  registration: 'runtime',
  main() {
    const analysis = checkDocument(document, location.href);
    const errors = analysis.findings.filter((f) => f.severity === 'error').length;
    void browser.runtime.sendMessage({ type: 'nianbao:count', detected: analysis.detected, errors });
  },
});
