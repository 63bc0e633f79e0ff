/**
 * The cells of the decided format that a table found on the page does not have: every one is
 * named by an issue (table-row-missing), so that no value of the format goes missing unsaid.
 */
import { formCells, formRows, type CellPointer, type Format, type RowKey, type TableId } from '../model/forms';
import type { CellTable } from './cells';
import type { ExtractionIssue } from './issues';

/** The tables found, and whether 表四's row of values was. */
export interface Found {
  tables: Partial<Record<TableId, CellTable>>;
  reviewData: boolean;
}

export function missingCells(format: Format, { tables, reviewData }: Found): ExtractionIssue[] {
  const issues: ExtractionIssue[] = [];
  for (const table of ['requests', 'active', 'review'] as const) {
    const cells = tables[table];
    if (!cells) continue;
    if (table === 'review' && !reviewData) {
      issues.push({ kind: 'noDataRow', table, cells: formCells(table, format) });
      continue;
    }
    // Rows with none of their cells, then the cells missing from rows that were read.
    const rows: RowKey[] = [];
    const whole: CellPointer[] = [];
    const rest: CellPointer[] = [];
    for (const { row, columns } of formRows(table, format)) {
      const read = cells.columns(row);
      if (!read) rows.push(row);
      for (const column of columns) if (!read?.has(column)) (read ? rest : whole).push({ table, row, column });
    }
    if (rows.length > 0) issues.push({ kind: 'rowsMissing', table, rows, cells: whole });
    if (rest.length > 0) issues.push({ kind: 'cellsMissing', table, cells: rest });
  }
  return issues;
}
