import type { ExtractionIssue } from '../extract/issues';
import { ACTIVE_ROWS, requestsRow, TABLE_NUMBERS, type Format, type RequestsRowKey, type RowKey, type TableId } from '../model/forms';
import { defineRule, type Problem } from './rule';

/** 表三 rows by their short label, 表二 rows by their label in the page's format. */
function rowLabel(table: TableId, row: RowKey, format: Format | null): string {
  if (table === 'requests') return requestsRow(row as RequestsRowKey).short;
  return ACTIVE_ROWS[format ?? '2021'].find((r) => r.key === row)?.label ?? row;
}

/** The problem of an issue this rule reports (its messageId is the issue's kind), or null for other kinds. */
function problemOf(issue: ExtractionIssue, format: Format | null): Problem<'rowsMissing' | 'noDataRow'> | null {
  const cells = issue.cells.map((c) => ({ ...c }));
  switch (issue.kind) {
    case 'rowsMissing':
      return { messageId: issue.kind, cells, data: { table: TABLE_NUMBERS[issue.table], count: issue.rows.length, rows: issue.rows.map((r) => rowLabel(issue.table, r, format)).join('、') } };
    case 'noDataRow':
      return { messageId: issue.kind, cells, data: {} };
    default:
      return null;
  }
}

export default defineRule({
  id: 'table-row-missing',
  severity: 'warning',
  title: '表格缺少应有的行或列',
  description: '按页面所用格式，表中应有的行、列或数据行没有找到（被删去、改名，或无法辨认）。缺少的单元格不参与勾稽核对。',
  tables: [],
  messages: {
    rowsMissing: '{table}未找到 {count} 行：{rows}',
    noDataRow: '表四只有表头，没有找到数据行',
  },
  check(input) {
    return input.extraction.issues.flatMap((issue) => problemOf(issue, input.extraction.format) ?? []);
  },
});
