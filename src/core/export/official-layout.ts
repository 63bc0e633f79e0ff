/**
 * The three tables laid out as the official forms print them (国办公开办函〔2021〕30号 / 〔2019〕60号):
 * label columns then values, rows in official order. Merged cells of the form become one label
 * on the group's first row and blanks below, which is how Excel/WPS shows a pasted merged range.
 */
import type { Extraction, ExtractedTable } from '../extract/tables';
import {
  ACTIVE_ROWS, cellKey, REQUESTS_COLUMNS, requestsRowsFor, REVIEW_CELLS, REVIEW_GROUPS, TABLE_TITLES, type Format, type TableId,
} from '../model/forms';

export interface LaidOutTable {
  id: TableId;
  title: string;
  rows: string[][];
  /** parallel to rows: the cellKey of each value cell, null for labels and headers */
  keys: (string | null)[][];
}

type Layout = { rows: string[][]; keys: (string | null)[][] };
const noKeys = (rows: string[][]) => rows.map((r) => r.map(() => null));

/** A value as the page printed it: the number, or the text (blank, "/", "—") where there is none. */
function shown(table: ExtractedTable | undefined, row: string, column: string): string {
  const cell = table?.cells.get(row, column);
  if (!cell) return '';
  return cell.value !== null ? String(cell.value) : cell.text;
}

function activeLayout(table: ExtractedTable | undefined, format: Format): Layout {
  const rows: string[][] = [];
  const keys: (string | null)[][] = [];
  const specs = ACTIVE_ROWS[format];
  const width = 1 + Math.max(...specs.map((s) => s.columns.length));
  const pad = <T>(cells: T[], fill: T) => [...cells, ...Array<T>(width - cells.length).fill(fill)];
  let item = '';
  for (const spec of specs) {
    if (spec.item !== item) {
      item = spec.item;
      rows.push(pad([item], ''), pad(['信息内容', ...spec.columns.map((c) => c.label)], ''));
      keys.push(pad<string | null>([], null), pad<string | null>([], null));
    }
    rows.push(pad([spec.label, ...spec.columns.map((c) => shown(table, spec.key, c.key))], ''));
    keys.push(pad<string | null>([null, ...spec.columns.map((c) => cellKey({ table: 'active', row: spec.key, column: c.key }))], null));
  }
  return { rows, keys };
}

function requestsLayout(table: ExtractedTable | undefined, format: Format): Layout {
  const blank3 = ['', '', ''];
  const rows: string[][] = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''],
    [...blank3, '自然人', '法人或其他组织', '', '', '', '', '总计'],
    [...blank3, '', ...REQUESTS_COLUMNS.slice(1, 6).map((c) => c.label), ''],
  ];
  const keys: (string | null)[][] = noKeys(rows);
  let previousGroups: string[] = [];
  for (const spec of requestsRowsFor(format)) {
    const labels = ['', '', ''];
    spec.groups.forEach((group, level) => {
      if (previousGroups[level] !== group) labels[level] = group;
    });
    labels[spec.groups.length] = spec.label;
    previousGroups = spec.groups;
    rows.push([...labels, ...REQUESTS_COLUMNS.map((c) => shown(table, spec.key, c.key))]);
    keys.push([null, null, null, ...REQUESTS_COLUMNS.map((c): string | null => cellKey({ table: 'requests', row: spec.key, column: c.key }))]);
  }
  return { rows, keys };
}

function reviewLayout(table: ExtractedTable | undefined): Layout {
  const results = REVIEW_CELLS.map((c) => c.label);
  const header = [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    [...results, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    ['', '', '', '', '', ...results, ...results],
  ];
  return {
    rows: [...header, REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map((c) => shown(table, g.key, c.key)))],
    keys: [...noKeys(header), REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map((c) => cellKey({ table: 'review', row: g.key, column: c.key })))],
  };
}

/** The tables the page has, laid out; the format decides the rows (2021 when undecided). */
export function layOutTables(extraction: Extraction): LaidOutTable[] {
  const format = extraction.format ?? '2021';
  const out: LaidOutTable[] = [];
  const { active, requests, review } = extraction.tables;
  if (active) out.push({ id: 'active', title: TABLE_TITLES.active, ...activeLayout(active, format) });
  if (requests) out.push({ id: 'requests', title: TABLE_TITLES.requests, ...requestsLayout(requests, format) });
  if (review) out.push({ id: 'review', title: TABLE_TITLES.review, ...reviewLayout(review) });
  return out;
}
