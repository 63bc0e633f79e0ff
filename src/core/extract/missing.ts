/** Rows of the decided format that a table found on the page does not have (table-row-missing). */
import { ACTIVE_ROWS, REQUESTS_COLUMNS, requestsRowsFor, REVIEW_CELLS, REVIEW_GROUPS, type Format, type TableId } from '../model/forms';
import type { CellTable } from './cells';
import type { ExtractionIssue } from './issues';

/** The tables found, and whether 表四's row of values was. */
export interface Found {
  tables: Partial<Record<TableId, CellTable>>;
  reviewData: boolean;
}

export function missingRows(format: Format, { tables, reviewData }: Found): ExtractionIssue[] {
  const issues: ExtractionIssue[] = [];
  const { active, requests, review } = tables;
  if (requests) {
    const missing = requestsRowsFor(format).filter((r) => requests.row(r.key).length === 0);
    if (missing.length > 0) {
      issues.push({
        kind: 'rowsMissing', table: 'requests', rows: missing.map((r) => r.key),
        cells: missing.flatMap((r) => REQUESTS_COLUMNS.map((c) => ({ table: 'requests' as const, row: r.key, column: c.key }))),
      });
    }
  }
  if (active) {
    const missing = ACTIVE_ROWS[format].filter((r) => active.row(r.key).length === 0);
    if (missing.length > 0) {
      issues.push({
        kind: 'rowsMissing', table: 'active', rows: missing.map((r) => r.key),
        cells: missing.flatMap((r) => r.columns.map((c) => ({ table: 'active' as const, row: r.key, column: c.key }))),
      });
    }
  }
  if (review && !reviewData) {
    issues.push({
      kind: 'noDataRow', table: 'review',
      cells: REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map((c) => ({ table: 'review' as const, row: g.key, column: c.key }))),
    });
  }
  return issues;
}
