/**
 * From grids to the three keyed tables (表二 active, 表三 requests, 表四 review).
 *
 * All rows of all tables are read as one stream in document order, because real pages split
 * one 表二 over several <table>s, break 表三 across page breaks, or put everything in one table
 * (design doc "How reports look on real pages"). Each row is split into label cells and value
 * cells; labels are matched to the keys of the report model; values are mapped to columns by
 * their order in the row (header and data colspans often disagree), and by the header's grid
 * positions only when the count is off. Nothing is guessed: what cannot be placed is reported.
 */
import {
  ACTIVE_HEADER_COLUMNS, ACTIVE_ROWS, REQUESTS_COLUMNS, REQUESTS_ROWS, REVIEW_CELLS, REVIEW_GROUPS,
  formatForYear, requestsRowsFor, type ActiveColumnKey, type ActiveRowKey, type CellPointer, type ColumnKey, type ColumnSpec, type Format,
  type RequestsColumnKey, type RequestsRowKey, type RowKey, type TableId,
} from '../model/forms';
import type { ExtractionIssue, MisfitKind } from './issues';
import { forEachRowCell, type Grid, type GridCell, type RowCell } from './grid';
import { hasHan, readCell, tidyText, type CellKind, type ParsedCell } from './text';

export interface CellSource {
  /** index of the <table> in the page */
  tableIndex: number;
  /** the grid cell (its text, position and element handle) */
  cell: GridCell;
}

export interface ExtractedCell extends CellPointer {
  /** the cell's printed text, whitespace tidied */
  text: string;
  kind: CellKind;
  value: number | null;
  unit?: string;
  source: CellSource;
}

/**
 * The cells of one table by row key, then column key. Rules look cells up a thousand times a
 * check; two lookups by the keys themselves cost far less than building a joined key each time.
 */
export class CellTable {
  private readonly rows = new Map<string, Map<string, ExtractedCell>>();
  /** all(), kept until the next change: each cell-* rule walks every cell */
  private every: readonly ExtractedCell[] | null = null;

  get(row: string, column: string): ExtractedCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  set(cell: ExtractedCell): void {
    this.every = null;
    let row = this.rows.get(cell.row);
    if (!row) this.rows.set(cell.row, (row = new Map()));
    row.set(cell.column, cell);
  }

  deleteRow(row: string): void {
    this.every = null;
    this.rows.delete(row);
  }

  /** A row's cells in the order they were read (none when the page lacks the row). */
  row(row: string): ExtractedCell[] {
    return [...(this.rows.get(row)?.values() ?? [])];
  }

  /** Every cell, row by row in the order read. */
  all(): readonly ExtractedCell[] {
    if (this.every) return this.every;
    const out: ExtractedCell[] = [];
    for (const row of this.rows.values()) for (const cell of row.values()) out.push(cell);
    return (this.every = out);
  }

  get size(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.size;
    return n;
  }
}

export interface ExtractedTable {
  cells: CellTable;
}

/** A label on the page that belongs to one of the two formats (design doc: "Differences"). */
export interface FormatSignal {
  format: Format;
  label: string;
  /** the value cells governed by that label, for the finding to name */
  cells: CellPointer[];
  /** the label cell itself, for highlighting when there are no value cells */
  source: CellSource;
}

export type { ExtractionIssue } from './issues';

export interface Extraction {
  tables: Partial<Record<TableId, ExtractedTable>>;
  format: Format | null;
  formatSignals: FormatSignal[];
  issues: ExtractionIssue[];
}

/** A cell as a row sees it, with its text read once: normalized label and parsed value. */
interface StreamCell extends RowCell {
  norm: string;
  parsed: ParsedCell;
  /** has Han characters and is not a number, blank or placeholder */
  isLabel: boolean;
}

interface StreamRow {
  tableIndex: number;
  row: number;
  cells: StreamCell[];
}

