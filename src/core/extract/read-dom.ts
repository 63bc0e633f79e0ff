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

function spanAttribute(el: Element, name: string, fallback: number): number {
  const raw = el.getAttribute(name);
  if (raw === null) return fallback;
  const n = Number.parseInt(raw.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, MAX_SPAN_ATTRIBUTE);
}

/** The rows that belong to this table itself (not to a table nested in one of its cells). */
function ownRows(table: Element): RawRow[] {
  const rows: RawRow[] = [];
  let group = 0;
  const visitSection = (section: Element): void => {
    for (const child of Array.from(section.children)) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'TR') rows.push({ group, cells: ownCells(child), handle: child });
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

function ownCells(tr: Element): RawCell[] {
  const cells: RawCell[] = [];
  for (const child of Array.from(tr.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    cells.push({
      // A cell that holds a nested table keeps only its own text; the nested table is read apart.
      text: child.getElementsByTagName('table').length > 0 ? '' : elementText(child),
      rowSpan: spanAttribute(child, 'rowspan', 1),
      colSpan: Math.max(1, spanAttribute(child, 'colspan', 1)),
      handle: child,
    });
  }
  return cells;
}

/** The element that most probably holds the article (design doc: common content containers). */
export function findArticleRoot(doc: Document): Element {
  const selectors = [
    '.TRS_Editor', '#zoom', '.Custom_UnionStyle', '#ivs_content', '.article-content', '#content',
    '.content', 'article', '.article', '#article', '.main-txt', '.zw', '#zw',
  ];
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (el && el.getElementsByTagName('table').length + (el.textContent?.length ?? 0) > 200) return el;
  }
  return doc.body ?? doc.documentElement;
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
      if (text === '') continue;
      const heading = /^H[1-6]$/.test(tag);
      blocks.push({ kind: heading ? 'heading' : 'text', text, handle: child });
    }
  };
  walk(root);
  return blocks;
}

export function readDom(doc: Document, url = ''): RawPage {
  const metaTags: Record<string, string> = {};
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const content = meta.getAttribute('content');
    if (name && content !== null && !(name in metaTags)) metaTags[name] = content;
  }
  const tables: RawTable[] = Array.from(doc.getElementsByTagName('table')).map((table) => ({
    rows: ownRows(table),
    handle: table,
  }));
  const root = findArticleRoot(doc);
  return {
    url,
    title: doc.title ?? '',
    metaTags,
    tables,
    blocks: readBlocks(root),
  };
}
