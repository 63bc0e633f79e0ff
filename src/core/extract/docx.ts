/**
 * readDocx: a Word (.docx) file → the same RawPage readDom gives for a web page. WordprocessingML
 * says what the DOM would: w:gridSpan is a colspan, a w:vMerge run ("restart" then continues) is
 * a rowspan, w:gridBefore leaves cells out at the start of a row; paragraphs with a heading
 * style or an outline level are headings. Every cell's handle names its place in the file
 * (DocxCellHandle). Nested tables are read as their own tables, as readDom does.
 *
 * Deleted text (tracked changes), field codes and the fallback copy of alternate content are not
 * text; inserted text is. Headers and footers are not read: they are not the report's text.
 */
import { ReportFileError } from './file-type';
import type { RawBlock, RawCell, RawPage, RawRow, RawTable } from './raw';
import { childElements, child, parseXml, type XmlElement } from './xml';
import { readZipEntry, zipEntries, type ZipEntry } from './zip';

/** Where a DOCX cell stands: the table (in document order, nested ones counted), its row and cell. */
export interface DocxCellHandle {
  table: number;
  row: number;
  cell: number;
}

/** A paragraph's place among the body's paragraphs (cells' paragraphs not counted). */
export interface DocxBlockHandle {
  paragraph: number;
}

/** Larger than any report's document.xml by far (the template's is 0.25 MB). */
const MAX_PART_SIZE = 64 * 1024 * 1024;

/** Subtrees that hold no text of the document as it reads. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'mc:Fallback', 'w:moveFrom']);

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];

/** Text of a paragraph or run: w:t, tabs and breaks; nested tables are left to the table walk. */
function textOf(el: XmlElement): string {
  let out = '';
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (SKIPPED.has(c.name) || c.name === 'w:tbl') continue;
      if (c.name === 'w:t') out += c.children.filter((t): t is string => typeof t === 'string').join('');
      else if (c.name === 'w:tab') out += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
      else if (c.name === 'w:noBreakHyphen') out += '-';
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** Children with wrappers (content controls, custom XML, smart tags) opened. */
function contentChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === 'w:sdt') out.push(...contentChildren(child(c, 'w:sdtContent') ?? c));
    else if (c.name === 'w:customXml' || c.name === 'w:smartTag') out.push(...contentChildren(c));
    else out.push(c);
  }
  return out;
}

/** Style ids whose paragraphs are headings: named heading/title, or with an outline level, directly or by basedOn. */
function headingStyles(styles: XmlElement | null): Set<string> {
  const out = new Set<string>();
  if (!styles) return out;
  const byId = new Map<string, XmlElement>();
  for (const s of childElements(styles)) if (s.name === 'w:style' && s.attrs['w:styleId']) byId.set(s.attrs['w:styleId'], s);
  const isHeading = (id: string, depth = 0): boolean => {
    const style = byId.get(id);
    if (!style || depth > 10) return false;
    const name = (val(child(style, 'w:name')) ?? '').toLowerCase();
    if (/^(heading \d|title)$/.test(name)) return true;
    const level = val(child(child(style, 'w:pPr'), 'w:outlineLvl'));
    if (level !== undefined) return Number(level) < 9;
    const base = val(child(style, 'w:basedOn'));
    return base !== undefined && isHeading(base, depth + 1);
  };
  for (const id of byId.keys()) if (isHeading(id)) out.add(id);
  return out;
}

function isHeadingParagraph(p: XmlElement, headings: ReadonlySet<string>): boolean {
  const pPr = child(p, 'w:pPr');
  const level = val(child(pPr, 'w:outlineLvl'));
  if (level !== undefined) return Number(level) < 9;
  const style = val(child(pPr, 'w:pStyle'));
  return style !== undefined && headings.has(style);
}

/** Pictures in a paragraph (an embedded image, or a legacy VML one), by their description. */
function pictures(p: XmlElement): string[] {
  const out: string[] = [];
  const walk = (node: XmlElement, description: string): void => {
    // wp:docPr describes the drawing it stands in, beside the graphic that holds the image
    const docPr = child(node, 'wp:docPr');
    const here = docPr ? docPr.attrs.descr || docPr.attrs.title || docPr.attrs.name || description : description;
    for (const c of childElements(node)) {
      if (SKIPPED.has(c.name)) continue;
      if (c.name === 'a:blip' || c.name === 'v:imagedata') out.push(here);
      else walk(c, here);
    }
  };
  walk(p, '');
  return out;
}

interface Reading {
  tables: RawTable[];
  blocks: RawBlock[];
  headings: ReadonlySet<string>;
  paragraphs: number;
  /** the title as printed: a centred or heading paragraph among the first few with text */
  printedTitle: string | null;
  textParagraphs: number;
}

/** The title is one of the first paragraphs with text. */
const TITLE_WITHIN = 3;

const isCentred = (p: XmlElement): boolean => val(child(child(p, 'w:pPr'), 'w:jc')) === 'center';

/** A cell's grid columns: w:gridSpan, or 1. */
const spanOf = (tc: XmlElement): number => Math.max(1, Number(val(child(child(tc, 'w:tcPr'), 'w:gridSpan')) ?? 1) || 1);

/** 'restart', 'continue' or null for a cell outside vertical merges. */
function vMergeOf(tc: XmlElement): 'restart' | 'continue' | null {
  const merge = child(child(tc, 'w:tcPr'), 'w:vMerge');
  if (!merge) return null;
  return val(merge) === 'restart' ? 'restart' : 'continue';
}

