/**
 * readDom: the only code that walks a document. It works on any standard DOM (the live page,
 * linkedom in Node, happy-dom in tests) and returns plain data with element handles.
 */
import type { RawBlock, RawCell, RawPage, RawRow } from './raw';

// Tags by localName: lower case for HTML elements, with no case folding per element visited.
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'tbody',
  'thead', 'tfoot', 'br', 'section', 'article', 'blockquote', 'pre', 'ul', 'ol', 'dd', 'dt', 'center',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'object', 'iframe']);
const MAX_SPAN_ATTRIBUTE = 1000;

/**
 * Text of an element with block boundaries and <br> as line breaks, so that "12<br>3" stays two
 * tokens; labels are later normalized without whitespace anyway.
 */
export function elementText(root: Node): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (SKIPPED_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  walk(root);
  return out;
}

/**
 * Whether anything inside an element can separate lines of its text: a <br>, a nested table or
 * script, or more blocks than `found.left` (Word wraps every cell in one <p>); the one block
 * allowed is kept in `found.block`. It walks the elements only (three or four in a Word cell):
 * far cheaper than asking the DOM for collections of each tag.
 */
function separatesLines(el: Element, found: { left: number; block: Element | null }): boolean {
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'br' || tag === 'table' || SKIPPED_TAGS.has(tag)) return true;
    if (BLOCK_TAGS.has(tag)) {
      if (--found.left < 0) return true;
      found.block = child;
    }
    if (child.firstElementChild !== null && separatesLines(child, found)) return true;
  }
  return false;
}

/** `{}<>=;()` and the backquote: text with any of them may include script or style source. */
const CODE_CHARS = new Uint8Array(128);
for (const c of '{}<>=;()`') CODE_CHARS[c.charCodeAt(0)] = 1;

/**
 * Two digits (ASCII or full-width) or a character of code in the text. A char-code loop: two
 * regular expressions over every cell's text cost three times as much in Chromium.
 */
function needsWalk(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) {
      if (++digits === 2) return true;
    } else if (code < 128 && CODE_CHARS[code] === 1) return true;
  }
  return false;
}

/**
 * A cell's text. Element boundaries matter only where they could split a number: "1<br>2" must
 * read "1\n2" (two numbers, not a number), never "12"; and script or style inside a cell must not
 * count as its text. So the node-by-node check runs only for a cell with two digits or more, or
 * with characters of code, in its text. Everything else is one native textContent: a label, a
 * blank or a one-digit value reads the same either way, because whitespace is folded out of
 * labels and values (a quoted label may lose a line break). Asking the DOM whether a table holds
 * a script costs more than this in both engines (0.4 ms a table in Chromium, 2 ms in linkedom).
 */
function cellText(cell: Element): string {
  const text = cell.textContent ?? '';
  if (cell.firstElementChild === null || !needsWalk(text)) return text;
  const found = { left: 1, block: null as Element | null };
  if (separatesLines(cell, found)) return elementText(cell);
  // A single block separates lines too when text stands beside it ("<p>1</p>2").
  if (found.block !== null && (found.block.textContent ?? '').trim() !== text.trim()) return elementText(cell);
  return text;
}

function spanAttribute(el: Element, name: string, fallback: number): number {
  const raw = el.getAttribute(name);
  if (raw === null) return fallback;
  const n = Number.parseInt(raw.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, MAX_SPAN_ATTRIBUTE);
}

/** The rows that belong to this table itself (not to a table nested in one of its cells). */
function ownRows(table: Element, holdsTable: Set<Element>): RawRow[] {
  const rows: RawRow[] = [];
  let group = 0;
  const visitSection = (section: Element): void => {
    for (let child = section.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.localName;
      if (tag === 'tr') rows.push({ group, cells: ownCells(child, holdsTable), handle: child });
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
        group += 1;
        visitSection(child);
        group += 1;
      }
    }
  };
  visitSection(table);
  return rows;
}

function ownCells(tr: Element, holdsTable: Set<Element>): RawCell[] {
  const cells: RawCell[] = [];
  for (let child = tr.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag !== 'td' && tag !== 'th') continue;
    cells.push({
      // A cell that holds a nested table keeps only its own text; the nested table is read apart.
      text: holdsTable.has(child) ? '' : cellText(child),
      rowSpan: spanAttribute(child, 'rowspan', 1),
      colSpan: Math.max(1, spanAttribute(child, 'colspan', 1)),
      handle: child,
    });
  }
  return cells;
}

// Common content containers (design doc), most specific first.
const ARTICLE_CONTAINERS = [
  '.TRS_Editor', '#zoom', '.Custom_UnionStyle', '#ivs_content', '.article-content', '#content',
  '.content', 'article', '.article', '#article', '.main-txt', '.zw', '#zw',
];

