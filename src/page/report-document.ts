/** Where the report is: this document, or a same-origin frame's when this one is not one. */
import { detect } from '../core/extract/detect';

export function reportDocument(doc: Document = document): Document {
  if (detect(doc, doc.location?.href ?? '').isReport) return doc;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
    } catch {
      inner = null;
    }
    if (inner?.body && detect(inner, inner.location?.href ?? '').isReport) return inner;
  }
  return doc;
}

/**
 * Tries `attempt` now and again (debounced) while the page changes, for up to `watchMs`, and
 * hands its first result to `found`: how script-rendered reports are caught when they arrive.
 */
export function watchUntil<T>(
  doc: Document, attempt: () => T | undefined, found: (result: T) => void, watchMs = 30_000, debounceMs = 600,
): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const view = doc.defaultView ?? window;
  const observer = new view.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(tryOnce, debounceMs);
  });
  const limit = setTimeout(() => stop(), watchMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(limit);
  }
  function tryOnce() {
    if (done) return;
    const result = attempt();
    if (result === undefined) return;
    done = true;
    stop();
    found(result);
  }
  if (doc.documentElement) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  tryOnce();
  return stop;
}

/** The report's document once the page (or a same-origin frame) looks like a report. */
export function detectedReport(doc: Document): Document | undefined {
  const target = reportDocument(doc);
  return detect(target, target.location?.href ?? '').isReport ? target : undefined;
}
