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

/** Up to `limit` characters of an element's text, without reading the rest of it. */
function textPrefix(el: Element, limit: number): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && walk(child)) return true;
      if (out.length >= limit) return true;
    }
    return false;
  };
  walk(el);
  return out;
}

/** The first cell of a table, not looking into nested tables. */
function firstCell(table: Element): Element | null {
  const search = (el: Element): Element | null => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'TD' || tag === 'TH') return child;
      if (tag === 'TABLE') continue;
      const found = search(child);
      if (found) return found;
    }
    return null;
  };
  return search(table);
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
