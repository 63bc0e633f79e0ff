import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import panelCss from '../../src/ui/panel.css?inline';
import { createSession } from './session';

/**
 * Injected by a toolbar click (activeTab), or registered for *.gov.cn once the user opts in.
 * The message listener is registered before anything else so the first toggle is never lost.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const session = createSession(ctx, panelCss);
    browser.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message?.type === 'nianbao:toggle') return session.toggle().then(() => true);
      return undefined;
    });
    session.watch();
  },
});
