/**
 * Marks the sentences text findings quote, without changing the page's DOM: ranges registered
 * with the CSS Custom Highlight API and styled by ::highlight() in the adopted stylesheet
 * (see highlight.ts). Browsers without the API get no text marks; the panel still lists quotes.
 */
import type { Finding, Severity } from '../core/model/schema';

export const TEXT_HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'nianbao-text-error',
  warning: 'nianbao-text-warning',
  info: 'nianbao-text-info',
};

type HighlightWindow = Window & typeof globalThis & {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS: { highlights?: Map<string, unknown> };
};

/** Text nodes under `root` with their offsets in the text joined without whitespace. */
function indexText(root: Node): { compact: string; at: { node: Text; offset: number }[] } {
  const at: { node: Text; offset: number }[] = [];
  let compact = '';
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const value = node.data;
    for (let i = 0; i < value.length; i += 1) {
      if (/\s/.test(value[i]!)) continue;
      compact += value[i];
      at.push({ node, offset: i });
    }
  }
  return { compact, at };
}

/** The range of the page's text that a quote (whitespace tidied) came from, if it is there. */
export function findQuote(doc: Document, quote: string, index = indexText(doc.body)): Range | null {
  const needle = quote.replace(/\s+/g, '');
  if (needle === '') return null;
  const start = index.compact.indexOf(needle);
  if (start < 0) return null;
  const first = index.at[start]!;
  const last = index.at[start + needle.length - 1]!;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

export interface TextHighlights {
  /** quote → its range in the page */
  ranges: Map<string, Range>;
  remove(): void;
}

export function highlightText(doc: Document, findings: Finding[]): TextHighlights {
  const ranges = new Map<string, Range>();
  const view = doc.defaultView as HighlightWindow | null;
  const registry = view?.CSS?.highlights;
  if (!doc.body) return { ranges, remove: () => undefined };
  const index = indexText(doc.body);
  const bySeverity: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
  for (const finding of findings) {
    for (const ref of finding.cells) {
      if (ref.table !== 'text') continue;
      const range = ranges.get(ref.quote) ?? findQuote(doc, ref.quote, index);
      if (!range) continue;
      ranges.set(ref.quote, range);
      bySeverity[finding.severity].push(range);
    }
  }
  if (!registry || !view?.Highlight) return { ranges, remove: () => undefined };
  for (const severity of ['info', 'warning', 'error'] as const) {
    if (bySeverity[severity].length > 0) registry.set(TEXT_HIGHLIGHT_NAMES[severity], new view.Highlight(...bySeverity[severity]));
  }
  return {
    ranges,
    remove() {
      for (const name of Object.values(TEXT_HIGHLIGHT_NAMES)) registry.delete(name);
      ranges.clear();
    },
  };
}
