/**
 * The header rows of the three tables: which table a header row belongs to, and where its columns
 * sit in the grid (so that values can be mapped by position when their count is off).
 */
import { ACTIVE_HEADER_COLUMNS, REQUESTS_COLUMNS, REVIEW_CELLS, REVIEW_GROUPS, type ActiveColumnKey, type ColumnSpec, type Format, type RequestsColumnKey, type TableId } from '../model/forms';
import type { GridCell } from './grid';
import { anyLabel, type StreamCell, type StreamRow } from './row-stream';
import { normalizeLabel } from './text';
import { editDistance, official, tolerance, within, wordsOf, type Deviation, type Official } from './wording';

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

/** A column of a header: where its label starts in the grid; with both wordings when it is misprinted. */
export interface HeaderColumn<K> {
  key: K;
  col: number;
  colSpan: number;
  wording?: Deviation & { byPlace: boolean };
}

/** Header columns, left to right. */
export type HeaderColumns<K> = HeaderColumn<K>[];

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

/** 表三's applicant columns, by their labels; misprinted ones read as below. */
export function requestsHeaderColumns(rows: StreamRow[]): HeaderColumns<RequestsColumnKey> | null {
  return headerColumns(rows, REQUESTS_COLUMNS) ?? alignLeaves(leafLabels(rows), REQUESTS_COLUMNS);
}

/** 表四's 15 leaves in printed order (结果维持 … 总计 for each group), keyed 0–14. */
const REVIEW_LEAVES = REVIEW_GROUPS.flatMap(() => REVIEW_CELLS).map((c, i) => ({ key: i, label: c.label }));

/**
 * 表四's 15 leaf header cells (结果维持 … 总计, three times) by position, numbered 0–14 in
 * printed order; null unless the header spells all of them out, misprints read as below.
 */
export function reviewHeaderColumns(headerRows: StreamRow[]): HeaderColumns<number> | null {
  const unique = new Map<GridCell, StreamCell>();
  for (const row of headerRows) for (const c of row.cells) unique.set(c.cell, c);
  const leafs = [...unique.values()]
    .filter((c) => REVIEW_CELLS.some((x) => x.label === c.norm))
    .sort((a, b) => a.cell.col - b.cell.col);
  if (leafs.length === REVIEW_LEAVES.length) return leafs.map((c, i) => ({ key: i, col: c.cell.col, colSpan: c.cell.colSpan }));
  return alignLeaves(leafLabels(headerRows), REVIEW_LEAVES);
}

/** A header label standing in its grid column alone; split over rows ("结" / "果维持"), read whole. */
interface Leaf {
  col: number;
  colSpan: number;
  printed: string;
}

/** Group labels (法人或其他组织, 行政诉讼 …) span three columns or more; leaves one or two. */
const MAX_LEAF_SPAN = 2;

function leafLabels(rows: StreamRow[]): Leaf[] {
  const byColumn = new Map<number, StreamCell[]>();
  const seen = new Set<GridCell>();
  for (const row of rows) {
    for (const c of row.cells) {
      if (!c.isLabel || c.cell.colSpan > MAX_LEAF_SPAN || seen.has(c.cell)) continue;
      seen.add(c.cell);
      byColumn.set(c.cell.col, [...(byColumn.get(c.cell.col) ?? []), c]);
    }
  }
  return [...byColumn].sort(([a], [b]) => a - b).map(([col, cells]) => {
    return { col, colSpan: Math.max(...cells.map((c) => c.cell.colSpan)), printed: cells.map((c) => c.cell.text.trim()).join('') };
  });
}

/** The distinct labels of each list of expected columns, with their words. */
const LABELS = new Map<readonly { label: string }[], Official<string>[]>();

/**
 * The expected columns found among a header's leaves in order: each leaf read by its words, or
 * as the one column label it is a misprint of; a leaf that is neither, standing alone where one
 * expected column is left between two found ones, as that column when its words are within a
 * third of its label (or one edit). Null unless every expected column is found.
 */
