/**
 * The header rows of the three tables: which table a header row belongs to, and where its columns
 * sit in the grid (so that values can be mapped by position when their count is off).
 */
import { ACTIVE_HEADER_COLUMNS, REVIEW_CELLS, type ActiveColumnKey, type ColumnSpec, type Format, type TableId } from '../model/forms';
import type { GridCell } from './grid';
import { anyLabel, type StreamCell, type StreamRow } from './row-stream';

const REQUESTS_HEADER = /勾稽关系|申请人情况|^自然人$|^商业企业$|^法人或其他组织$|^科研机构$/;
const REVIEW_HEADER = /^行政复议$|^行政诉讼$|未经复议直接起诉|^复议后起诉$/;
const ACTIVE_HEADER = new RegExp(['^第二十条', '^信息内容$', ...ACTIVE_HEADER_COLUMNS.map((h) => h.column.pattern.source)].join('|'));
/** Any of the three headers' words: most rows are data rows, passed over with one test a label. */
const ANY_HEADER = new RegExp([REQUESTS_HEADER, REVIEW_HEADER, ACTIVE_HEADER].map((p) => p.source).join('|'));

/**
 * The table whose header the row is, or null. 'active' only names 表二's header words: a row that
 * also has a 表二 row label is a data row (the caller knows).
 */
export function headerOf(row: StreamRow): TableId | null {
  if (!anyLabel(row, ANY_HEADER)) return null;
  if (anyLabel(row, REQUESTS_HEADER) && !anyLabel(row, /本年新收|上年结转/)) return 'requests';
  if (anyLabel(row, REVIEW_HEADER)) return 'review';
  if (row.cells.some(({ isLabel, norm }) => isLabel && norm.length < 20 && ACTIVE_HEADER.test(norm))) return 'active';
  return null;
}

/** Header columns: key → grid column where its header cell starts, left to right. */
export type HeaderColumns<K> = { key: K; col: number; colSpan: number }[];

/** Where each column's header cell sits in the header rows; null unless every column is found. */
export function headerColumns<K extends string>(rows: StreamRow[], specs: readonly ColumnSpec<K>[]): HeaderColumns<K> | null {
  const found: HeaderColumns<K> = [];
  for (const spec of specs) {
    let hit: GridCell | undefined;
    for (const row of rows) {
      hit = row.cells.find((c) => spec.pattern.test(c.norm))?.cell;
      if (hit) break;
    }
    if (!hit) return null;
    found.push({ key: spec.key, col: hit.col, colSpan: hit.colSpan });
  }
  return found.sort((a, b) => a.col - b.col);
}

/**
 * 表四's 15 leaf header cells (结果维持 … 总计, three times) by position, numbered 0–14 in
 * printed order; null unless the header spells all of them out.
 */
export function reviewHeaderColumns(headerRows: StreamRow[]): HeaderColumns<number> | null {
  const unique = new Map<GridCell, StreamCell>();
  for (const row of headerRows) for (const c of row.cells) unique.set(c.cell, c);
  const leafs = [...unique.values()]
    .filter((c) => REVIEW_CELLS.some((x) => x.label === c.norm))
    .sort((a, b) => a.cell.col - b.cell.col);
  if (leafs.length !== REVIEW_CELLS.length * 3) return null;
  return leafs.map((c, i) => ({ key: i, col: c.cell.col, colSpan: c.cell.colSpan }));
}

export interface ActiveHeader {
  /** key null: a label of neither format, kept so that later values stay in order */
  columns: { key: ActiveColumnKey | null; format: Format; labelCell: StreamCell }[];
  /** the grid column of the first column label: row labels stand left of it */
  firstValueColumn: number;
}

/**
 * A 表二 header row: the column labels after 信息内容 (or from the first known column label
 * when 信息内容 is missing).
 */
export function readActiveHeader(row: StreamRow): ActiveHeader | null {
  const labelIndex = row.cells.findIndex((c) => c.norm === '信息内容');
  const start = labelIndex >= 0 ? labelIndex + 1
    : row.cells.findIndex((c) => ACTIVE_HEADER_COLUMNS.some((h) => h.column.pattern.test(c.norm)));
  if (start < 0 || start >= row.cells.length) return null;
  const columns: ActiveHeader['columns'] = [];
  for (const c of row.cells.slice(start)) {
    const text = c.norm;
    if (text === '') continue;
    const match = ACTIVE_HEADER_COLUMNS.find((h) => h.column.pattern.test(text));
    columns.push({ key: match?.column.key ?? null, format: match?.format ?? '2021', labelCell: c });
  }
  if (columns.length === 0) return null;
  return { columns, firstValueColumn: row.cells[start]!.cell.col };
}
