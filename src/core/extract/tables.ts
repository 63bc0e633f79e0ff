/**
 * From grids to the three keyed tables (表二 active, 表三 requests, 表四 review), in steps:
 * the rows of all tables as one stream (row-stream), sorted into the three tables (sections),
 * each table's values placed at their keys (place-*), the format decided from the labels of one
 * format only (format), and the rows of that format not found (missing). Nothing is guessed:
 * what cannot be placed is reported as an issue.
 */
import type { Format, TableId } from '../model/forms';
import { CellTable } from './cells';
import { decideFormat, type FormatSignal } from './format';
import type { Grid } from './grid';
import type { ExtractionIssue } from './issues';
import { missingCells } from './missing';
import { placeActive } from './place-active';
import { placeRequests } from './place-requests';
import { placeReview } from './place-review';
import { rowStream } from './row-stream';
import { readLabels } from './requests-labels';
import { readSections } from './sections';
import type { LabelWording } from './wording';

export { CellTable, type CellSource, type ExtractedCell } from './cells';
export type { FormatSignal } from './format';
export type { ExtractionIssue } from './issues';
export type { LabelWording } from './wording';

export interface ExtractedTable {
  cells: CellTable;
}

export interface Extraction {
  tables: Partial<Record<TableId, ExtractedTable>>;
  format: Format | null;
  formatSignals: FormatSignal[];
  issues: ExtractionIssue[];
  /** labels read although printed otherwise than the form (label-wording) */
  wordings: LabelWording[];
}

export function extractTables(grids: Grid[], yearHint: number | null): Extraction {
  const sections = readSections(rowStream(grids));
  const underHeaders = placeActive(sections.active.filter((r) => r.header), null);
  const requests = placeRequests(readLabels(sections.requests));
  const review = placeReview(sections.review);
  const format = decideFormat([...underHeaders.signals, ...requests.signals], yearHint);
  // 表二 rows printed before any header are read with the decided format's columns.
  const headerless = placeActive(sections.active.filter((r) => !r.header), format);

  const active = headerless.cells.size === 0 ? underHeaders.cells : CellTable.of([...underHeaders.cells.all(), ...headerless.cells.all()]);
  const tables: Partial<Record<TableId, CellTable>> = {};
  if (active.size > 0) tables.active = active;
  if (sections.headerSeen.requests || requests.rowsRead >= 3) tables.requests = requests.cells;
  if (sections.headerSeen.review) tables.review = review.cells;

  const issues = [...underHeaders.issues, ...headerless.issues, ...requests.issues, ...review.issues];
  if (format) issues.push(...missingCells(format, { tables, reviewData: sections.review.data !== null }));
  return {
    tables: Object.fromEntries(Object.entries(tables).map(([id, cells]) => [id, { cells }])),
    // with no table read there is nothing the format was judged from (the year alone is a hint)
    format: Object.keys(tables).length > 0 ? format : null,
    formatSignals: [...underHeaders.signals, ...requests.signals, ...headerless.signals],
    issues,
    wordings: [...underHeaders.wordings, ...headerless.wordings, ...requests.wordings, ...review.wordings],
  };
}
