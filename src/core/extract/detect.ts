/**
 * detect: is this page an annual report? It runs on every page the content script sees, so it
 * reads only the title, two meta tags and the URL, and looks inside tables only when there are
 * a few of them and nothing else has decided (design doc: "How reports look on real pages").
 */

const TITLE = /(政府信息公开|政务公开|信息公开).{0,12}(年度报告|年报|工作报告)|信息公开年报/;
const URL_HINT = /xxgknb|zfxxgknb|gknb|ndbg|xxgkndbg/i;
const TABLE_LABELS = ['本年新收政府信息公开申请数量', '勾稽关系', '上年结转政府信息公开申请数量'];
const MAX_TABLES_TO_SCAN = 40;

export interface Detection {
  isReport: boolean;
  reason: string;
}

export function detect(doc: Document, url = ''): Detection {
  const title = doc.title ?? '';
  if (TITLE.test(title)) return { isReport: true, reason: `标题：${title.slice(0, 60)}` };
  const articleTitle = doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';
  if (TITLE.test(articleTitle)) return { isReport: true, reason: `ArticleTitle：${articleTitle.slice(0, 60)}` };
  const column = doc.querySelector('meta[name="ColumnName"]')?.getAttribute('content') ?? '';
  if (/年报|年度报告/.test(column)) return { isReport: true, reason: `栏目：${column}` };
  const tables = doc.getElementsByTagName('table');
  if (tables.length > 0 && tables.length <= MAX_TABLES_TO_SCAN) {
    for (const table of Array.from(tables)) {
      // Only innermost tables: a layout table's text is the whole page.
      if (table.getElementsByTagName('table').length > 0) continue;
      const text = (table.textContent ?? '').replace(/\s+/g, '');
      const label = TABLE_LABELS.find((l) => text.includes(l));
      if (label) return { isReport: true, reason: `表格标签：${label}` };
    }
  }
  if (URL_HINT.test(url) && tables.length > 0) return { isReport: true, reason: `网址：${url}` };
  return { isReport: false, reason: '标题、栏目和表格都不像政府信息公开工作年度报告' };
}