const CONTAINER_TAGS = new Set(['div', 'article', 'section', 'main', 'td']);

/**
 * Inside script, style, a template or an embedded object: not part of the page as read. A walk
 * up the ancestors: linkedom compiles the selector of every closest() call anew.
 */
function isSkipped(el: Element): boolean {
  for (let up = el.parentElement; up !== null; up = up.parentElement) if (SKIPPED_TAGS.has(up.localName)) return true;
  return false;
}

/** The nearest cell around an element (for a nested table, the cell that holds it), or null. */
function enclosingCell(el: Element): Element | null {
  for (let up = el.parentElement; up !== null; up = up.parentElement) {
    const tag = up.localName;
    if (tag === 'td' || tag === 'th') return up;
  }
  return null;
}

/**
 * The first content container, by the rank of its selector, that holds a table or some text.
 * Class and tag lookups are native collections: far cheaper than visiting every element of a
 * portal page in script.
 */
function findArticle(doc: Document): Element | null {
  for (const selector of ARTICLE_CONTAINERS) {
    const name = selector.slice(1);
    const candidates = selector.startsWith('.') ? doc.getElementsByClassName(name)
      : selector.startsWith('#') ? doc.querySelectorAll(selector)
        : doc.getElementsByTagName(selector);
    for (let i = 0; i < candidates.length; i += 1) {
      const el = candidates[i]!;
      if (!CONTAINER_TAGS.has(el.localName) || isSkipped(el)) continue;
      // Browsers match classes and ids regardless of case on quirks-mode pages, linkedom does
      // not: the exact name keeps the extension and the CLI on the same container.
      if (selector.startsWith('.') ? !el.classList.contains(name) : selector.startsWith('#') && el.id !== name) continue;
      if (el.getElementsByTagName('table').length > 0 || (el.textContent?.length ?? 0) > 200) return el;
    }
  }
  return null;
}

/** The page's tables in document order (nested ones too), and the cells that hold a nested table. */
function findTables(doc: Document): { tables: Element[]; holdsTable: Set<Element> } {
  const tables: Element[] = [];
  const holdsTable = new Set<Element>();
  const all = doc.getElementsByTagName('table');
  for (let i = 0; i < all.length; i += 1) {
    const table = all[i]!;
    if (isSkipped(table)) continue;
    tables.push(table);
    // Every cell around a nested table is the closest cell of some table inside it.
    const cell = enclosingCell(table);
    if (cell) holdsTable.add(cell);
  }
  return { tables, holdsTable };
}

const ATTACHMENT = /\.(pdf|docx?|wps|ofd|xlsx?|et|zip|rar)(?:$|[?#])/i;

/** Images and attachment links inside an element, added to `out` in document order. */
function addMediaBlocks(el: Element, out: RawBlock[]): void {
  const visit = (node: Element): void => {
    const tag = node.localName;
    if (tag === 'img') out.push({ kind: 'image', text: node.getAttribute('alt') ?? '', href: node.getAttribute('src') ?? '', handle: node });
    else if (tag === 'a' && ATTACHMENT.test(node.getAttribute('href') ?? '')) {
      out.push({ kind: 'attachment', text: elementText(node).trim(), href: node.getAttribute('href') ?? '', handle: node });
    }
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(el);
}

/** Has a block child other than <br>: then its children are the blocks, not itself. */
function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag !== 'br' && BLOCK_TAGS.has(tag)) return true;
  }
  return false;
}

function readBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  const walk = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.localName;
      if (SKIPPED_TAGS.has(tag) || tag === 'table') continue;
      if (hasBlockChild(child)) {
        walk(child);
        continue;
      }
      const text = elementText(child).trim();
      if (text !== '') blocks.push({ kind: /^h[1-6]$/.test(tag) ? 'heading' : 'text', text, handle: child });
      addMediaBlocks(child, blocks);
    }
  };
  walk(root);
  return blocks;
}

export function readDom(doc: Document, url = ''): RawPage {
  const metaTags: Record<string, string> = {};
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i += 1) {
    const meta = metas[i]!;
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const content = meta.getAttribute('content');
    if (name && content !== null && !(name in metaTags) && !isSkipped(meta)) metaTags[name] = content;
  }
  const { tables, holdsTable } = findTables(doc);
  return {
    url,
    title: doc.title ?? '',
    metaTags,
    tables: tables.map((table) => ({ rows: ownRows(table, holdsTable), handle: table })),
    blocks: readBlocks(findArticle(doc) ?? doc.body ?? doc.documentElement),
  };
}
