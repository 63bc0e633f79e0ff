/**
 * Lines outside the tables → paragraphs and headings, in reading order. A PDF has lines, not
 * paragraphs; the text rules need whole sentences, so wrapped lines are joined again. A new
 * paragraph starts after a short line, at an indented or centred line, at another font size, at
 * a section heading, after a blank gap, and at a table. A paragraph runs on over a page break.
 */
import { matchSection } from '../article';
import type { RawBlock } from '../raw';
import { tidyText } from '../text';
import type { Box, PdfCellHandle } from './page-data';
import { boundingBox, type TextLine } from './text-lines';

export type Flow =
  | { kind: 'line'; page: number; line: TextLine }
  /** a table: paragraphs never run through one */
  | { kind: 'table' }
  /** a picture, or a whole page without a text layer (a scan) */
  | { kind: 'image'; page: number; box: Box; scan: boolean };

/** Where the body text stands, learnt from the lines themselves. */
export interface TextColumn {
  /** the font size that most characters have */
  bodySize: number;
  /** where most lines start (continuation lines start at the margin) */
  left: number;
  /** where full lines end */
  right: number;
}

const mode = (values: number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
};

export function textColumn(lines: readonly TextLine[]): TextColumn {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  const bodySize = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.fontSize - bodySize) <= 0.5);
  const ends = body.map((l) => l.box.x1).sort((a, b) => a - b);
  return {
    bodySize,
    left: mode(body.map((l) => Math.round(l.box.x0))),
    right: ends[Math.floor(ends.length * 0.9)] ?? 0,
  };
}

/** Relative difference of font sizes that makes another kind of text. */
const OTHER_SIZE = 0.15;
/** Indent that starts a paragraph, in font sizes (a Chinese first line is indented by two). */
const INDENT = 1.2;
/** A line ending this far (in font sizes) before the column's right side ends its paragraph. */
const SHORT_LINE = 2;
/** A blank gap between lines of this height (in font sizes) separates paragraphs. */
const BLANK_GAP = 1.2;

const isCentred = (line: TextLine, column: TextColumn): boolean =>
  line.box.x0 > column.left + INDENT * line.fontSize && Math.abs((line.box.x0 + line.box.x1) / 2 - (column.left + column.right) / 2) <= 1.5 * line.fontSize;

const isHeading = (line: TextLine): boolean => matchSection(tidyText(line.text)) !== null;

/** Whether `next` goes on the paragraph that `previous` is the last line of. */
function continuesParagraph(previous: { page: number; line: TextLine }, next: { page: number; line: TextLine }, column: TextColumn): boolean {
  const a = previous.line;
  const b = next.line;
  if (Math.abs(a.fontSize - b.fontSize) > OTHER_SIZE * column.bodySize) return false;
  if (isHeading(a) || isHeading(b)) return false;
  if (isCentred(a, column) && isCentred(b, column)) return previous.page === next.page; // a title on two lines
  if (b.box.x0 > column.left + INDENT * b.fontSize) return false;
  if (a.box.x1 < column.right - SHORT_LINE * a.fontSize) return false;
  return previous.page !== next.page || b.box.y0 - a.box.y1 <= BLANK_GAP * b.fontSize;
}

const joinLines = (a: string, b: string): string => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);

interface Paragraph {
  page: number;
  lines: TextLine[];
}

function toBlock(paragraph: Paragraph, column: TextColumn): RawBlock {
  const text = paragraph.lines.map((l) => l.text).reduce(joinLines);
  const size = Math.max(...paragraph.lines.map((l) => l.fontSize));
  const handle: PdfCellHandle = { page: paragraph.page, box: boundingBox(paragraph.lines.map((l) => l.box)) };
  const heading = size >= (1 + OTHER_SIZE) * column.bodySize || isHeading(paragraph.lines[0]!);
  return { kind: heading ? 'heading' : 'text', text, handle };
}

export function paragraphs(flow: readonly Flow[], column: TextColumn): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: Paragraph | null = null;
  let last: { page: number; line: TextLine } | null = null;
  const close = () => {
    if (current) blocks.push(toBlock(current, column));
    current = null;
    last = null;
  };
  for (const item of flow) {
    if (item.kind === 'table') {
      close();
      continue;
    }
    if (item.kind === 'image') {
      close();
      const text = item.scan ? `第 ${item.page} 页是扫描图像，没有文字层` : `第 ${item.page} 页的图片`;
      blocks.push({ kind: 'image', text, href: `#page=${item.page}`, handle: { page: item.page, box: item.box } satisfies PdfCellHandle });
      continue;
    }
    if (current !== null && last !== null && continuesParagraph(last, item, column)) (current as Paragraph).lines.push(item.line);
    else {
      close();
      current = { page: item.page, lines: [item.line] };
    }
    last = item;
  }
  close();
  return blocks;
}
