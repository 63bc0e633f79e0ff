import type { ExtractionIssue } from '../extract/issues';
import { ACTIVE_ROWS, cellLabel, requestsRow, REVIEW_GROUPS, TABLE_NUMBERS, type CellPointer, type Format, type RequestsRowKey, type RowKey, type TableId } from '../model/forms';
import { defineRule, listLabels, type Problem } from './support/rule';

/** 表三 rows by their short label, 表二 rows by their label in the page's format, 表四 groups by theirs. */
function rowLabel(table: TableId, row: RowKey, format: Format | null): string {
  if (table === 'requests') return requestsRow(row as RequestsRowKey).short;
  if (table === 'review') return REVIEW_GROUPS.find((g) => g.key === row)?.label ?? row;
  return ACTIVE_ROWS[format ?? '2021'].find((r) => r.key === row)?.label ?? row;
}

/** A cell by its row's label and its column's, 表二's in the page's format. */
function cellName(cell: CellPointer, format: Format | null): string {
  if (cell.table !== 'active') return cellLabel(cell.table, cell.row, cell.column);
  const column = ACTIVE_ROWS[format ?? '2021'].find((r) => r.key === cell.row)?.columns.find((c) => c.key === cell.column)?.label;
  return column ? `${rowLabel('active', cell.row, format)}·${column}` : cellLabel(cell.table, cell.row, cell.column);
}

/** The problem of an issue this rule reports (its messageId is the issue's kind), or null for other kinds. */
function problemOf(issue: ExtractionIssue, format: Format | null): Problem<'rowsMissing' | 'cellsMissing' | 'noDataRow'> | null {
  const cells = issue.cells.map((c) => ({ ...c }));
  switch (issue.kind) {
    case 'rowsMissing':
      return { messageId: issue.kind, cells, data: { table: TABLE_NUMBERS[issue.table], count: issue.rows.length, rows: issue.rows.map((r) => rowLabel(issue.table, r, format)).join('、') } };
    case 'cellsMissing':
      return { messageId: issue.kind, cells, data: { table: TABLE_NUMBERS[issue.table], count: issue.cells.length, cells: listLabels(issue.cells.map((c) => cellName(c, format))) } };
    case 'noDataRow':
      return { messageId: issue.kind, cells, data: {} };
    default:
      return null;
  }
}

export default defineRule({
  id: 'table-row-missing',
  severity: 'warning',
  category: 'table',
  title: '表格缺少应有的行或列',
  description: '按页面所用格式，表中应有的行、列或数据行没有找到（被删去、改名，或无法辨认）。缺少的单元格不参与勾稽核对。',
  tables: [],
  messages: {
    rowsMissing: '{table}未找到 {count} 行：{rows}',
    cellsMissing: '{table}按格式应有的 {count} 个单元格没有读到：{cells}',
    noDataRow: '表四只有表头，没有找到数据行',
  },
  check(input) {
    return input.extraction.issues.flatMap((issue) => problemOf(issue, input.extraction.format) ?? []);
  },
});
