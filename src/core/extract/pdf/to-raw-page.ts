/**
 * pdfToRawPage: a PDF's pages (plain data from any PDF library) → the same RawPage readDom
 * gives for a web page, so the grid, the tables, every rule and the exports run unchanged.
 * Tables come from the ruling lines, parts continued on the next page are joined, page numbers
 * and running headers go, the rest of the text becomes paragraphs and headings. Every cell's
 * handle is `{ page, box }` (PdfCellHandle). A page with no text layer is a scan: it becomes an
 * image block, and a document that is all scan is refused (nothing in it can be checked).
 */
import { ReportFileError } from '../file-type';
import type { RawBlock, RawCell, RawPage, RawRow, RawTable } from '../raw';
import { continues, joinParts, type JoinedTable } from './continuation';
import { withoutFurniture } from './furniture';
import type { Box, PdfCellHandle, PdfDocumentData, PdfPageData, PdfTextItem } from './page-data';
import { paragraphs, textColumn, type Flow } from './paragraphs';
import { pageRules } from './rules';
import { findTableParts, type TablePart } from './table-parts';
import { boundingBox, groupLines, placeText, type TextLine } from './text-lines';

export interface PdfReading {
  page: RawPage;
  /** 1-based numbers of the pages that have no text layer (scans) */
  scannedPages: number[];
}

/** Share of a page an image must cover for a page without text to be a scan. */
const SCAN_COVER = 0.3;
/**
 * A picture this wide (share of the page) and high may be a table or text shown as an image
 * (tables-as-images says so); smaller ones are logos, seals and icons.
 */
const PICTURE_WIDTH = 0.3;
const PICTURE_HEIGHT = 0.05;
/** A title is set this much larger than the body text. */
const TITLE_SIZE = 1.2;

/**
 * Kangxi radicals (⼀ for 一), CJK radical supplements, compatibility ideographs and vertical
 * presentation forms (︑ for 、): some producers' fonts map glyphs to them, and no label would match.
 */
const COMPATIBILITY_FORMS = /[\u2e80-\u2fdf\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f]/g;
const normalizeForms = (text: string): string => text.replace(COMPATIBILITY_FORMS, (c) => c.normalize('NFKC'));

interface ReadPage {
  data: PdfPageData;
  parts: TablePart[];
  lines: TextLine[];
  scanned: boolean;
}

const area = (b: Box): number => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);

function isScan(page: PdfPageData): boolean {
  return page.texts.length === 0 && page.images.reduce((sum, b) => sum + area(b), 0) >= SCAN_COVER * page.width * page.height;
}

/** Text drawn twice on the same spot, within a point (a producer's fake bold, an overprint), counts once. */
function withoutOverprints(texts: readonly PdfTextItem[]): PdfTextItem[] {
  const seen = new Set<string>();
  const key = (t: PdfTextItem, dx: number, dy: number) => `${Math.round(t.x) + dx},${Math.round(t.y) + dy},${Math.round(t.fontSize)},${t.text}`;
  return texts.filter((t) => {
    for (let dx = -1; dx <= 1; dx += 1) for (let dy = -1; dy <= 1; dy += 1) if (seen.has(key(t, dx, dy))) return false;
    seen.add(key(t, 0, 0));
    return true;
  });
}

function readPage(data: PdfPageData): ReadPage {
  const items = withoutOverprints(data.texts).map((t) => placeText({ ...t, text: normalizeForms(t.text) }));
  const { parts, outside } = findTableParts(data.page, pageRules(data), items);
  return { data, parts, lines: groupLines(outside), scanned: isScan(data) };
}

/** The parts of all pages grouped into tables: a part first on its page may continue the last one before. */
function groupTables(pages: readonly ReadPage[]): TablePart[][] {
  const tables: TablePart[][] = [];
  let open: TablePart[] | null = null;
  pages.forEach((page) => {
    const first = page.parts[0];
    const nothingAbove = first !== undefined && !page.lines.some((l) => l.box.y1 <= first.box.y0);
    page.parts.forEach((part, k) => {
      const previous = open?.[open.length - 1];
      if (k === 0 && open && previous && nothingAbove && continues(previous, part)) open.push(part);
      else tables.push((open = [part]));
    });
    const last = page.parts[page.parts.length - 1];
    const nothingBelow = last !== undefined && !page.lines.some((l) => l.box.y0 >= last.box.y1);
    if (!nothingBelow) open = null;
  });
  return tables;
}