interface RowParts {
  labels: StreamCell[];
  values: StreamCell[];
  /** normalized text of the last label cell that starts on this row */
  leaf: string;
  /** normalized text of all label cells that start on this row */
  own: string;
}

const isBlank = (c: StreamCell): boolean => c.parsed.kind === 'blank';

const PROSE: ParsedCell = { kind: 'text', value: null };

/** Longer than any label of the formats with its padding (the longest is about 45 characters). */
const MAX_LABEL_CHARS = 160;

/**
 * Split a row into labels and values. With a known first value column (from the header) the
 * split is by position; without one, leading label cells (and blank placeholders among them) are
 * labels and everything after the last label is a value.
 */
function splitRow(row: StreamRow, firstValueColumn: number | null): RowParts {
  const labels: StreamCell[] = [];
  const values: StreamCell[] = [];
  const cells = row.cells;
  if (firstValueColumn !== null) {
    for (const c of cells) {
      if (c.cell.col < firstValueColumn) {
        if (c.isLabel) labels.push(c);
      } else if (c.own) values.push(c);
    }
    // A label pushed into the value columns by an extra placeholder cell is still a label.
    let pushed = 0;
    while (pushed < values.length && values[pushed]!.isLabel) labels.push(values[pushed++]!);
    if (pushed > 0) values.splice(0, pushed);
  } else {
    // Blank cells among the labels are placeholders for a rowspan (design doc: "Empty <td>
    // placeholders instead of rowspan"); the first number or placeholder ends the labels.
    let end = 0;
    for (let i = 0; i < cells.length; i += 1) {
      const c = cells[i]!;
      if (c.isLabel) end = i + 1;
      else if (!isBlank(c)) break;
    }
    for (let i = 0; i < cells.length; i += 1) {
      const c = cells[i]!;
      if (i < end) {
        if (c.isLabel) labels.push(c);
      } else if (c.own) values.push(c);
    }
  }
  let leaf = '';
  let own = '';
  for (const c of labels) {
    if (!c.own) continue;
    leaf = c.norm;
    own += c.norm;
  }
  return { labels, values, leaf, own };
}

// Generic labels ("总计", "其他") identify a 表三 row only inside 表三.
const GENERIC_REQUESTS_ROWS = new Set<RequestsRowKey>(['total', 'other.other', 'other', 'granted']);

const ANY_REQUESTS_ROW = new RegExp(REQUESTS_ROWS.map((r) => r.pattern.source).join('|'));

function matchRequestsRow(parts: RowParts, inRequests: boolean): RequestsRowKey | null {
  // A row with one label cell has the same leaf and own text: test it once.
  for (const candidate of parts.own === parts.leaf ? [parts.leaf] : [parts.leaf, parts.own]) {
    if (candidate === '' || !ANY_REQUESTS_ROW.test(candidate)) continue;
    for (const spec of REQUESTS_ROWS) {
      if (!inRequests && GENERIC_REQUESTS_ROWS.has(spec.key)) continue;
      if (spec.pattern.test(candidate)) return spec.key;
    }
  }
  return null;
}

const ACTIVE_ROW_SPECS = [...ACTIVE_ROWS['2021'], ...ACTIVE_ROWS['2019']];
const ANY_ACTIVE_ROW = new RegExp(ACTIVE_ROW_SPECS.map((spec) => spec.pattern.source).join('|'));
function matchActiveRow(parts: RowParts): ActiveRowKey | null {
  const leaf = parts.leaf;
  if (!ANY_ACTIVE_ROW.test(leaf)) return null;
  return ACTIVE_ROW_SPECS.find((spec) => spec.pattern.test(leaf))?.key ?? null;
}

