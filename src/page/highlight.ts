/**
 * Marks the page's cells that findings name. The only change to a page element is the contract's
 * attributes (data-nianbao-severity, data-nianbao-rules; data-nianbao-suspect with the suspect
 * finding's number; data-nianbao-operand on the light marks); the look comes from a constructed
 * stylesheet adopted by the document (no element added). Marks are drawn outside the text — an
 * outline outside the border box and a background tint — so they never cover the digits, also
 * in cells without padding; the suspect's numbered badge sits outside the cell's top-left corner.
 * Colour is never the only cue: suspects have the badge and the thickest outline, errors a solid
 * outline, warnings dashed, infos dotted, light marks a thin line. The same stylesheet styles
 * the text highlights of text-highlight.ts.
 */
import type { Analysis } from '../core/check';
import { markTargets, type Mark } from '../core/marks';
import { TEXT_HIGHLIGHT_NAMES } from './text-highlight';

export const SEVERITY_ATTRIBUTE = 'data-nianbao-severity';
export const RULES_ATTRIBUTE = 'data-nianbao-rules';
export const SUSPECT_ATTRIBUTE = 'data-nianbao-suspect';
export const OPERAND_ATTRIBUTE = 'data-nianbao-operand';
/** Where the suspect's badge sits outside its cell: the first of BADGE_PLACES clear of every nearby digit. */
export const BADGE_ATTRIBUTE = 'data-nianbao-badge';
const ATTRIBUTES = [SEVERITY_ATTRIBUTE, RULES_ATTRIBUTE, SUSPECT_ATTRIBUTE, OPERAND_ATTRIBUTE, BADGE_ATTRIBUTE];

/** The badge: 16 px and a 1 px ring, 1 px off the cell's border box. */
const BADGE = 18;
const GAP = 1;

type Along = 'before' | 'middle' | 'after';
/** Badge places around a cell, outside it, in order of preference: [name, across, down]. */
const BADGE_PLACES: [string, Along, Along][] = [
  ['tl', 'before', 'before'], ['tr', 'after', 'before'], ['l', 'before', 'middle'], ['r', 'after', 'middle'],
  ['bl', 'before', 'after'], ['br', 'after', 'after'], ['t', 'middle', 'before'], ['b', 'middle', 'after'],
];
/** The badge's offset from the cell's edge, for a cell `size` px across (or down). */
const offset = (along: Along, size: number): number => (along === 'before' ? -BADGE - GAP : along === 'after' ? size + GAP : (size - BADGE) / 2);
const cssOffset = (along: Along, side: 'left' | 'top'): string =>
  `${side}: ${along === 'before' ? `${-BADGE - GAP}px` : along === 'after' ? `calc(100% + ${GAP}px)` : `calc(50% - ${BADGE / 2}px)`} !important;`;
const badgeCss = BADGE_PLACES.map(([name, across, down]) => `[${BADGE_ATTRIBUTE}="${name}"]::after { ${cssOffset(across, 'left')} ${cssOffset(down, 'top')} }`).join('\n');