const inBox = (box: Box, x: number, y: number): boolean => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** Large pictures outside the tables. */
function pictures(page: ReadPage): Box[] {
  const { width, height, images } = page.data;
  return images.filter((b) => b.x1 - b.x0 >= PICTURE_WIDTH * width && b.y1 - b.y0 >= PICTURE_HEIGHT * height
    && !page.parts.some((p) => inBox(p.box, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)));
}

/** Lines, tables and pictures of each page in reading order (top to bottom). */
function flowOf(pages: readonly ReadPage[]): Flow[] {
  const flow: Flow[] = [];
  for (const page of pages) {
    const n = page.data.page;
    if (page.scanned) {
      flow.push({ kind: 'image', page: n, box: { x0: 0, y0: 0, x1: page.data.width, y1: page.data.height }, scan: true });
      continue;
    }
    const items: { y: number; flow: Flow }[] = [
      ...page.lines.map((line) => ({ y: line.box.y0, flow: { kind: 'line', page: n, line } as const })),
      ...page.parts.map((part) => ({ y: part.box.y0, flow: { kind: 'table' } as const })),
      ...pictures(page).map((box) => ({ y: box.y0, flow: { kind: 'image', page: n, box, scan: false } as const })),
    ];
    flow.push(...items.sort((a, b) => a.y - b.y).map((i) => i.flow));
  }
  return flow;
}

function rawTable(table: JoinedTable): RawTable {
  const rows: RawRow[] = [];
  for (let r = 0; r < table.rows; r += 1) {
    const starting = table.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    const cells: RawCell[] = starting.map((c) => ({ text: c.text, rowSpan: c.rowSpan, colSpan: c.colSpan, handle: c.handle }));
    const first = starting[0]?.handle;
    const handle: PdfCellHandle | null = first ? { page: first.page, box: boundingBox(starting.filter((c) => c.handle.page === first.page).map((c) => c.handle.box)) } : null;
    rows.push({ group: 0, cells, handle });
  }
  const first = table.parts[0]!;
  return { rows, handle: { page: first.page, box: first.box } satisfies PdfCellHandle };
}

/** The largest text on the first page, when it stands out from the body: the title as printed. */
function printedTitle(firstPage: readonly TextLine[], bodySize: number): string | null {
  const largest = Math.max(0, ...firstPage.map((l) => l.fontSize));
  if (largest < TITLE_SIZE * bodySize) return null;
  return firstPage.filter((l) => largest - l.fontSize <= 0.5).map((l) => l.text).join('');
}

export function pdfToRawPage(doc: PdfDocumentData, url = ''): PdfReading {
  if (doc.pages.length === 0) throw new ReportFileError('broken', 'PDF 文件没有页面 (a PDF without pages)');
  const pages = doc.pages.map(readPage);
  if (pages.every((p) => p.data.texts.length === 0)) {
    throw new ReportFileError('scanned', `PDF 没有可读的文字层（扫描件、文字已转为曲线或字体无法解码），共 ${pages.length} 页，无法核对其中的数字 (no text layer: a scan)`);
  }
  const kept = withoutFurniture(pages.map((p) => ({ height: p.data.height, lines: p.lines })));
  pages.forEach((p, i) => { p.lines = kept[i]!; });
  const column = textColumn(pages.flatMap((p) => p.lines));
  const blocks: RawBlock[] = paragraphs(flowOf(pages), column);
  const tables = groupTables(pages).map((parts) => rawTable(joinParts(parts)));
  const title = printedTitle(pages[0]!.lines, column.bodySize) ?? doc.title;
  return {
    page: { url, title, metaTags: doc.title ? { Title: doc.title } : {}, tables, blocks },
    scannedPages: pages.filter((p) => p.scanned).map((p) => p.data.page),
  };
}
