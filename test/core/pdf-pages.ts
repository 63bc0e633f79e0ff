/**
 * Synthetic PDF pages for the geometry tests: tables drawn as their cells' borders (as WPS and
 * LibreOffice stroke them) or as thin filled rectangles (as Chromium paints them), text placed
 * in cells, paragraphs as lines. Plain data, the reader's input: no PDF library involved.
 */
import type { Box, PdfPageData, PdfSegment, PdfTextItem } from '../../src/core/extract/pdf/page-data';

export const A4 = { width: 595, height: 842 };

/** A cell: its box and its text ("" for none; "|" separates the lines it wraps into). */
export interface CellSpec {
  box: Box;
  text: string;
}

const isWide = (c: string) => c.charCodeAt(0) > 0x2e7f;

/** An item as a producer writes it: width from its characters (CJK 1 em, others 0.55 em). */
export function textItem(text: string, x: number, y: number, fontSize = 10): PdfTextItem {
  const width = [...text].reduce((w, c) => w + (isWide(c) ? 1 : 0.55) * fontSize, 0);
  return { text, x, y, width, fontSize };
}

/** A cell's text lines, left-aligned 2 pt in, stacked from the cell's middle. */
export function cellTexts(cell: CellSpec, fontSize = 10): PdfTextItem[] {
  if (cell.text === '') return [];
  const lines = cell.text.split('|');
  const pitch = fontSize * 1.3;
  const top = (cell.box.y0 + cell.box.y1) / 2 - (pitch * lines.length) / 2;
  return lines.map((line, k) => textItem(line, cell.box.x0 + 2, top + pitch * (k + 0.8), fontSize));
}

const segment = (x0: number, y0: number, x1: number, y1: number): PdfSegment => ({ x0, y0, x1, y1, lineWidth: 0.5 });

/** The four sides of every cell as stroked segments; `omit` leaves sides out (undrawn borders). */
export function strokedBorders(cells: readonly CellSpec[], omit: (side: 'top' | 'bottom' | 'left' | 'right', cell: CellSpec) => boolean = () => false): PdfSegment[] {
  const out: PdfSegment[] = [];
  for (const cell of cells) {
    const { x0, y0, x1, y1 } = cell.box;
    if (!omit('top', cell)) out.push(segment(x0, y0, x1, y0));
    if (!omit('bottom', cell)) out.push(segment(x0, y1, x1, y1));
    if (!omit('left', cell)) out.push(segment(x0, y0, x0, y1));
    if (!omit('right', cell)) out.push(segment(x1, y0, x1, y1));
  }
  return out;
}

/** Chromium's way: each side a filled rectangle 0.75 pt thick, inside the cell's box. */
export function filledBorders(cells: readonly CellSpec[]): Box[] {
  const t = 0.75;
  return cells.flatMap(({ box: { x0, y0, x1, y1 } }) => [
    { x0, y0, x1, y1: y0 + t }, { x0, y0: y1 - t, x1, y1 },
    { x0, y0, x1: x0 + t, y1 }, { x0: x1 - t, y0, x1, y1 },
  ]);
}

/** Cells of a regular grid: columns and rows by their lines, spans as [row, col, rowSpan, colSpan, text]. */
export function gridCells(xs: readonly number[], ys: readonly number[], cells: readonly [number, number, number, number, string][]): CellSpec[] {
  return cells.map(([r, c, rs, cs, text]) => ({ box: { x0: xs[c]!, y0: ys[r]!, x1: xs[c + cs]!, y1: ys[r + rs]! }, text }));
}

export function page(n: number, parts: Partial<PdfPageData>): PdfPageData {
  return { page: n, ...A4, texts: [], segments: [], fills: [], images: [], ...parts };
}

/** A table page: the cells' borders stroked and their texts, plus any other items. */
export function tablePage(n: number, cells: readonly CellSpec[], more: Partial<PdfPageData> = {}): PdfPageData {
  return page(n, {
    ...more,
    texts: [...cells.flatMap((c) => cellTexts(c)), ...(more.texts ?? [])],
    segments: [...strokedBorders(cells), ...(more.segments ?? [])],
  });
}
