/**
 * A table continued on the next page is one table: the parts are stacked on one set of column
 * lines, and what the page break cut is put back together —
 * - a group label cut in two ("（四）无" above, "法提供" below; or the text above and an empty
 *   continuation below) is one cell again, as its row span was before the break;
 * - a row that itself broke over the page (LibreOffice, Chromium and Word allow it:
 *   "3.危及“三安全一稳" above, "定”" below) is one row again;
 * - a column the lower part does not draw (Chromium leaves out the borders of a row-spanning
 *   cell after the break) is the spanning cell above, continued;
 * - header rows repeated at the top of the lower part are dropped.
 * Value cells never span rows, so two numbers are never joined.
 */
import type { PdfCellHandle } from './page-data';
import type { TablePart } from './table-parts';

/** Parts are one table when one of their outer sides is this close… */
const SAME_EDGE = 3;
/** …and most column lines of the part with fewer are lines of the other (within this). */
const SAME_COLUMN_LINE = 1.5;
const SHARED_COLUMN_LINES = 0.75;

export interface TableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  handle: PdfCellHandle;
}

export interface JoinedTable {
  parts: TablePart[];
  rows: number;
  cells: TableCell[];
}

/** Whether `next` (first on its page) continues `previous` (last on the page before). */
export function continues(previous: TablePart, next: TablePart): boolean {
  if (next.page !== previous.page + 1) return false;
  const sameLeft = Math.abs(previous.box.x0 - next.box.x0) <= SAME_EDGE;
  const sameRight = Math.abs(previous.box.x1 - next.box.x1) <= SAME_EDGE;
  if (!sameLeft && !sameRight) return false;
  const [fewer, more] = next.xs.length <= previous.xs.length ? [next.xs, previous.xs] : [previous.xs, next.xs];
  const shared = fewer.filter((x) => more.some((p) => Math.abs(p - x) <= SAME_COLUMN_LINE)).length;
  return shared >= SHARED_COLUMN_LINES * fewer.length;
}

/** The column lines of all parts, near ones as one. */
function unionColumnLines(parts: readonly TablePart[]): number[] {
  const all = parts.flatMap((p) => p.xs).sort((a, b) => a - b);
  const lines: number[][] = [];
  for (const x of all) {
    const last = lines[lines.length - 1];
    if (last && x - last[last.length - 1]! <= SAME_COLUMN_LINE) last.push(x);
    else lines.push([x]);
  }
  return lines.map((group) => group.reduce((s, x) => s + x, 0) / group.length);
}

function nearest(lines: readonly number[], x: number): number {
  let best = 0;
  lines.forEach((line, i) => {
    if (Math.abs(line - x) < Math.abs(lines[best]! - x)) best = i;
  });
  return best;
}

const VALUE = /^[-+]?[\d０-９][\d０-９,，.．]*%?$/;
/** How list items start: 一、 （一） 1. 1、 (1) ① */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、]|[①-⑳])/;

const isValue = (text: string): boolean => VALUE.test(text.replace(/\s+/g, ''));
const startsItem = (text: string): boolean => ENUMERATOR.test(text.trim());
const sameColumns = (a: TableCell, b: TableCell): boolean => a.col === b.col && a.colSpan === b.colSpan;

/**
 * A label cell cut by the page break: same columns on both sides, no number in either, one of
 * them spanning rows (it labels a group), and the lower text not starting a new item.
 */
function cutByBreak(above: TableCell, below: TableCell): boolean {
  if (!sameColumns(above, below) || isValue(above.text) || isValue(below.text)) return false;
  if (above.rowSpan < 2 && below.rowSpan < 2) return false;
  return below.text === '' || above.text === '' || !startsItem(below.text);
}

/** The part's first row as it stands, with the union columns it leaves undrawn. */
interface FirstRow {
  cells: TableCell[];
  undrawn: (col: number) => boolean;
}

/**
 * The first row below the break finishes the last row above it: the same cells on both sides
 * (but for columns the lower part leaves undrawn), nothing below that is a number or starts a
 * new item, and some cell below left empty where the one above has text (a header row under a
 * data row, all cells full, is a new row).
 */
function finishesRow(above: readonly TableCell[], below: FirstRow): boolean {
  if (!below.cells.every((b) => above.some((a) => sameColumns(a, b)))) return false;
  const unmatched = above.filter((a) => !below.cells.some((b) => sameColumns(a, b)));
  if (!unmatched.every((a) => Array.from({ length: a.colSpan }, (_, k) => a.col + k).every(below.undrawn))) return false;
  if (below.cells.some((b) => isValue(b.text) || startsItem(b.text))) return false;
  return below.cells.some((b) => b.text === '' && above.find((a) => sameColumns(a, b))!.text !== '');
}

