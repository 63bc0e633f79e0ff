/**
 * All rows of all tables as one stream in document order, each cell's text read once.
 *
 * Real pages split one 表二 over several <table>s, break 表三 across page breaks, or put everything
 * in one table (design doc "How reports look on real pages"), so the tables are found in the
 * stream, not per <table>. Each row splits into label cells and value cells.
 */
import { forEachRowCell, type Grid, type GridCell, type RowCell } from './grid';
import { hasHan, readCell, type ParsedCell } from './text';

/** A cell as a row sees it, with its text read once: normalized label and parsed value. */
export interface StreamCell extends RowCell {
  norm: string;
  parsed: ParsedCell;
  /** has Han characters and is not a number, blank or placeholder */
  isLabel: boolean;
}

export interface StreamRow {
  /** index of the <table> in the page */
  tableIndex: number;
  row: number;
  cells: StreamCell[];
}

export interface RowParts {
  labels: StreamCell[];
  values: StreamCell[];
  /** normalized text of the last label cell that starts on this row */
  leaf: string;
  /** normalized text of all label cells that start on this row */
  own: string;
}

export const isBlank = (c: StreamCell): boolean => c.parsed.kind === 'blank';

const PROSE: ParsedCell = { kind: 'text', value: null };

/** Longer than any label of the formats with its padding (the longest is about 45 characters). */
const MAX_LABEL_CHARS = 160;

export function rowStream(grids: Grid[]): StreamRow[] {
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
  return stream;
}

/**
 * Split a row into labels and values. With a known first value column (from the header) the
 * split is by position; without one, leading label cells (and blank placeholders among them) are
 * labels and everything after the last label is a value.
 */
export function splitRow(row: StreamRow, firstValueColumn: number | null): RowParts {
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

/** A label cell of the row matches: header words are all Chinese, so numbers need no test. */
export const anyLabel = (row: StreamRow, pattern: RegExp): boolean => row.cells.some((c) => c.isLabel && pattern.test(c.norm));