/** A label cell of the row matches: header words are all Chinese, so numbers need no test. */
const anyCell = (row: StreamRow, pattern: RegExp): boolean => row.cells.some((c) => c.isLabel && pattern.test(c.norm));
const REQUESTS_HEADER = /勾稽关系|申请人情况|^自然人$|^商业企业$|^法人或其他组织$|^科研机构$/;
const isRequestsHeader = (row: StreamRow): boolean => anyCell(row, REQUESTS_HEADER) && !anyCell(row, /本年新收|上年结转/);
const REVIEW_HEADER = /^行政复议$|^行政诉讼$|未经复议直接起诉|^复议后起诉$/;
const isReviewHeader = (row: StreamRow): boolean => anyCell(row, REVIEW_HEADER);
const ANY_ACTIVE_HEADER = new RegExp(['^第二十条', '^信息内容$', ...ACTIVE_HEADER_COLUMNS.map((h) => h.column.pattern.source)].join('|'));
const isActiveHeader = (row: StreamRow): boolean =>
  row.cells.some(({ isLabel, norm }) => isLabel && norm.length < 20 && ANY_ACTIVE_HEADER.test(norm));
/** Any of the three headers' words: most rows are data rows, passed over with one test a label. */
const ANY_HEADER = new RegExp([REQUESTS_HEADER, REVIEW_HEADER, ANY_ACTIVE_HEADER].map((p) => p.source).join('|'));

function pointerOf(cell: ExtractedCell): CellPointer {
  return { table: cell.table, row: cell.row, column: cell.column };
}

class TableBuilder {
  readonly cells = new CellTable();
  constructor(readonly table: TableId) {}
  put(row: RowKey, column: ColumnKey, tableIndex: number, read: StreamCell): ExtractedCell {
    const { parsed, norm } = read;
    const raw = read.cell.text;
    // A label form equal to the text means the text has no whitespace to tidy (most values).
    const text = parsed.kind === 'blank' ? '' : norm === raw ? raw : tidyText(raw);
    const cell: ExtractedCell = { table: this.table, row, column, text, kind: parsed.kind, value: parsed.value, source: { tableIndex, cell: read.cell } };
    if (parsed.unit) cell.unit = parsed.unit;
    this.cells.set(cell);
    return cell;
  }
}

/** Why mapValues could not map a row, with its count of values and of columns. */
interface Misfit { kind: MisfitKind; values: number; columns: number }

/** Header columns: key → grid column where its header cell starts. */
type HeaderColumns<K = ColumnKey> = { key: K; col: number; colSpan: number }[];

/**
 * Map value cells to column keys: by order when the counts agree (after dropping trailing blank
 * cells the page added), else by the header's grid positions, else not at all.
 */
function mapValues<K>(
  values: StreamCell[], keys: K[], header: HeaderColumns<K> | null,
): { mapped: { key: K; cell: StreamCell }[]; problem: Misfit | null } {
  let cells = values;
  while (cells.length > keys.length && isBlank(cells[cells.length - 1]!)) cells = cells.slice(0, -1);
  if (cells.length === keys.length) return { mapped: keys.map((key, i) => ({ key, cell: cells[i]! })), problem: null };
  if (header && header.length === keys.length) {
    const mapped: { key: K; cell: StreamCell }[] = [];
    for (const h of header) {
      const cover = values.filter((v) => v.cell.col < h.col + h.colSpan && v.cell.col + v.cell.colSpan > h.col);
      if (cover.length !== 1) return { mapped: [], problem: { kind: 'headerMismatch', values: values.length, columns: keys.length } };
      mapped.push({ key: h.key, cell: cover[0]! });
    }
    const used = new Set(mapped.map((m) => m.cell.cell.id));
    if (used.size !== mapped.length) return { mapped: [], problem: { kind: 'valueSpansColumns', values: values.length, columns: keys.length } };
    // A value left outside every header column means the row is shifted: reading it by
    // position would put every number one column off.
    if (values.some((v) => !isBlank(v) && !used.has(v.cell.id))) {
      return { mapped: [], problem: { kind: 'rowShifted', values: values.length, columns: keys.length } };
    }
    return { mapped, problem: null };
  }
  return { mapped: [], problem: { kind: 'valueCount', values: cells.length, columns: keys.length } };
}

