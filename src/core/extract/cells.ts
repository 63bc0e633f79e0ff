/** The cells extraction yields: keyed by the report model, each pointing back at its grid cell. */
import type { CellPointer, ColumnKey, RowKey, TableId } from '../model/forms';
import type { GridCell } from './grid';
import type { StreamCell } from './row-stream';
import { tidyText, type CellKind } from './text';

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

/** A value cell of the stream placed at its keys. */
export function extractedCell<T extends TableId>(table: T, row: RowKey<T>, column: ColumnKey<T>, tableIndex: number, read: StreamCell): ExtractedCell {
  const { parsed, norm } = read;
  const raw = read.cell.text;
  // A label form equal to the text means the text has no whitespace to tidy (most values).
  const text = parsed.kind === 'blank' ? '' : norm === raw ? raw : tidyText(raw);
  const cell: ExtractedCell = { table, row, column, text, kind: parsed.kind, value: parsed.value, source: { tableIndex, cell: read.cell } };
  if (parsed.unit) cell.unit = parsed.unit;
  return cell;
}

export const pointerOf = (cell: ExtractedCell): CellPointer => ({ table: cell.table, row: cell.row, column: cell.column });

/**
 * The cells of one table by row key, then column key. Rules look cells up a thousand times a
 * check; two lookups by the keys themselves cost far less than building a joined key each time.
 */
export class CellTable {
  private readonly rows = new Map<string, Map<string, ExtractedCell>>();
  /** all(), kept until the next change: each cell-* rule walks every cell */
  private every: readonly ExtractedCell[] | null = null;

  /** The cells in order; a later cell at the same keys replaces an earlier one. */
  static of(cells: readonly ExtractedCell[]): CellTable {
    const table = new CellTable();
    for (const cell of cells) table.set(cell);
    return table;
  }

  get(row: string, column: string): ExtractedCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  set(cell: ExtractedCell): void {
    this.every = null;
    let row = this.rows.get(cell.row);
    if (!row) this.rows.set(cell.row, (row = new Map()));
    row.set(cell.column, cell);
  }

  /** A row's cells by column key, when the page has the row. */
  columns(row: string): ReadonlyMap<string, ExtractedCell> | undefined {
    return this.rows.get(row);
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
