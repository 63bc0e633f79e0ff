import type { ExtractionIssue, UnlabelledRow } from '../extract/issues';
import { requestsRow, TABLE_NUMBERS, type TableId } from '../model/forms';
import { defineRule, type Problem } from './support/rule';

/** "表二「规章」", or "表四" for a row without a label. */
const rowName = (table: TableId, label: string | null): string => (label === null ? TABLE_NUMBERS[table] : `${TABLE_NUMBERS[table]}「${label}」`);
const printed = (values: string[]): string => values.map((v) => v || '空').join(' ');
const unlabelled = (rows: UnlabelledRow[]): string => rows.map((r) => `「${r.label || '无标签'}」行${nearNote(r)}：${printed(r.values)}`).join('；');

/** Why a label near official rows was not read as one of them. */
function nearNote({ near }: UnlabelledRow): string {
  if (!near) return '';
  const labels = near.labels.map((l) => `「${l}」`).join('');
  if (near.labels.length > 1) return `（与${labels}都相近，不能确定是哪一行）`;
  return near.inPlace ? `（与${labels}相近）` : `（与${labels}相近，但不在该行的位置）`;
}

type Kind = 'valueCount' | 'headerMismatch' | 'valueSpansColumns' | 'rowShifted' | 'rowTwice' | 'rowOutOfPlace' | 'extraReviewRow' | 'noHeader' | 'valuesWithoutLabel' | 'valuesBesideBlankRows';

/** The problem of an issue this rule reports (its messageId is the issue's kind), or null for other kinds. */
function problemOf(issue: ExtractionIssue): Problem<Kind> | null {
  const cells = issue.cells.map((c) => ({ ...c }));
  switch (issue.kind) {
    case 'valueCount': case 'headerMismatch': case 'valueSpansColumns': case 'rowShifted':
      return { messageId: issue.kind, cells, data: { row: rowName(issue.table, issue.label), values: issue.values, columns: issue.columns } };
    case 'rowTwice':
      return { messageId: issue.kind, cells, data: { row: rowName(issue.table, requestsRow(issue.row).label) } };
    case 'rowOutOfPlace':
      return { messageId: issue.kind, cells, data: { row: rowName(issue.table, requestsRow(issue.row).label), printed: issue.printed } };
    case 'extraReviewRow':
      return { messageId: issue.kind, cells, data: { values: printed(issue.values) } };
    case 'noHeader':
      return { messageId: issue.kind, cells, data: { row: rowName(issue.table, issue.label) } };
    case 'valuesWithoutLabel':
      return { messageId: issue.kind, cells, data: { rows: unlabelled(issue.rows) } };
    case 'valuesBesideBlankRows':
      return { messageId: issue.kind, cells, data: { rows: unlabelled(issue.rows), blankRows: issue.blankRows.map((r) => requestsRow(r).short).join('、') } };
    default:
      return null;
  }
}

export default defineRule({
  id: 'table-row-misaligned',
  severity: 'warning',
  category: 'table',
  title: '数值与行标签错位，未能读取',
  description: '有数值落在没有标签的行上，或一行的数值个数与表头的列数对不上。本工具不猜测数值应归哪一格：这些数值没有读入，请人工核对。',
  tables: [],
  messages: {
    valueCount: '{row}：该行有 {values} 个数值格，应为 {columns} 个，未读取',
    headerMismatch: '{row}：{values} 个数值格与表头 {columns} 列对不上，未读取',
    valueSpansColumns: '{row}：数值格跨越多列，无法与表头 {columns} 列一一对应，未读取',
    rowShifted: '{row}：该行有 {values} 个数值格，有数值落在表头各列之外，疑似整行错位，未读取',
    rowTwice: '{row}出现两次，只读取第一次',
    rowOutOfPlace: '{row}出现两次：印作「{printed}」的一行与该行的写法不符，其数值未读取，也不猜测它属于哪一行',
    extraReviewRow: '表四数据行之后还有一行数值（{values}），未读取',
    noHeader: '{row}没有可用的表头，未读取',
    valuesWithoutLabel: '表三有数值落在没有对应标签的行上（{rows}），未读取',
    valuesBesideBlankRows: '表三有数值落在没有对应标签的行上（{rows}），而 {blankRows} 行为空：数值可能错行，未挪用',
  },
  check(input) {
    return input.extraction.issues.flatMap((issue) => problemOf(issue) ?? []);
  },
});
