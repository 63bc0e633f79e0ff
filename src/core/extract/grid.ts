/**
 * toGrid: the HTML table model as an occupancy grid (after axe-core's to-grid). Every slot holds
 * the id of the cell that covers it, so a finding on any slot leads back to the real <td>.
 * Span errors found in real pages are recorded in `anomalies`, never hidden and never thrown.
 */
import type { RawTable } from './raw';

export interface GridCell {
  id: number;
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  handle: unknown;
}

export interface Grid {
  cells: GridCell[];
  /** slots[row][col] = id of the covering cell, or -1 for a hole */
  slots: number[][];
  width: number;
  anomalies: string[];
}

/** Widest grid we build: HTML allows colspan up to 1000, no report table needs more than this. */
export const MAX_GRID_WIDTH = 256;

export function toGrid(table: RawTable): Grid {
  const cells: GridCell[] = [];
  const slots: number[][] = table.rows.map(() => []);
  const anomalies: string[] = [];
  const groupEnd: number[] = [];
  for (let r = table.rows.length - 1; r >= 0; r -= 1) {
    const next = table.rows[r + 1];
    groupEnd[r] = next && next.group === table.rows[r]!.group ? groupEnd[r + 1]! : r + 1;
  }

  table.rows.forEach((row, r) => {
    let x = 0;
    for (const raw of row.cells) {
      const line = slots[r]!;
      while (line[x] !== undefined) x += 1;
      if (x >= MAX_GRID_WIDTH) {
        anomalies.push(`row ${r + 1}: cells beyond column ${MAX_GRID_WIDTH} ignored`);
        break;
      }
      const end = groupEnd[r]!;
      let rowSpan = raw.rowSpan === 0 ? end - r : raw.rowSpan;
      if (r + rowSpan > end) {
        anomalies.push(`row ${r + 1}: rowspan ${raw.rowSpan} runs past the end of its row group`);
        rowSpan = end - r;
      }
      const colSpan = Math.min(raw.colSpan, MAX_GRID_WIDTH - x);
      const cell: GridCell = { id: cells.length, text: raw.text, row: r, col: x, rowSpan, colSpan, handle: raw.handle };
      cells.push(cell);
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const target = slots[r + dr]!;
        for (let dc = 0; dc < colSpan; dc += 1) {
          if (target[x + dc] === undefined) target[x + dc] = cell.id;
          else anomalies.push(`row ${r + dr + 1}, column ${x + dc + 1}: cells overlap`);
        }
      }
      x += colSpan;
    }
  });

  const width = slots.reduce((w, line) => Math.max(w, line.length), 0);
  for (const line of slots) for (let c = 0; c < width; c += 1) if (line[c] === undefined) line[c] = -1;
  return { cells, slots, width, anomalies };
}

export interface RowCell {
  cell: GridCell;
  /** true when the cell starts on this row; false when it spans down from a row above */
  own: boolean;
}

/**
 * Visit the distinct cells covering a row, left to right, without allocating. A cell covers a
 * rectangle, so its slots in a row are adjacent, except where cells overlap (always recorded
 * in `anomalies`): only then is a set of seen ids needed.
 */
export function forEachRowCell(grid: Grid, r: number, visit: (cell: GridCell, own: boolean) => void): void {
  const line = grid.slots[r];
  if (!line) return;
  const seen = grid.anomalies.length > 0 ? new Set<number>() : null;
  let previous = -1;
  for (const id of line) {
    if (id < 0 || id === previous || seen?.has(id)) continue;
    previous = id;
    seen?.add(id);
    const cell = grid.cells[id]!;
    visit(cell, cell.row === r);
  }
}
