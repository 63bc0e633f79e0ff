/**
 * detect: is this page an annual report? It runs on every page the content script sees, so it
 * reads the title, two meta tags in <head>, the URL, and the first cell of at most 40 tables
 * (bounded: a layout table's first cell may hold the whole page).
 */

const TITLE = /(政府信息公开|政务公开|信息公开).{0,12}(年度报告|年报|工作报告)|信息公开年报/;
const URL_HINT = /xxgknb|zfxxgknb|gknb|ndbg|xxgkndbg/i;
// The first cell of 表三 (its corner note), of 表二 (第二十条第（一）项) and of 表四 (行政复议).
const FIRST_CELL = /勾稽关系|第二十条|^行政复议/;
const MAX_TABLES_TO_SCAN = 40;
const FIRST_CELL_CHARS = 80;

export interface Detection {
  isReport: boolean;
  reason: string;
}

/**
 * The node after `node` in document order inside `root`, not entering `node` when `enter` is
 * false. A loop, not recursion: a hostile page nests elements thousands deep.
 */
function nextNode(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Up to `limit` characters of an element's text, without reading the rest of it. */
function textPrefix(el: Element, limit: number): string {
  let out = '';
  for (let node: Node | null = el.firstChild; node && out.length < limit; node = nextNode(node, el, true)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
  }
  return out;
}

/** The first cell of a table, not looking into nested tables. */
function firstCell(table: Element): Element | null {
  for (let node: Node | null = table.firstChild; node; ) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'TD' || tag === 'TH') return node as Element;
    node = nextNode(node, table, tag !== 'TABLE');
  }
  return null;
}

function metaContent(doc: Document, name: string): string {
  for (const meta of Array.from(doc.head?.getElementsByTagName('meta') ?? [])) {
    if (meta.getAttribute('name') === name) return meta.getAttribute('content') ?? '';
  }
  return '';
}

export function detect(doc: Document, url = ''): Detection {
  const title = doc.title ?? '';
  if (TITLE.test(title)) return { isReport: true, reason: `标题：${title.slice(0, 60)}` };
  const articleTitle = metaContent(doc, 'ArticleTitle');
  if (TITLE.test(articleTitle)) return { isReport: true, reason: `ArticleTitle：${articleTitle.slice(0, 60)}` };
  const column = metaContent(doc, 'ColumnName');
  if (/年报|年度报告/.test(column)) return { isReport: true, reason: `栏目：${column}` };
  const tables = doc.getElementsByTagName('table');
  const count = Math.min(tables.length, MAX_TABLES_TO_SCAN);
  for (let i = 0; i < count; i += 1) {
    const first = firstCell(tables[i]!);
    const text = first ? textPrefix(first, FIRST_CELL_CHARS).replace(/\s+/g, '') : '';
    if (FIRST_CELL.test(text)) return { isReport: true, reason: `表格：${text.slice(0, 30)}` };
  }
  if (URL_HINT.test(url) && tables.length > 0) return { isReport: true, reason: `网址：${url}` };
  return { isReport: false, reason: '标题、栏目和表格都不像政府信息公开工作年度报告' };
}
