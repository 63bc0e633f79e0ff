/**
 * 表三: each labelled row's seven values mapped to the applicant columns (by order, or by the
 * header's positions when the count is off). A label printed twice is read once; values on rows
 * without a 表三 label are reported, never moved to a row they might belong to.
 */
import { REQUESTS_COLUMNS, requestsRow, type RequestsRowKey } from '../model/forms';
import { CellTable, extractedCell, pointerOf, type ExtractedCell } from './cells';
import type { ExtractionIssue, UnlabelledRow } from './issues';
import { mapValues } from './map-values';
import { labelFit, requestsDeviations } from './requests-labels';
import type { Placed } from './place';
import { isBlank } from './row-stream';
import { printedLabel, type RequestsRow } from './sections';
import { tidyText } from './text';

const COLUMN_KEYS = REQUESTS_COLUMNS.map((c) => c.key);

/** `rowsRead`: how many labelled rows were read (three or more make a 表三 without a header). */
export function placeRequests(rows: RequestsRow[]): Placed & { rowsRead: number } {
  const out: Placed = { cells: new CellTable(), issues: [], signals: [], wordings: [] };
  /** the rows read, in the order they were (last) read */
  const read = new Map<RequestsRowKey, RequestsRow>();
  /** each row's cells; a row read again keeps its place */
  const cellsOf = new Map<RequestsRowKey, ExtractedCell[]>();
  for (const row of rows) {
    const key = row.key;
    if (key === null) continue;
    const earlier = read.get(key);
    // A label's tail on a row of its own ("补正后申请内容仍" / "不明确"): nothing to read there.
    if (earlier && row.parts.values.every(isBlank)) continue;
    // Two rows with values under one label: the one printed as the form prints the row is read;
    // the other is some other row misprinted ("（一）部分公开" where （一）予以公开 stands) and is
    // left unread, never read in its place. Printed alike, the first is read.
    const twice = earlier !== undefined && !earlier.parts.values.every(isBlank);
    const fit = twice ? labelFit(key, row.label) - labelFit(key, earlier.label) : 0;
    if (twice && fit <= 0) {
      out.issues.push(fit < 0
        ? { kind: 'rowOutOfPlace', table: 'requests', row: key, printed: tidyText(row.label.text), cells: [] }
        : { kind: 'rowTwice', table: 'requests', row: key, cells: [] });
      continue;
    }
    const { mapped, problem } = mapValues(row.parts.values, row.header ? row.header.map((h) => h.key) : COLUMN_KEYS, row.header);
    if (problem) {
      out.issues.push({ ...problem, table: 'requests', label: requestsRow(key).label, cells: [] });
      if (!twice) read.delete(key);
      continue;
    }
    if (twice) out.issues.push({ kind: 'rowOutOfPlace', table: 'requests', row: key, printed: tidyText(earlier.label.text), cells: [] });
    // The row read before (a blank head of the label above its values, or a misprint) gives way.
    read.delete(key);
    read.set(key, row);
    cellsOf.set(key, mapped.map(({ key: column, cell }) => extractedCell('requests', key, column, row.row.tableIndex, cell)));
  }

  // The 2021 format splits （六）其他处理 into three rows: a row of one format only is a signal.
  for (const key of read.keys()) {
    const spec = requestsRow(key);
    const cells = cellsOf.get(key)!;
    if (spec.formats.length === 1 && cells.length > 0) {
      out.signals.push({ format: spec.formats[0]!, label: spec.label, cells: cells.map(pointerOf), source: cells[0]!.source });
    }
  }
  for (const [key, row] of read) {
    for (const d of requestsDeviations(key, row)) out.wordings.push({ table: 'requests', ...d, byPlace: row.matched === 'place', cells: cellsOf.get(key)!.map(pointerOf) });
  }
  // A misprinted column label, with the cells read under it.
  const misprintedHeaders = new Set<NonNullable<RequestsRow['header']>>();
  for (const row of read.values()) if (row.header?.some((c) => c.wording)) misprintedHeaders.add(row.header);
  for (const header of misprintedHeaders) {
    for (const column of header) {
      if (!column.wording) continue;
      const cells = [...read].filter(([, r]) => r.header === header).flatMap(([key]) => cellsOf.get(key)!.filter((c) => c.column === column.key).map(pointerOf));
      out.wordings.push({ table: 'requests', ...column.wording, cells });
    }
  }
  // A 2019 （六）其他处理 row that is only the group label above the 2021 sub-rows is not a row.
  if (cellsOf.has('other.noCorrection') && cellsOf.get('other')?.every((c) => c.kind === 'blank')) cellsOf.delete('other');

  const unlabelled = rows.filter((r) => r.key === null);
  if (unlabelled.length > 0) out.issues.push(unlabelledIssue(unlabelled, [...read.values()], cellsOf));
  for (const cells of cellsOf.values()) for (const cell of cells) out.cells.set(cell);
  return { ...out, rowsRead: read.size };
}

/**
 * Values on a row whose label is not a 表三 row (design doc: "values printed one row away from
 * their label"). The numbers are not moved: the labelled rows nearby that are blank are named,
 * and the reader is told where the numbers sit.
 */
function unlabelledIssue(unlabelled: RequestsRow[], read: RequestsRow[], cellsOf: Map<RequestsRowKey, ExtractedCell[]>): ExtractionIssue {
  const blankRowsNear = read.filter((r) =>
    r.parts.values.every(isBlank) && unlabelled.some((u) => Math.abs(u.at - r.at) <= unlabelled.length + 2));
  const rows = unlabelled.map((u): UnlabelledRow => {
    const row: UnlabelledRow = { label: printedLabel(u.parts), values: u.parts.values.map((v) => tidyText(v.cell.text)) };
    if (u.near) row.near = u.near;
    return row;
  });
  const blankRows = blankRowsNear.map((r) => r.key!);
  const cells = blankRows.flatMap((key) => (cellsOf.get(key) ?? []).map(pointerOf));
  return blankRows.length > 0
    ? { kind: 'valuesBesideBlankRows', table: 'requests', rows, blankRows, cells }
    : { kind: 'valuesWithoutLabel', table: 'requests', rows, cells };
}