function headerColumns<K extends string>(rows: StreamRow[], specs: readonly ColumnSpec<K>[]): HeaderColumns<K> | null {
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

interface ActiveHeader {
  /** key null: a label of neither format, kept so that later values stay in order */
  columns: { key: ActiveColumnKey | null; format: Format; labelCell: StreamCell }[];
  firstValueColumn: number;
}

/**
 * A 表二 header row: the column labels after 信息内容 (or from the first known column label
 * when 信息内容 is missing).
 */
function readActiveHeader(row: StreamRow): ActiveHeader | null {
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

interface Section {
  kind: TableId;
  tableIndex: number;
  headerRows: StreamRow[];
  /** 表三 column positions from the header rows so far (recomputed when one is added) */
  requestsHeader: HeaderColumns<RequestsColumnKey> | null;
}

/** 表四's 15 value cells in printed order: group (row key) and result (column key). */
const REVIEW_KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map((c) => ({ group: g.key, column: c.key })));

export function extractTables(grids: Grid[], yearHint: number | null): Extraction {
  const stream: StreamRow[] = [];
  grids.forEach((grid, tableIndex) => {
    // Each cell's text is read once (by its id in the grid); the rows below a rowspan share it
    // through a second record that only says the cell does not start there.
    const starting: (StreamCell | undefined)[] = new Array(grid.cells.length);
    const spanned: (StreamCell | undefined)[] = new Array(grid.cells.length);
    const streamCell = (cell: GridCell, own: boolean): StreamCell => {
      let f = starting[cell.id];
      if (!f) {
        const text = cell.text;
        // Prose (a layout cell, a paragraph) is never a label or a value of the three tables.
        const { parsed, norm } = text.length > MAX_LABEL_CHARS ? { parsed: PROSE, norm: '' } : readCell(text);
        f = { cell, own: true, norm, parsed, isLabel: parsed.kind === 'text' && norm !== '' && hasHan(text) };
        starting[cell.id] = f;
      }
      if (own) return f;
      return spanned[cell.id] ??= { cell, own: false, norm: f.norm, parsed: f.parsed, isLabel: f.isLabel };
    };
    for (let r = 0; r < grid.slots.length; r += 1) {
      const cells: StreamCell[] = [];
      forEachRowCell(grid, r, (cell, own) => cells.push(streamCell(cell, own)));
      if (cells.length > 0) stream.push({ tableIndex, row: r, cells });
    }
  });

  const active = new TableBuilder('active');
  const requests = new TableBuilder('requests');
  const review = new TableBuilder('review');
  const issues: ExtractionIssue[] = [];
  const signals: FormatSignal[] = [];
  const headerSeen = { active: false, requests: false, review: false };
  const requestsRowOrder: { key: RequestsRowKey; values: StreamCell[]; at: number }[] = [];
  const orphanRows: { at: number; label: string; values: StreamCell[] }[] = [];
  const deferredActive: { key: ActiveRowKey; values: StreamCell[]; labelCell: StreamCell; row: StreamRow }[] = [];
  let section: Section | null = null;
  let activeHeader: ActiveHeader | null = null;
  let reviewDataFound = false;

  const source = (row: StreamRow, c: StreamCell): CellSource => ({ tableIndex: row.tableIndex, cell: c.cell });
  const enter = (kind: TableId, row: StreamRow, header: boolean): Section => {
    if (!section || section.kind !== kind) section = { kind, tableIndex: row.tableIndex, headerRows: [], requestsHeader: null };
    section.tableIndex = row.tableIndex;
    if (header) {
      section.headerRows.push(row);
      headerSeen[kind] = true;
      if (kind === 'requests') section.requestsHeader = headerColumns(section.headerRows, REQUESTS_COLUMNS);
    }
    return section;
  };

  stream.forEach((row, at) => {
    // Headers first: they set the section and the column positions.
    const mayBeHeader = anyCell(row, ANY_HEADER);
    if (mayBeHeader && isRequestsHeader(row)) {
      enter('requests', row, true);
      return;
    }
    if (mayBeHeader && isReviewHeader(row)) {
      enter('review', row, true);
      return;
    }
    const plainParts = splitRow(row, null);
    // 表二 data row: a row label of either format.
    const activeKey = matchActiveRow(plainParts);
    if (mayBeHeader && isActiveHeader(row) && !activeKey) {
      enter('active', row, true);
      activeHeader = readActiveHeader(row) ?? activeHeader;
      return;
    }
    // A section does not run on into an unrelated table, except 表三 split over page breaks.
    if (section && section.tableIndex !== row.tableIndex && section.kind !== 'requests'
      && !(section.kind === 'review' && !reviewDataFound)) section = null;

    const current = section as Section | null;
    if (activeKey && (!current || current.kind !== 'requests')) {
      enter('active', row, false);
      const parts = activeHeader ? splitRow(row, activeHeader.firstValueColumn) : plainParts;
      const labelCell = parts.labels[parts.labels.length - 1] ?? row.cells[0]!;
      if (!activeHeader || activeHeader.columns.length === 0) {
        deferredActive.push({ key: activeKey, values: parts.values, labelCell, row });
        return;
      }
      const header: ActiveHeader = activeHeader;
      const { mapped, problem } = mapValues(parts.values, header.columns.map((c) => c.key), null);
      if (problem) {
        issues.push({ ...problem, table: 'active', label: tidyText(labelCell.cell.text), cells: [] });
        return;
      }
      const placed: ExtractedCell[] = [];
      for (const { key, cell } of mapped) {
        if (key === null) continue;
        const extracted = active.put(activeKey, key, row.tableIndex, cell);
        placed.push(extracted);
        const column = header.columns.find((c) => c.key === key)!;
        signals.push({ format: column.format, label: tidyText(column.labelCell.cell.text), cells: [pointerOf(extracted)], source: source(row, column.labelCell) });
      }
      rowFormatSignal(activeKey, labelCell, row, placed);
      return;
    }

    const inRequests = current?.kind === 'requests';
    const firstValueColumn = inRequests ? requestsFirstValueColumn(current!) : null;
    const parts = firstValueColumn !== null ? splitRow(row, firstValueColumn) : plainParts;
    const requestsKey = matchRequestsRow(parts, inRequests);
    if (requestsKey && (inRequests || current?.kind !== 'review')) {
      placeRequestsRow(requestsKey, parts, row, enter('requests', row, false), at);
      return;
    }

    if (current?.kind === 'review') {
      const numbers = plainParts.values.filter((v) => v.parsed.kind !== 'text');
      if (numbers.length === 0 || plainParts.values.every(isBlank) && reviewDataFound) {
        if (!reviewDataFound) current.headerRows.push(row);
        return;
      }
      if (reviewDataFound) {
        issues.push({ kind: 'extraReviewRow', table: 'review', values: plainParts.values.map((v) => tidyText(v.cell.text)), cells: [] });
        return;
      }
      reviewDataFound = true;
      placeReviewRow(plainParts.values, row, current);
      return;
    }

    if (inRequests && current!.tableIndex === row.tableIndex) {
      const numeric = parts.values.filter((v) => v.parsed.kind === 'number');
      if (numeric.length > 0) orphanRows.push({ at, label: tidyText(parts.labels.map((l) => l.cell.text).join('')), values: parts.values });
    }
  });

  /** The header's columns are sorted by position: the first is where values start. */
  function requestsFirstValueColumn(s: Section): number | null {
    return s.requestsHeader?.[0]?.col ?? null;
  }

  /** Row labels that exist in one format only: 其他对外管理服务事项, 政府集中采购, (行政)规范性文件. */
  function rowFormatSignal(key: ActiveRowKey, labelCell: StreamCell, row: StreamRow, placed: ExtractedCell[]): void {
    const label = labelCell.norm;
    const format: Format | null =
      key === 'otherServices' || key === 'procurement' ? '2019'
        : key === 'normativeDocuments' ? (label.startsWith('行政') ? '2021' : '2019')
          : null;
    if (format) signals.push({ format, label: tidyText(labelCell.cell.text), cells: placed.map(pointerOf), source: source(row, labelCell) });
  }

  function placeRequestsRow(key: RequestsRowKey, parts: RowParts, row: StreamRow, s: Section, at: number): void {
    const header = s.requestsHeader;
    const keys = header ? header.map((h) => h.key) : REQUESTS_COLUMNS.map((c) => c.key);
    const allBlank = parts.values.every(isBlank);
    const existing = requestsRowOrder.find((r) => r.key === key);
    if (existing) {
      // A label's tail on a row of its own ("补正后申请内容仍" / "不明确"): nothing to read there.
      if (allBlank) return;
      if (existing.values.every(isBlank)) {
        requestsRowOrder.splice(requestsRowOrder.indexOf(existing), 1);
      } else {
        issues.push({ kind: 'rowTwice', table: 'requests', row: key, cells: [] });
        return;
      }
    }
    const { mapped, problem } = mapValues(parts.values, keys, header);
    if (problem) {
      issues.push({ ...problem, table: 'requests', label: REQUESTS_ROWS.find((r) => r.key === key)!.label, cells: [] });
      return;
    }
    requestsRowOrder.push({ key, values: parts.values, at });
    for (const { key: column, cell } of mapped) requests.put(key, column, row.tableIndex, cell);
  }

  function placeReviewRow(values: StreamCell[], row: StreamRow, s: Section): void {
    const keys = REVIEW_KEYS.map((_, i) => i);
    // Positions of the 15 leaf header cells, when the header spells them out.
    const unique = new Map<GridCell, StreamCell>();
    for (const c of s.headerRows.flatMap((r) => r.cells)) unique.set(c.cell, c);
    const leafs = [...unique.values()]
      .filter((c) => REVIEW_CELLS.some((x) => x.label === c.norm))
      .sort((a, b) => a.cell.col - b.cell.col);
    const header: HeaderColumns<number> | null = leafs.length === keys.length
      ? leafs.map((c, i) => ({ key: keys[i]!, col: c.cell.col, colSpan: c.cell.colSpan }))
      : null;
    const { mapped, problem } = mapValues(values, keys, header);
    if (problem) {
      issues.push({ ...problem, table: 'review', label: null, cells: [] });
      return;
    }
    for (const { key, cell } of mapped) {
      const { group, column } = REVIEW_KEYS[key]!;
      review.put(group, column, row.tableIndex, cell);
    }
  }

  // 表三 signals: the 2021 format splits （六）其他处理 into three rows.
  for (const r of requestsRowOrder) {
    const format = REQUESTS_ROWS.find((x) => x.key === r.key)!.formats;
    if (format.length === 1) {
      const cells = requests.cells.row(r.key);
      if (cells.length === 0) continue;
      signals.push({ format: format[0]!, label: REQUESTS_ROWS.find((x) => x.key === r.key)!.label, cells: cells.map(pointerOf), source: cells[0]!.source });
    }
  }

  const format = decideFormat(signals, yearHint);

  // 表二 rows seen before any header: map with the decided format's columns.
  for (const d of deferredActive) {
    const spec = format ? ACTIVE_ROWS[format].find((s) => s.key === d.key) : undefined;
    if (!spec) {
      issues.push({ kind: 'noHeader', table: 'active', label: tidyText(d.labelCell.cell.text), cells: [] });
      continue;
    }
    const { mapped, problem } = mapValues(d.values, spec.columns.map((c) => c.key), null);
    if (problem) {
      issues.push({ ...problem, table: 'active', label: spec.label, cells: [] });
      continue;
    }
    const placed = mapped.map(({ key, cell }) => active.put(d.key, key, d.row.tableIndex, cell));
    rowFormatSignal(d.key, d.labelCell, d.row, placed);
  }

  // 2019 （六）其他处理 row that is only the group label above the 2021 sub-rows: not a row.
  if (requests.cells.row('other.noCorrection').length > 0 && requests.cells.row('other').every((c) => c.kind === 'blank')) {
    requests.cells.deleteRow('other');
  }

  reportOrphans(orphanRows, requestsRowOrder, requests, issues);
  const found = {
    active: active.cells.size > 0,
    requests: headerSeen.requests || requestsRowOrder.length >= 3,
    review: headerSeen.review,
  };
  if (format) reportMissing(format, { active, requests, review }, found, reviewDataFound, issues);

  const tables: Partial<Record<TableId, ExtractedTable>> = {};
  for (const [id, builder] of [['active', active], ['requests', requests], ['review', review]] as const) {
    if (found[id]) tables[id] = { cells: builder.cells };
  }
  return { tables, format, formatSignals: signals, issues };
}

/** The format with more signals wins; a tie goes to the report year (2019 format up to 2020). */
export function decideFormat(signals: FormatSignal[], yearHint: number | null): Format | null {
  const count = (f: Format) => signals.filter((s) => s.format === f).length;
  const a = count('2019');
  const b = count('2021');
  if (a > b) return '2019';
  if (b > a) return '2021';
  if (yearHint !== null) return formatForYear(yearHint);
  return null;
}

/**
 * Values on a row whose label is not a 表三 row (design doc: "values printed one row away from
 * their label"). The numbers are not moved: the labelled rows nearby that are blank are named,
 * and the reader is told where the numbers sit.
 */
function reportOrphans(
  orphans: { at: number; label: string; values: StreamCell[] }[],
  placed: { key: RequestsRowKey; values: StreamCell[]; at: number }[],
  requests: TableBuilder,
  issues: ExtractionIssue[],
): void {
  if (orphans.length === 0) return;
  const blankRowsNear = placed.filter((p) =>
    p.values.every(isBlank) && orphans.some((o) => Math.abs(o.at - p.at) <= orphans.length + 2));
  const cells = blankRowsNear.flatMap((p) => requests.cells.row(p.key).map(pointerOf));
  const rows = orphans.map((o) => ({ label: o.label, values: o.values.map((v) => tidyText(v.cell.text)) }));
  issues.push(blankRowsNear.length > 0
    ? { kind: 'valuesBesideBlankRows', table: 'requests', rows, blankRows: blankRowsNear.map((p) => p.key), cells }
    : { kind: 'valuesWithoutLabel', table: 'requests', rows, cells });
}

function reportMissing(
  format: Format,
  builders: Record<TableId, TableBuilder>,
  found: Record<TableId, boolean>,
  reviewDataFound: boolean,
  issues: ExtractionIssue[],
): void {
  if (found.requests) {
    const missing = requestsRowsFor(format).filter((r) => builders.requests.cells.row(r.key).length === 0);
    if (missing.length > 0) {
      issues.push({
        kind: 'rowsMissing', table: 'requests', rows: missing.map((r) => r.key),
        cells: missing.flatMap((r) => REQUESTS_COLUMNS.map((c) => ({ table: 'requests' as const, row: r.key, column: c.key }))),
      });
    }
  }
  if (found.active) {
    const missing = ACTIVE_ROWS[format].filter((r) => builders.active.cells.row(r.key).length === 0);
    if (missing.length > 0) {
      issues.push({
        kind: 'rowsMissing', table: 'active', rows: missing.map((r) => r.key),
        cells: missing.flatMap((r) => r.columns.map((c) => ({ table: 'active' as const, row: r.key, column: c.key }))),
      });
    }
  }
  if (found.review && !reviewDataFound) {
    issues.push({
      kind: 'noDataRow', table: 'review',
      cells: REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map((c) => ({ table: 'review' as const, row: g.key, column: c.key }))),
    });
  }
}
