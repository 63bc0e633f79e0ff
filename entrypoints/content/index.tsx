import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isMessage } from '../../src/extension/messages';
import { GOV_ORIGINS } from '../../src/page/gov-origins';
import panelCss from '../../src/ui/panel.css?inline';
import { createSession } from './session';

/**
 * The checker: the core and the panel. Injected by a toolbar click (activeTab), or by the
 * background when the detector finds a report page (auto mode). The message listener is
 * registered before anything else so the first toggle is never lost; a second injection into
 * the same page reuses the first.
 */
export default defineContentScript({
  matches: GOV_ORIGINS,
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const world = globalThis as { nianbaoChecker?: true };
    if (world.nianbaoChecker) return;
    world.nianbaoChecker = true;
    const session = createSession(ctx, panelCss);
    // The one listener of the page's checker (listeners added or removed while a message is being
    // dispatched lose its answer in Firefox, and the background would inject the checker again).
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage(message)) return undefined;
      if (message.type === 'nianbao:toggle') return session.toggle().then(() => true as const);
      if (message.type === 'nianbao:auto-detect-changed') session.autoDetectChanged(message.granted);
      return undefined;
    });
    session.watch();
  },
});
