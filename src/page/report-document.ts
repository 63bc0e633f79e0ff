/** Where the report is: this document, or a same-origin frame's when this one is not one. */
import { detect } from '../core/extract/detect';

const looksLikeReport = (doc: Document) => detect(doc, doc.location?.href ?? '').isReport;

/** The document that looks like a report, this one or a same-origin frame's, if any. */
export function detectedReport(doc: Document): Document | undefined {
  if (looksLikeReport(doc)) return doc;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
    } catch {
      inner = null;
    }
    if (inner?.body && looksLikeReport(inner)) return inner;
  }
  return undefined;
}

/** The document to check: the report's, or this one when none looks like a report. */
export function reportDocument(doc: Document = document): Document {
  return detectedReport(doc) ?? doc;
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