function alignLeaves<K>(leaves: Leaf[], expected: readonly { key: K; label: string }[]): HeaderColumns<K> | null {
  if (leaves.length < expected.length) return null;
  const labels = LABELS.get(expected) ?? LABELS.set(expected, [...new Set(expected.map((e) => e.label))].map((l) => official(l, l))).get(expected)!;
  const out: HeaderColumns<K> = [];
  let pending: (Leaf & { words: string }) | null = null;
  const take = (leaf: Leaf & { words: string }, byPlace: boolean): void => {
    const { key, label } = expected[out.length]!;
    const column: HeaderColumn<K> = { key, col: leaf.col, colSpan: leaf.colSpan };
    if (leaf.words !== labels.find((l) => l.key === label)!.words) column.wording = { printed: leaf.printed, official: label, byPlace };
    out.push(column);
  };
  for (const printedLeaf of leaves) {
    if (out.length === expected.length) break;
    const leaf = { ...printedLeaf, words: wordsOf(printedLeaf.printed) };
    const exact = labels.find((l) => l.words === leaf.words);
    const near = exact ? [exact] : within(leaf.words, labels);
    const label = near.length === 1 ? near[0]!.key : null;
    if (label === null) {
      pending = leaf;
      continue;
    }
    if (label === expected[out.length]!.label) take(leaf, false);
    else if (pending && label === expected[out.length + 1]?.label && fitsPlace(pending, expected[out.length]!.label)) {
      take(pending, true);
      take(leaf, false);
    } else if (out.length > 0) return null; // out of order
    pending = null;
  }
  if (pending && out.length === expected.length - 1 && fitsPlace(pending, expected[out.length]!.label)) take(pending, true);
  return out.length === expected.length ? out : null;
}

/** A leaf at the one place left for a column is that column when its words are near enough. */
const fitsPlace = (leaf: { words: string }, label: string): boolean => {
  const words = wordsOf(label);
  const max = Math.max(1, Math.floor(words.length / 3), tolerance(words.length));
  return editDistance(leaf.words, words, max) <= max;
};

export interface ActiveColumn {
  /** null: a label of neither format, kept so that later values stay in order */
  key: ActiveColumnKey | null;
  format: Format;
  labelCell: StreamCell;
  /** the form's label, when the printed one is not its wording */
  official?: string;
}

export interface ActiveHeader {
  columns: ActiveColumn[];
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
  const columns: ActiveColumn[] = [];
  for (const c of row.cells.slice(start)) {
    if (c.norm !== '') columns.push(activeColumn(c));
  }
  if (columns.length === 0) return null;
  return { columns, firstValueColumn: row.cells[start]!.cell.col };
}

/**
 * A unit the page adds after a column label the form prints without one ("采购总金额（元）"): the
 * form's label all the same. Where the form prints a unit ("（单位：万元）"), the unit is wording.
 */
const UNIT_NOTE = /\((?:单位:?)?(?:万元|亿元|元|件|个|项|条)\)$/;
const wordsWithoutUnit = (label: string): string => wordsOf(normalizeLabel(label).replace(UNIT_NOTE, ''));
/** The column labels by their words, a unit the form prints aside (the printed label's unit is put aside too). */
const COLUMN_WORDINGS = [...new Map(ACTIVE_HEADER_COLUMNS.map((h) => [h.column.label, { ...official(h, h.column.label), words: wordsWithoutUnit(h.column.label) }])).values()];

/** The printed label (normalized) says what the form's label says, a unit note added where the form has none aside. */
const NORMALIZED_COLUMNS = new Map(ACTIVE_HEADER_COLUMNS.map((h) => [h.column.label, normalizeLabel(h.column.label)]));
function sameWording(printed: string, label: string): boolean {
  if (printed === NORMALIZED_COLUMNS.get(label)) return true;
  const words = wordsOf(label);
  return wordsOf(printed) === words || (!UNIT_NOTE.test(normalizeLabel(label)) && wordsWithoutUnit(printed) === words);
}

/**
 * A 表二 column label: by its pattern, or else as the one column label of either format it is a
 * misprint of ("本年新制做数量"); with the form's label when the printed one is not its wording.
 */
function activeColumn(c: StreamCell): ActiveColumn {
  const match = ACTIVE_HEADER_COLUMNS.find((h) => h.column.pattern.test(c.norm));
  if (match && sameWording(c.norm, match.column.label)) return { key: match.column.key, format: match.format, labelCell: c };
  // A misprint within reach of one label is that label, even where another's pattern matches:
  // "本念处理决定数量" is 2021's 本年处理决定数量, not 2019's 处理决定数量 (whose pattern excludes 本年).
  const hits = within(wordsWithoutUnit(c.norm), COLUMN_WORDINGS);
  const near = hits.length === 1 ? hits[0]!.key : null;
  const h = near ?? match;
  if (!h) return { key: null, format: '2021', labelCell: c };
  return { key: h.column.key, format: h.format, labelCell: c, official: h.column.label };
}
