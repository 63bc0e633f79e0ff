/**
 * readDom: the only code that walks a document. It works on any standard DOM (the live page,
 * linkedom in Node, happy-dom in tests) and returns plain data with element handles.
 */
import type { RawBlock, RawCell, RawPage, RawRow, RawTable } from './raw';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'BR', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'DD', 'DT', 'CENTER',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'OBJECT', 'IFRAME']);
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
        const tag = (child as Element).tagName.toUpperCase();
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
 * A cell's text. One native textContent where nothing inside can separate lines (no <br>, at
 * most one block: Word wraps every cell in one <p>); the node-by-node walk otherwise, so that
 * "1<br>2" stays two tokens instead of reading as 12.
 */
function cellText(cell: Element): string {
  if (cell.firstElementChild === null) return cell.textContent ?? '';
  const blocks = cell.getElementsByTagName('p').length + cell.getElementsByTagName('div').length;
  if (blocks <= 1 && cell.getElementsByTagName('br').length === 0 && cell.getElementsByTagName('table').length === 0
    && cell.getElementsByTagName('script').length + cell.getElementsByTagName('style').length === 0) {
    return cell.textContent ?? '';
  }
  return elementText(cell);
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
    for (const child of Array.from(section.children)) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'TR') rows.push({ group, cells: ownCells(child, holdsTable), handle: child });
      else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
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
  for (const child of Array.from(tr.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
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

const CONTAINER_TAGS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN', 'TD']);

function containerRank(el: Element, tag: string): number {
  if (!CONTAINER_TAGS.has(tag)) return -1;
  const id = el.getAttribute('id');
  const className = el.getAttribute('class');
  if (!id && !className) return -1;
  let best = -1;
  const classes = (className ?? '').split(/\s+/);
  ARTICLE_CONTAINERS.forEach((selector, rank) => {
    if (best >= 0) return;
    const hit = selector.startsWith('#') ? id === selector.slice(1)
      : selector.startsWith('.') ? classes.includes(selector.slice(1))
        : tag === selector.toUpperCase();
    if (hit) best = rank;
  });
  return best;
}

interface Walked {
  tables: Element[];
  metas: Element[];
  /** cells that hold a nested table: their own text is not the cell's */
  holdsTable: Set<Element>;
  /** the best-ranked content container, if any */
  article: Element | null;
}

/** One walk over the document collects everything readDom needs (no selector engine). */
function walkDocument(doc: Document): Walked {
  const out: Walked = { tables: [], metas: [], holdsTable: new Set(), article: null };
  let articleRank = Infinity;
  const openCells: Element[] = [];
  const visit = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'META') out.metas.push(el);
    else if (tag === 'TABLE') {
      out.tables.push(el);
      for (const cell of openCells) out.holdsTable.add(cell);
    }
    const rank = containerRank(el, tag);
    if (rank >= 0 && rank < articleRank && (el.getElementsByTagName('table').length > 0 || (el.textContent?.length ?? 0) > 200)) {
      articleRank = rank;
      out.article = el;
    }
    const isCell = tag === 'TD' || tag === 'TH';
    if (isCell) openCells.push(el);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
    if (isCell) openCells.pop();
  };
  if (doc.documentElement) visit(doc.documentElement);
  return out;
}

const ATTACHMENT = /\.(pdf|docx?|wps|ofd|xlsx?|et|zip|rar)(?:$|[?#])/i;

/** Images and attachment links inside an element, as blocks in document order. */
function mediaBlocks(el: Element): RawBlock[] {
  const out: RawBlock[] = [];
  const visit = (node: Element): void => {
    const tag = node.tagName.toUpperCase();
    if (tag === 'IMG') out.push({ kind: 'image', text: node.getAttribute('alt') ?? '', href: node.getAttribute('src') ?? '', handle: node });
    else if (tag === 'A' && ATTACHMENT.test(node.getAttribute('href') ?? '')) {
      out.push({ kind: 'attachment', text: elementText(node).trim(), href: node.getAttribute('href') ?? '', handle: node });
    }
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(el);
  return out;
}

function readBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || tag === 'TABLE') continue;
      const hasBlockChild = Array.from(child.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()) && c.tagName.toUpperCase() !== 'BR');
      if (hasBlockChild) {
        walk(child);
        continue;
      }
      const text = elementText(child).trim();
      if (text !== '') blocks.push({ kind: /^H[1-6]$/.test(tag) ? 'heading' : 'text', text, handle: child });
      blocks.push(...mediaBlocks(child));
    }
  };
  walk(root);
  return blocks;
}

export function readDom(doc: Document, url = ''): RawPage {
  const walked = walkDocument(doc);
  const metaTags: Record<string, string> = {};
  for (const meta of walked.metas) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const content = meta.getAttribute('content');
    if (name && content !== null && !(name in metaTags)) metaTags[name] = content;
  }
  return {
    url,
    title: doc.title ?? '',
    metaTags,
    tables: walked.tables.map((table) => ({ rows: ownRows(table, walked.holdsTable), handle: table })),
    blocks: readBlocks(walked.article ?? doc.body ?? doc.documentElement),
  };
}
