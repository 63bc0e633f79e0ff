/**
 * The stream's rows sorted into the three tables. A header row opens its table's section; a row
 * label opens or continues one; a section does not run on into an unrelated <table>, except 表三
 * (split over page breaks) and a 表四 whose header stands in a <table> of its own. Nothing is
 * placed here: each table's rows go to its placer with what the section knew of its header.
 */
import { REQUESTS_COLUMNS, type ActiveRowKey, type RequestsColumnKey, type RequestsRowKey, type TableId } from '../model/forms';
import { headerColumns, headerOf, readActiveHeader, type ActiveHeader, type HeaderColumns } from './headers';
import { matchActiveRow, matchRequestsRow } from './labels';
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
}

/** A 表三 row with its label, or values on a row with no 表三 label (`key` null). */
export interface RequestsRow {
  key: RequestsRowKey | null;
  row: StreamRow;
  parts: RowParts;
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
  /** 表三 column positions from the header rows so far (recomputed when one is added) */
  requestsHeader: HeaderColumns<RequestsColumnKey> | null;
}

export function readSections(stream: StreamRow[]): Sections {
  const out: Sections = { active: [], requests: [], review: { data: null, extra: [] }, headerSeen: { active: false, requests: false, review: false } };
  let section: Section | null = null;
  let activeHeader: ActiveHeader | null = null;

  const enter = (kind: TableId, row: StreamRow, header: boolean): Section => {
    if (!section || section.kind !== kind) section = { kind, tableIndex: row.tableIndex, headerRows: [], requestsHeader: null };
    section.tableIndex = row.tableIndex;
    if (header) {
      section.headerRows.push(row);
      out.headerSeen[kind] = true;
      if (kind === 'requests') section.requestsHeader = headerColumns(section.headerRows, REQUESTS_COLUMNS);
    }
    return section;
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
      enter('active', row, false);
      const parts = activeHeader ? splitRow(row, activeHeader.firstValueColumn) : plainParts;
      out.active.push({ key: activeKey, row, parts, labelCell: parts.labels.at(-1) ?? row.cells[0]!, header: activeHeader });
      return;
    }

    const inRequests = current?.kind === 'requests';
    const firstValueColumn = inRequests ? current.requestsHeader?.[0]?.col ?? null : null;
    const parts = firstValueColumn !== null ? splitRow(row, firstValueColumn) : plainParts;
    const requestsKey = matchRequestsRow(parts, inRequests);
    if (requestsKey && (inRequests || current?.kind !== 'review')) {
      const s = enter('requests', row, false);
      out.requests.push({ key: requestsKey, row, parts, at, header: s.requestsHeader });
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

    // Numbers on a row of 表三 that has no 表三 label: kept to be reported, never placed.
    if (inRequests && current.tableIndex === row.tableIndex && parts.values.some((v) => v.parsed.kind === 'number')) {
      out.requests.push({ key: null, row, parts, at, header: current.requestsHeader });
    }
  });
  return out;
}

/** The label of a row as printed, for messages: its label cells' text, tidied. */
export const printedLabel = (parts: RowParts): string => tidyText(parts.labels.map((l) => l.cell.text).join(''));
