/**
 * One page's session: mount the checker's panel in a shadow root on a toolbar click, unmount it
 * (and with it every mark) on the next, and — for the badge — check the report once its tables
 * arrive (now, or when a script renders them).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { checkDocument } from '../../src/core/check';
import { severityCounts } from '../../src/core/report';
import { toBackground } from '../../src/extension/messages';
import { reportDocument, watchUntil } from '../../src/page/report-document';
import { fetchSameSite } from '../../src/extension/read-file';
import { storeClient } from '../../src/extension/store-client';
import { Checker, fileName, type FileSource } from './Checker';

export function createSession(ctx: ContentScriptContext, css: string) {
  const store = storeClient();
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let hostWatch: MutationObserver | null = null;
  /** the open panel's switch, told when the permission changes (one runtime listener, in index.tsx) */
  const autoDetectListeners = new Set<(granted: boolean) => void>();
  const onAutoDetectChange = (listener: (granted: boolean) => void) => {
    autoDetectListeners.add(listener);
    return () => { autoDetectListeners.delete(listener); };
  };

  async function open() {
    // Chrome's PDF viewer: the tab's document is the viewer, the report is the file it shows
    const pdf: FileSource | undefined = document.contentType === 'application/pdf'
      ? { name: fileName(location.href), url: location.href, bytes: () => fetchSameSite(location.href, location.href) }
      : undefined;
    const doc = pdf ? document : reportDocument();
    const mounted = await createShadowRootUi(ctx, {
      name: 'nianbao-lint-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      onMount: (container, shadow) => {
        render(<Checker doc={doc} shadow={shadow} onClose={() => void close()} onAutoDetectChange={onAutoDetectChange} file={pdf} store={store} />, container);
        return container;
      },
      onRemove: (container) => { if (container) render(null, container); },
    });
    ui = mounted;
    mounted.mount();
    // The host is the page's element: inline !important keeps hostile page CSS off it.
    mounted.shadowHost.setAttribute('style', 'all: initial !important; position: static !important; display: block !important;');
    // A page script that removes our host closes the session: marks go with it.
    const host = mounted.shadowHost;
    hostWatch = new MutationObserver(() => { if (!host.isConnected) void close(); });
    hostWatch.observe(document.documentElement, { childList: true, subtree: true });
  }

  async function close() {
    hostWatch?.disconnect();
    hostWatch = null;
    ui?.remove();
    ui = null;
  }

  return {
    async toggle() {
      if (ui) await close();
      else await open();
    },
    autoDetectChanged(granted: boolean) {
      for (const listener of autoDetectListeners) listener(granted);
    },
    /** For the badge: check the report once its tables or text are there (now, or when a script renders them). */
    watch() {
      if (window.top !== window) return;
      const stop = watchUntil(document, () => {
        const doc = reportDocument();
        const a = checkDocument(doc, doc.location?.href ?? '');
        return a.detected ? a : undefined;
      }, (a) => {
        void toBackground({ type: 'nianbao:count', detected: a.detected, errors: severityCounts(a.findings).error }).catch(() => undefined);
      });
      ctx.onInvalidated(() => { stop(); void close(); });
    },
  };
}