/** Text continued over the break; digits on both sides stay apart (a number is never guessed). */
const continueText = (a: string, b: string): string => (/\d$/.test(a) && /^\d/.test(b) ? `${a}\n${b}` : a + b);

/** Which slots of a part (rows × union columns) its own cells cover. */
function coveredSlots(cells: readonly TableCell[], rows: number, columns: number): boolean[][] {
  const covered = Array.from({ length: rows }, () => new Array<boolean>(columns).fill(false));
  for (const c of cells) for (let r = c.row; r < c.row + c.rowSpan; r += 1) for (let k = c.col; k < c.col + c.colSpan; k += 1) covered[r]![k] = true;
  return covered;
}

/** A cell as one comparable string: place, spans and text. */
const cellKey = (c: TableCell): string => `${c.row}:${c.col}:${c.rowSpan}:${c.colSpan}:${c.text.replace(/\s+/g, '')}`;

/**
 * How many rows at the top of a lower part repeat the first rows of the table (Word's "repeat
 * as header row", Chromium's <thead> on every page): the same cells, spans and texts.
 */
function repeatedHeaderRows(first: readonly TableCell[], placed: readonly TableCell[], partRows: number): number {
  for (let n = partRows - 1; n >= 1; n -= 1) {
    const within = (cells: readonly TableCell[]) => cells.filter((c) => c.row < n);
    const head = within(placed);
    if (head.length === 0 || head.some((c) => c.row + c.rowSpan > n)) continue;
    const keys = (cells: readonly TableCell[]) => cells.map(cellKey).sort().join('\n');
    if (keys(head) === keys(within(first))) return n;
  }
  return 0;
}

/** The parts of one table (in page order) as one grid. */
export function joinParts(parts: readonly TablePart[]): JoinedTable {
  const lines = unionColumnLines(parts);
  const cells: TableCell[] = [];
  let firstPart: TableCell[] = [];
  let rows = 0;
  parts.forEach((part, k) => {
    const columnOf = (c: number) => nearest(lines, part.xs[c]!);
    let placed: TableCell[] = part.cells.map((cell) => ({
      row: cell.row, col: columnOf(cell.col), rowSpan: cell.rowSpan, colSpan: columnOf(cell.col + cell.colSpan) - columnOf(cell.col),
      text: cell.text, handle: { page: part.page, box: cell.box },
    }));
    let ys = part.ys;
    if (k === 0) firstPart = placed.map((c) => ({ ...c }));
    else {
      const header = repeatedHeaderRows(firstPart, placed, ys.length - 1);
      placed = placed.filter((c) => c.row >= header).map((c) => ({ ...c, row: c.row - header }));
      ys = ys.slice(header);
    }
    const partRows = ys.length - 1;
    const covered = coveredSlots(placed, partRows, lines.length - 1);
    const above = cells.filter((c) => c.row + c.rowSpan === rows);
    const first: FirstRow = { cells: placed.filter((c) => c.row === 0), undrawn: (col) => !covered[0]![col] };
    const splitRow = rows > 0 && finishesRow(above, first);
    const offset = splitRow ? rows - 1 : rows;
    for (const cell of placed) {
      const top = cell.row === 0 && rows > 0 ? above.find((a) => (splitRow ? sameColumns(a, cell) : cutByBreak(a, cell))) : undefined;
      if (top) {
        top.rowSpan += splitRow ? cell.rowSpan - 1 : cell.rowSpan;
        top.text = continueText(top.text, cell.text);
      } else cells.push({ ...cell, row: cell.row + offset });
    }
    // Undrawn columns at the top continue the spanning cell above; any other hole is an empty cell.
    for (const a of above) {
      const columns = Array.from({ length: a.colSpan }, (_, c) => a.col + c);
      let leading = 0;
      while (leading < partRows && columns.every((c) => !covered[leading]![c])) leading += 1;
      if (leading === 0) continue;
      a.rowSpan += splitRow ? leading - 1 : leading;
      for (let r = 0; r < leading; r += 1) for (const c of columns) covered[r]![c] = true;
    }
    covered.forEach((line, r) => {
      line.forEach((isCovered, c) => {
        if (isCovered) return;
        const box = { x0: lines[c]!, y0: ys[r]!, x1: lines[c + 1]!, y1: ys[r + 1]! };
        cells.push({ row: r + offset, col: c, rowSpan: 1, colSpan: 1, text: '', handle: { page: part.page, box } });
      });
    });
    rows = offset + partRows;
  });
  return { parts: [...parts], rows, cells };
}
