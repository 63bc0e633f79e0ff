/**
 * Marks the page's cells that findings name. The only change to a page element is the contract's
 * two attributes (data-nianbao-severity, data-nianbao-rules); the look comes from a constructed
 * stylesheet adopted by the document (no element added), with outlines so no layout moves.
 * Errors are solid and hatched, warnings dashed, infos dotted: colour is not the only cue.
 * The same stylesheet styles the text highlights of text-highlight.ts.
 */
import type { Analysis } from '../core/check';
import { cellMarks, type CellMark } from '../core/marks';
import { TEXT_HIGHLIGHT_NAMES } from './text-highlight';

export const SEVERITY_ATTRIBUTE = 'data-nianbao-severity';
export const RULES_ATTRIBUTE = 'data-nianbao-rules';

const HIGHLIGHT_CSS = `
[${SEVERITY_ATTRIBUTE}="error"] { outline: 3px solid #c62828 !important; outline-offset: -3px !important;
  background-image: repeating-linear-gradient(135deg, rgba(198,40,40,.16) 0 4px, transparent 4px 9px) !important; }
[${SEVERITY_ATTRIBUTE}="warning"] { outline: 3px dashed #b45309 !important; outline-offset: -3px !important; }
[${SEVERITY_ATTRIBUTE}="info"] { outline: 2px dotted #1565c0 !important; outline-offset: -2px !important; }
::highlight(${TEXT_HIGHLIGHT_NAMES.error}) { background-color: rgba(198,40,40,.22); text-decoration: underline wavy #c62828; }
::highlight(${TEXT_HIGHLIGHT_NAMES.warning}) { background-color: rgba(180,83,9,.2); text-decoration: underline dashed #b45309; }
::highlight(${TEXT_HIGHLIGHT_NAMES.info}) { background-color: rgba(21,101,192,.14); text-decoration: underline dotted #1565c0; }
`;

export interface Highlights {
  /** marked element → its mark, for hover messages and flashing */
  marked: Map<Element, CellMark>;
  remove(): void;
}

/**
 * The page's own object behind a Firefox content script's Xray wrapper (elsewhere: the object).
 * Firefox 140's Xray to an adopted-sheet list refuses length, index, iteration and assignment.
 */
const pageObject = <T extends object>(x: T): T => (x as T & { wrappedJSObject?: T }).wrappedJSObject ?? x;

/**
 * Adopt the highlight stylesheet in the element's own document (frames have their own). The list
 * is changed in place by index and length: those are the ObservableArray's own traps, native
 * code a page cannot override (unlike the array methods a Firefox content script would see).
 */
function adoptStyles(doc: Document): () => void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  const sheets = pageObject(doc.adoptedStyleSheets);
  const own = pageObject(sheet);
  sheets[sheets.length] = own;
  return () => {
    let i = 0;
    while (i < sheets.length && sheets[i] !== own) i += 1;
    if (i === sheets.length) return;
    for (; i < sheets.length - 1; i += 1) sheets[i] = sheets[i + 1]!;
    sheets.length -= 1;
  };
}

export function highlight(analysis: Analysis, doc: Document): Highlights {
  const marked = new Map<Element, CellMark>();
  const documents = new Set<Document>([doc]);
  for (const mark of cellMarks(analysis.findings).values()) {
    const el = analysis.locate(mark);
    if (!el || typeof (el as Element).setAttribute !== 'function') continue;
    const element = el as Element;
    element.setAttribute(SEVERITY_ATTRIBUTE, mark.severity);
    element.setAttribute(RULES_ATTRIBUTE, mark.ruleIds.join(' '));
    marked.set(element, mark);
    documents.add(element.ownerDocument);
  }
  const unadopt = [...documents].map(adoptStyles);
  return {
    marked,
    remove() {
      for (const el of marked.keys()) {
        el.removeAttribute(SEVERITY_ATTRIBUTE);
        el.removeAttribute(RULES_ATTRIBUTE);
      }
      marked.clear();
      for (const undo of unadopt) undo();
    },
  };
}

/** Scroll an element into view and flash it (Web Animations: no attribute or class changes). */
export function flash(element: Element): void {
  element.scrollIntoView({ behavior: 'smooth', block: 'center', inline: 'nearest' });
  if (typeof (element as HTMLElement).animate === 'function') {
    (element as HTMLElement).animate(
      [{ boxShadow: 'inset 0 0 0 9999px rgba(255, 213, 79, .85)' }, { boxShadow: 'inset 0 0 0 9999px rgba(255, 213, 79, 0)' }],
      { duration: 1600, iterations: 2, easing: 'ease-out' },
    );
  }
}
