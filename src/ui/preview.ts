/**
 * The panel's table previews: the three tables in a compact form of the official layout that
 * fits the panel without sideways scrolling — one narrow label column of short row names (the
 * full label on hover), short column heads, the values as printed, and each cell's mark.
 * (The copied and exported tables keep the full official layout: export/layout.ts.)
 */
import type { Extraction, ExtractedTable } from '../core/extract/tables';
import type { CellMark } from '../core/marks';
import { ACTIVE_ROWS, cellKey, REQUESTS_COLUMNS, requestsRowsFor, REVIEW_CELLS, REVIEW_GROUPS, TABLE_TITLES, type Format, type TableId } from '../core/model/forms';

export interface PreviewCell {
  text: string;
  /** the cell's full name, for the hover title */
  title: string;
  mark?: Pick<CellMark, 'severity' | 'suspect' | 'operand' | 'ruleIds'>;
}

export type PreviewRow =
  /** column heads for the rows below: short names, full names on hover */
  | { kind: 'head'; label: string; heads: { text: string; title: string }[] }
  | { kind: 'data'; label: string; title: string; cells: PreviewCell[] };

export interface Preview {
  id: TableId;
  /** 表二, 表三, 表四 */
  short: string;
  title: string;
  rows: PreviewRow[];
}

const SHORT_TABLE: Record<TableId, string> = { active: '表二', requests: '表三', review: '表四' };

/** Short column heads: the panel is 420 px wide and 表三 has seven value columns. */
const SHORT_HEADS: Record<string, string> = {
  naturalPerson: '自然人', commercial: '商业', research: '科研', socialWelfare: '公益', legalService: '法律', otherOrg: '其他', total: '总计',
  upheld: '维持', corrected: '纠正', other: '其他', pending: '未结',
  newlyMade: '新制作', newlyPublished: '新公开', totalPublished: '公开总数', previousYear: '上年项目', change: '增/减', decisions: '处理决定',
  projects: '采购项目', amount: '金额', issued: '制发', repealed: '废止', inForce: '现行有效',
};
const SHORT_GROUPS: Record<string, string> = { reconsideration: '行政复议', litigationDirect: '诉讼·直接起诉', litigationAfterReconsideration: '诉讼·复议后起诉' };

function valueCell(table: ExtractedTable | undefined, id: TableId, row: string, column: string, title: string, marks: Map<string, CellMark>): PreviewCell {
  const cell = table?.cells.get(row, column);
  const text = !cell ? '' : cell.value !== null && !cell.unit ? String(cell.value) : cell.text;
  const mark = marks.get(cellKey({ table: id, row, column }));
  return mark ? { text, title, mark: { severity: mark.severity, suspect: mark.suspect, operand: mark.operand, ruleIds: mark.ruleIds } } : { text, title };
}

function requestsRows(table: ExtractedTable, format: Format, marks: Map<string, CellMark>): PreviewRow[] {
  const rows: PreviewRow[] = [{ kind: 'head', label: '', heads: REQUESTS_COLUMNS.map((c) => ({ text: SHORT_HEADS[c.key]!, title: c.key === 'total' || c.key === 'naturalPerson' ? c.label : `法人或其他组织·${c.label}` })) }];
  for (const spec of requestsRowsFor(format)) {
    const title = [...spec.groups, spec.label].join(' ');
    rows.push({ kind: 'data', label: spec.short, title, cells: REQUESTS_COLUMNS.map((c) => valueCell(table, 'requests', spec.key, c.key, `${spec.short}·${c.label}`, marks)) });
  }
  return rows;
}

function reviewRows(table: ExtractedTable, marks: Map<string, CellMark>): PreviewRow[] {
  return [
    { kind: 'head', label: '', heads: REVIEW_CELLS.map((c) => ({ text: SHORT_HEADS[c.key]!, title: c.label })) },
    ...REVIEW_GROUPS.map((g): PreviewRow => ({
      kind: 'data', label: SHORT_GROUPS[g.key]!, title: g.label,
      cells: REVIEW_CELLS.map((c) => valueCell(table, 'review', g.key, c.key, `${g.label}·${c.label}`, marks)),
    })),
  ];
}

function activeRows(table: ExtractedTable, format: Format, marks: Map<string, CellMark>): PreviewRow[] {
  const rows: PreviewRow[] = [];
  let heads = '';
  for (const spec of ACTIVE_ROWS[format]) {
    const columns = spec.columns.map((c) => c.key).join(',');
    if (columns !== heads) {
      heads = columns;
      rows.push({ kind: 'head', label: '', heads: spec.columns.map((c) => ({ text: SHORT_HEADS[c.key]!, title: c.label })) });
    }
    rows.push({ kind: 'data', label: spec.label, title: `${spec.item} ${spec.label}`, cells: spec.columns.map((c) => valueCell(table, 'active', spec.key, c.key, `${spec.label}·${c.label}`, marks)) });
  }
  return rows;
}

/** The tables the page has, in the compact layout; the format decides the rows (2021 when undecided). */
export function previews(extraction: Extraction, marks: Map<string, CellMark>): Preview[] {
  const format = extraction.format ?? '2021';
  const { active, requests, review } = extraction.tables;
  const out: Preview[] = [];
  const add = (id: TableId, rows: PreviewRow[]) => out.push({ id, short: SHORT_TABLE[id], title: TABLE_TITLES[id], rows });
  if (active) add('active', activeRows(active, format, marks));
  if (requests) add('requests', requestsRows(requests, format, marks));
  if (review) add('review', reviewRows(review, marks));
  return out;
}