const HIGHLIGHT_CSS = `
[${SEVERITY_ATTRIBUTE}="error"] { outline: 2px solid #c62828 !important; outline-offset: 1px !important; background-color: rgba(198,40,40,.12) !important; }
[${SEVERITY_ATTRIBUTE}="warning"] { outline: 2px dashed #b45309 !important; outline-offset: 1px !important; background-color: rgba(180,83,9,.08) !important; }
[${SEVERITY_ATTRIBUTE}="info"] { outline: 2px dotted #1565c0 !important; outline-offset: 1px !important; }
[${SEVERITY_ATTRIBUTE}][${OPERAND_ATTRIBUTE}] { outline: 1px solid rgba(198,40,40,.7) !important; outline-offset: 0 !important; background-color: rgba(198,40,40,.05) !important; }
[${SEVERITY_ATTRIBUTE}][${SUSPECT_ATTRIBUTE}] { outline: 3px solid #b71c1c !important; outline-offset: 2px !important; background-color: rgba(255,202,40,.5) !important; position: relative !important; }
[${SEVERITY_ATTRIBUTE}][${SUSPECT_ATTRIBUTE}]::after { content: attr(${SUSPECT_ATTRIBUTE}) !important; position: absolute !important;
  left: ${-BADGE - GAP}px; top: ${-BADGE - GAP}px; width: ${BADGE - 2}px !important; height: ${BADGE - 2}px !important; box-sizing: content-box !important;
  border: 1px solid #fff !important; border-radius: 50% !important; background: #b71c1c !important; color: #fff !important;
  font: 700 11px/16px sans-serif !important; text-align: center !important; text-indent: 0 !important; letter-spacing: 0 !important;
  pointer-events: none !important; z-index: 2147483646 !important; display: block !important; }
${badgeCss}
::highlight(${TEXT_HIGHLIGHT_NAMES.error}) { background-color: rgba(198,40,40,.22); text-decoration: underline wavy #c62828; }
::highlight(${TEXT_HIGHLIGHT_NAMES.warning}) { background-color: rgba(180,83,9,.2); text-decoration: underline dashed #b45309; }
::highlight(${TEXT_HIGHLIGHT_NAMES.info}) { background-color: rgba(21,101,192,.14); text-decoration: underline dotted #1565c0; }
`;

type Box = { left: number; top: number; right: number; bottom: number };
const hits = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The boxes of the printed characters in an element: its text nodes' own boxes, not its blocks'. */
function textBoxes(el: Element, out: Box[]): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const range = el.ownerDocument.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test(node.nodeValue ?? '')) continue;
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) out.push(r);
  }
}

/** The boxes of the text of the cells near `cell` in its table (its own included). */
function nearbyText(cell: Element, reach: number): Box[] {
  const around = cell.getBoundingClientRect();
  const out: Box[] = [];
  for (const other of Array.from(cell.closest('table')?.querySelectorAll('td, th') ?? [cell])) {
    const box = other.getBoundingClientRect();
    if (box.right < around.left - reach || box.left > around.right + reach || box.bottom < around.top - reach || box.top > around.bottom + reach) continue;
    textBoxes(other, out);
  }
  return out;
}

/** The first badge place around a suspect cell that covers no digit of it or of its neighbours. */
function badgePlace(cell: Element): string {
  const box = cell.getBoundingClientRect();
  const texts = nearbyText(cell, BADGE + GAP);
  for (const [name, across, down] of BADGE_PLACES) {
    // a pixel more on every side: CSS places it from the padding box, this measures the border box
    const left = box.left + offset(across, box.width) - 1;
    const top = box.top + offset(down, box.height) - 1;
    if (!texts.some((t) => hits({ left, top, right: left + BADGE + 2, bottom: top + BADGE + 2 }, t))) return name;
  }
  return 'tl';
}

export interface Highlights {
  /** marked element → its mark, for hover messages and flashing */
  marked: Map<Element, Mark>;
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
  const marked = new Map<Element, Mark>();
  const documents = new Set<Document>([doc]);
  for (const { handle, mark } of markTargets(analysis)) {
    if (typeof (handle as Element).setAttribute !== 'function') continue;
    const element = handle as Element;
    element.setAttribute(SEVERITY_ATTRIBUTE, mark.severity);
    element.setAttribute(RULES_ATTRIBUTE, mark.ruleIds.join(' '));
    if (mark.suspect !== undefined) element.setAttribute(SUSPECT_ATTRIBUTE, String(mark.suspect));
    if (mark.operand) element.setAttribute(OPERAND_ATTRIBUTE, '');
    marked.set(element, mark);
    documents.add(element.ownerDocument);
  }
  const unadopt = [...documents].map(adoptStyles);
  // with the styles in place (they change no layout), each badge goes where it covers no digit
  for (const [element, mark] of marked) if (mark.suspect !== undefined) element.setAttribute(BADGE_ATTRIBUTE, badgePlace(element));
  return {
    marked,
    remove() {
      for (const el of marked.keys()) for (const name of ATTRIBUTES) el.removeAttribute(name);
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
