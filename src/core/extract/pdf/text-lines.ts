/**
 * Text items → lines → the text of a cell or a paragraph line. A cell's lines are joined without
 * a break: the producer wrapped them to the cell's width, so "上一年项" + "目数量" is one label and
 * a number wrapped in a narrow cell ("4472" + "28") is one number. Digits on a line that did not
 * fill the cell stay apart ("1\n2"): two numbers stacked on purpose must not become twelve.
 */
import type { Box, PdfTextItem } from './page-data';

/** A text item with its extent on the page. */
export interface PlacedText extends PdfTextItem {
  box: Box;
  /** centre, used to say which cell or region the item is in */
  cx: number;
  cy: number;
}

/** Glyph extent above and below the baseline, as fractions of the font size. */
const ASCENT = 0.85;
const DESCENT = 0.15;

export function placeText(item: PdfTextItem): PlacedText {
  const size = item.fontSize;
  const box = item.vertical
    ? { x0: item.x - size / 2, y0: item.y - size / 2, x1: item.x + size / 2, y1: item.y + size / 2 }
    : { x0: item.x, y0: item.y - ASCENT * size, x1: item.x + Math.max(item.width, 0), y1: item.y + DESCENT * size };
  return { ...item, box, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2 };
}

export interface TextLine {
  items: PlacedText[];
  box: Box;
  /** the baseline of its first item */
  y: number;
  /** the font size of most of its characters ("2023" may be set larger than the words around it) */
  fontSize: number;
  text: string;
}

/** A gap wider than this (in font sizes) between two items on a line is a space. */
const SPACE_GAP = 0.3;

/**
 * Spaces between Chinese characters are justification or letter-spacing ("商 业 企业"), not
 * words. Beside a number they stay, as printed ("310 万").
 */
const SPACE_BETWEEN_HAN = /(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g;

function joinItems(items: PlacedText[]): string {
  let out = '';
  let previous: PlacedText | null = null;
  for (const item of items) {
    const gap = previous ? item.box.x0 - previous.box.x1 : 0;
    if (previous && gap > SPACE_GAP * Math.min(item.fontSize, previous.fontSize)) out += ' ';
    out += item.text.trim();
    previous = item;
  }
  return out.replace(SPACE_BETWEEN_HAN, '');
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.min(a1, b1) - Math.max(a0, b0);

function dominantSize(items: readonly PlacedText[]): number {
  const weight = new Map<number, number>();
  for (const i of items) weight.set(i.fontSize, (weight.get(i.fontSize) ?? 0) + i.text.length);
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** Items on one baseline band, top to bottom, each line left to right. */
export function groupLines(items: readonly PlacedText[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.cy - b.cy || a.box.x0 - b.box.x0);
  const lines: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let band = { y0: 0, y1: 0 };
  for (const item of sorted) {
    const height = Math.min(item.box.y1 - item.box.y0, band.y1 - band.y0);
    if (current.length > 0 && overlap(band.y0, band.y1, item.box.y0, item.box.y1) >= 0.5 * height) {
      current.push(item);
      band = { y0: Math.min(band.y0, item.box.y0), y1: Math.max(band.y1, item.box.y1) };
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [item];
    band = { y0: item.box.y0, y1: item.box.y1 };
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => {
    line.sort((a, b) => a.box.x0 - b.box.x0);
    return {
      items: line,
      box: boundingBox(line.map((i) => i.box)),
      y: line[0]!.y,
      fontSize: dominantSize(line),
      text: joinItems(line),
    };
  });
}

export function boundingBox(boxes: readonly Box[]): Box {
  let box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const b of boxes) box = { x0: Math.min(box.x0, b.x0), y0: Math.min(box.y0, b.y0), x1: Math.max(box.x1, b.x1), y1: Math.max(box.y1, b.y1) };
  return box;
}

/** Room a producer leaves between a cell's border and its text, at most, on each side. */
const CELL_PADDING = 6;
/** An average digit is about this wide, in font sizes. */
const DIGIT_WIDTH = 0.6;

const endsWithDigit = (s: string): boolean => /[0-9０-９.,]$/.test(s);
const startsWithDigit = (s: string): boolean => /^[0-9０-９.,]/.test(s);

/** The separator between two lines of one cell, the first of which is `line`. */
function lineBreak(line: TextLine, next: TextLine, cellWidth: number): string {
  if (endsWithDigit(line.text) && startsWithDigit(next.text)) {
    const filled = line.box.x1 - line.box.x0 + DIGIT_WIDTH * line.fontSize >= cellWidth - 2 * CELL_PADDING;
    return filled ? '' : '\n';
  }
  return /[A-Za-z]$/.test(line.text) && /^[A-Za-z]/.test(next.text) ? ' ' : '';
}

/** Vertical text reads top to bottom, its columns right to left. */
function verticalText(items: readonly PlacedText[]): string {
  const columns = groupLines(items.map((i) => ({ ...i, box: { x0: i.box.y0, y0: i.box.x0, x1: i.box.y1, y1: i.box.x1 }, cx: i.cy, cy: i.cx })));
  return columns.reverse().map((column) => column.items.map((i) => i.text.trim()).join('')).join('');
}

/** A cell's text: its lines joined as the producer wrapped them; vertical text after them. */
export function cellText(items: readonly PlacedText[], cellWidth: number): string {
  const lines = groupLines(items.filter((i) => !i.vertical));
  let out = '';
  lines.forEach((line, k) => {
    out += line.text;
    const next = lines[k + 1];
    if (next) out += lineBreak(line, next, cellWidth);
  });
  return out + verticalText(items.filter((i) => i.vertical));
}
