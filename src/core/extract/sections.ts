/**
 * The stream's rows sorted into the three tables. A header row opens its table's section; a row
 * label opens or continues one; a section does not run on into an unrelated <table>, except 表三
 * (split over page breaks) and a 表四 whose header stands in a <table> of its own. Nothing is
 * placed here: each table's rows go to its placer with what the section knew of its header.
 */
import type { ActiveRowKey, RequestsColumnKey, RequestsRowKey, TableId } from '../model/forms';
import { headerOf, readActiveHeader, requestsHeaderColumns, type ActiveHeader, type HeaderColumns } from './headers';
import { matchActiveRow, matchRequestsRow, nearActiveRow } from './labels';
import { isBlank, splitRow, type RowParts, type StreamCell, type StreamRow } from './row-stream';
import { tidyText } from './text';

/** A 表二 row, with the last header seen before it (none: the format's columns decide). */
export interface ActiveRow {
  key: ActiveRowKey;
  row: StreamRow;
  parts: RowParts;
  /** the row's label cell, for messages and format signals */
  labelCell: StreamCell;
  header: ActiveHeader | null;
  /** the form's label, when the printed one is a misprint of it */
  official?: string;
}

/** A 表三 row with its label, or a row of 表三 whose label is no row of the format (`key` null). */
export interface RequestsRow {
  key: RequestsRowKey | null;
  row: StreamRow;
  parts: RowParts;
  /** the row's own label (its last label cell), whole when broken over two lines: as printed, and normalized */
  label: Label;
  /** read by a misprinted label's wording, or by its place in the fixed order (exact: absent) */
  matched?: 'wording' | 'place';
  /** an unread label near official rows: their labels, and whether one stands at this place */
  near?: { labels: string[]; inPlace: boolean };
  /** position in the stream: rows near each other are compared for values one row off */
  at: number;
  /** the 表三 header's column positions, when the section's header rows name every column */
  header: HeaderColumns<RequestsColumnKey> | null;
}

/** 表四: its one row of values (the 15 numbers, unlabelled), and any row of values after it. */
export interface ReviewRows {
  data: { row: StreamRow; values: StreamCell[]; headerRows: StreamRow[] } | null;
  extra: StreamCell[][];
}

export interface Sections {
  active: ActiveRow[];
  requests: RequestsRow[];
  review: ReviewRows;
  /** a header row of the table was seen */
  headerSeen: Record<TableId, boolean>;
}

interface Section {
  kind: TableId;
  tableIndex: number;
  headerRows: StreamRow[];
  /** 表三 column positions from the header rows so far: computed when first asked, again after a header row is added */
  requestsHeader?: HeaderColumns<RequestsColumnKey> | null;
}

const requestsHeader = (section: Section): HeaderColumns<RequestsColumnKey> | null =>
  section.requestsHeader === undefined ? (section.requestsHeader = requestsHeaderColumns(section.headerRows)) : section.requestsHeader;

export function readSections(stream: StreamRow[]): Sections {
  const out: Sections = { active: [], requests: [], review: { data: null, extra: [] }, headerSeen: { active: false, requests: false, review: false } };
  let section: Section | null = null;
  let activeHeader: ActiveHeader | null = null;

  const enter = (kind: TableId, row: StreamRow, header: boolean): Section => {
    if (!section || section.kind !== kind) section = { kind, tableIndex: row.tableIndex, headerRows: [] };
    section.tableIndex = row.tableIndex;
    if (header) {
      section.headerRows.push(row);
      out.headerSeen[kind] = true;
      delete section.requestsHeader;
    }
    return section;
  };

  const activeRow = (key: ActiveRowKey, row: StreamRow, plainParts: RowParts): ActiveRow => {
    enter('active', row, false);
    const parts = activeHeader ? splitRow(row, activeHeader.firstValueColumn) : plainParts;
    return { key, row, parts, labelCell: parts.labels.at(-1) ?? row.cells[0]!, header: activeHeader };
  };

  stream.forEach((row, at) => {
    // Headers first: they set the section and the column positions.
    const header = headerOf(row);
    if (header === 'requests' || header === 'review') {
      enter(header, row, true);
      return;
    }
    const plainParts = splitRow(row, null);
    const activeKey = matchActiveRow(plainParts);
    if (header === 'active' && !activeKey) {
      enter('active', row, true);
      activeHeader = readActiveHeader(row) ?? activeHeader;
      return;
    }
    if (section && section.tableIndex !== row.tableIndex && section.kind !== 'requests'
      && !(section.kind === 'review' && !out.review.data)) section = null;
    const current = section as Section | null;

    if (activeKey && current?.kind !== 'requests') {
      out.active.push(activeRow(activeKey, row, plainParts));
      return;
    }

    const inRequests = current?.kind === 'requests';
    const firstValueColumn = inRequests ? requestsHeader(current)?.[0]?.col ?? null : null;
    const parts = firstValueColumn !== null ? splitRow(row, firstValueColumn) : plainParts;
    const requestsKey = matchRequestsRow(parts, inRequests);
    if (requestsKey && (inRequests || current?.kind !== 'review')) {
      const s = enter('requests', row, false);
      out.requests.push({ key: requestsKey, row, parts, label: leafLabel(parts), at, header: requestsHeader(s) });
      return;
    }

    // A misprinted 表二 label is read only inside 表二, and only when no 表三 label matched.
    const misprint = current?.kind === 'active' && hasNumbers(plainParts) ? nearActiveRow(plainParts) : null;
    if (misprint) {
      out.active.push({ ...activeRow(misprint.key, row, plainParts), official: misprint.official });
      return;
    }

    if (current?.kind === 'review') {
      const review = out.review;
      const values = plainParts.values;
      // Rows without numbers before the data row are the header's (its three rows over one row of 15 numbers).
      if (!values.some((v) => v.parsed.kind !== 'text') || (review.data && values.every(isBlank))) {
        if (!review.data) current.headerRows.push(row);
      } else if (review.data) review.extra.push(values);
      else review.data = { row, values, headerRows: [...current.headerRows] };
      return;
    }

    // A row of 表三 with no 表三 label: a misprint to read, a label's second line, or numbers to report.
    if (inRequests && current.tableIndex === row.tableIndex && (parts.leaf !== '' || hasNumbers(parts))) {
      out.requests.push({ key: null, row, parts, label: leafLabel(parts), at, header: requestsHeader(current) });
    }
  });
  return out;
}

const hasNumbers = (parts: RowParts): boolean => parts.values.some((v) => v.parsed.kind === 'number');

/** The label of a row as printed, for messages: its label cells' text, tidied. */
export const printedLabel = (parts: RowParts): string => tidyText(parts.labels.map((l) => l.cell.text).join(''));

/** A label as printed (untidied) and as the matcher sees it (normalizeLabel). */
export interface Label {
  text: string;
  norm: string;
}

/** The row's own last label cell (none: the row's labels all span from above). */
function leafLabel(parts: RowParts): Label {
  const leaf = parts.labels.findLast((c) => c.own);
  return leaf ? { text: leaf.cell.text, norm: leaf.norm } : { text: '', norm: '' };
}