/** Cells joined by a legacy horizontal merge (w:hMerge continue) add their span to the first. */
const hMergeContinues = (tc: XmlElement): boolean => {
  const merge = child(child(tc, 'w:tcPr'), 'w:hMerge');
  return merge !== undefined && val(merge) !== 'restart';
};

function readTable(tbl: XmlElement, reading: Reading): void {
  const index = reading.tables.length;
  const table: RawTable = { rows: [], handle: { table: index, row: -1, cell: -1 } satisfies DocxCellHandle };
  reading.tables.push(table);
  const nested: XmlElement[] = [];
  /** the cell a vertical merge would continue, by its first grid column */
  const openMerges = new Map<number, RawCell>();
  contentChildren(tbl).filter((c) => c.name === 'w:tr').forEach((tr, r) => {
    const cells: RawCell[] = [];
    let column = Number(val(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0) || 0;
    if (column > 0) cells.push({ text: '', rowSpan: 1, colSpan: column, handle: { table: index, row: r, cell: -1 } satisfies DocxCellHandle });
    const seen = new Set<number>();
    contentChildren(tr).filter((c) => c.name === 'w:tc').forEach((tc, k) => {
      const span = spanOf(tc);
      const start = column;
      column += span;
      for (const c of contentChildren(tc)) if (c.name === 'w:tbl') nested.push(c);
      const previous = cells[cells.length - 1];
      if (hMergeContinues(tc) && previous) {
        previous.colSpan += span;
        return;
      }
      const merge = vMergeOf(tc);
      const above = merge === 'continue' ? openMerges.get(start) : undefined;
      if (above) {
        above.rowSpan += 1;
        seen.add(start);
        return;
      }
      const text = contentChildren(tc).filter((c) => c.name === 'w:p').map(textOf).join('\n');
      const cell: RawCell = { text, rowSpan: 1, colSpan: span, handle: { table: index, row: r, cell: k } satisfies DocxCellHandle };
      cells.push(cell);
      if (merge === 'restart') {
        openMerges.set(start, cell);
        seen.add(start);
      }
    });
    // A merge not continued on this row is over.
    for (const start of [...openMerges.keys()]) if (!seen.has(start)) openMerges.delete(start);
    table.rows.push({ group: 0, cells, handle: { table: index, row: r, cell: -1 } satisfies DocxCellHandle } satisfies RawRow);
  });
  for (const inner of nested) readTable(inner, reading);
}

function readBody(el: XmlElement, reading: Reading): void {
  for (const c of contentChildren(el)) {
    if (c.name === 'w:tbl') {
      readTable(c, reading);
      continue;
    }
    if (c.name !== 'w:p') continue;
    const handle: DocxBlockHandle = { paragraph: reading.paragraphs++ };
    const text = textOf(c);
    if (text.trim() !== '') {
      const heading = isHeadingParagraph(c, reading.headings);
      reading.blocks.push({ kind: heading ? 'heading' : 'text', text, handle });
      if (reading.textParagraphs++ < TITLE_WITHIN && reading.printedTitle === null && (heading || isCentred(c))) reading.printedTitle = text.trim();
    }
    for (const description of pictures(c)) reading.blocks.push({ kind: 'image', text: description, href: '', handle });
  }
}

/** The title in the file's properties (docProps/core.xml dc:title), or ''. */
function propertiesTitle(core: XmlElement | null): string {
  const title = core ? child(core, 'dc:title') : undefined;
  return title ? title.children.filter((t): t is string => typeof t === 'string').join('').trim() : '';
}

/** The main part's name from the package relationships; word/document.xml by convention. */
function mainPartName(rels: XmlElement | null): string {
  const main = rels ? childElements(rels).find((r) => (r.attrs.Type ?? '').endsWith('/officeDocument')) : undefined;
  return (main?.attrs.Target ?? 'word/document.xml').replace(/^\//, '');
}

async function readPart(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): Promise<XmlElement | null> {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  return parseXml(new TextDecoder().decode(await readZipEntry(bytes, entry, MAX_PART_SIZE)));
}

const broken = (error: unknown) =>
  new ReportFileError('broken', `DOCX 文件已损坏或不完整，无法读取 (broken DOCX: ${error instanceof Error ? error.message : String(error)})`);

export async function readDocx(bytes: Uint8Array, url = ''): Promise<RawPage> {
  try {
    const entries = zipEntries(bytes);
    const rels = await readPart(bytes, entries, '_rels/.rels');
    const mainName = mainPartName(rels);
    const document = await readPart(bytes, entries, mainName);
    if (!document) throw new Error(`no ${mainName}`);
    const folder = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
    const styles = await readPart(bytes, entries, `${folder}styles.xml`);
    const core = await readPart(bytes, entries, 'docProps/core.xml');
    const reading: Reading = { tables: [], blocks: [], headings: headingStyles(styles), paragraphs: 0, printedTitle: null, textParagraphs: 0 };
    readBody(child(document, 'w:body') ?? document, reading);
    const title = reading.printedTitle ?? propertiesTitle(core);
    return { url, title, metaTags: {}, tables: reading.tables, blocks: reading.blocks };
  } catch (error) {
    throw error instanceof ReportFileError ? error : broken(error);
  }
}
