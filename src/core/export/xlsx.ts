/**
 * A small XLSX writer for the reviewer's files (summary, 问题清单, extracted tables): a bold header
 * row, frozen, with filters on, columns sized to their text (CJK counted double), long text
 * wrapped; strings inline (no shared-strings table to hold in memory), numbers as numbers. Rows
 * may come from an async source, so the CLI streams ten thousand reports through it; the
 * extension builds its downloads with the same code in memory.
 */
import type { Cell } from './text-formats';
import type { ZipWriter } from './zip-write';

export interface Sheet {
  /** at most 31 characters, none of []:*?/\ */
  name: string;
  header: readonly string[];
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;
  /** each column's width in characters (see widen); rows may have more columns than the header */
  widths: readonly number[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's limit for one cell's text. */
const MAX_CELL_CHARS = 32767;
/** Wider columns are capped and their text wrapped. */
export const MAX_COLUMN_WIDTH = 60;

/** Characters XML 1.0 cannot carry (control characters, lone surrogates) are dropped; markup is escaped. */
function xmlText(text: string): string {
  return text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot carry
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "A", "B", … "Z", "AA": a column's letters. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** How wide text shows in a spreadsheet: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/** Columns widened to fit one more row (its longest line), up to MAX_COLUMN_WIDTH. */
export function widen(widths: number[], row: readonly Cell[]): number[] {
  row.forEach((cell, i) => {
    if (cell === null) return;
    const longest = Math.max(...String(cell).split('\n').map(displayWidth));
    widths[i] = Math.min(MAX_COLUMN_WIDTH, Math.max(widths[i] ?? 0, longest + 2));
  });
  return widths;
}

/** Style ids of styles.xml: 0 plain, 1 the bold header, 2 wrapped text for long cells. */
const HEADER_STYLE = 1;
const WRAP_STYLE = 2;

function cellXml(cell: Cell, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : '';
  if (cell === null || cell === '') return '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.slice(0, MAX_CELL_CHARS))}</t></is></c>`;
}

function rowXml(cells: readonly Cell[], r: number, styleOf: (column: number) => number): string {
  return `<row r="${r}">${cells.map((c, i) => cellXml(c, `${columnName(i)}${r}`, styleOf(i))).join('')}</row>`;
}

/** A sheet's XML, in pieces as its rows come; `counted.rows` gets the number of data rows. */
async function* sheetXml(sheet: Sheet, counted: { rows: number }): AsyncGenerator<string> {
  const last = columnName(sheet.header.length - 1);
  yield `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    + '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>'
    + sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')
    + `</cols><sheetData>${rowXml(sheet.header, 1, () => HEADER_STYLE)}`;
  const wrapped = (i: number) => ((sheet.widths[i] ?? 0) >= MAX_COLUMN_WIDTH ? WRAP_STYLE : 0);
  let r = 1;
  for await (const row of sheet.rows) {
    r += 1;
    yield rowXml(row, r, wrapped);
  }
  counted.rows = r - 1;
  yield `</sheetData><autoFilter ref="A1:${last}${r}"/></worksheet>`;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

function workbookXml(sheets: readonly Sheet[], rows: readonly number[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Excel's own name for a filtered range; some readers look for it beside <autoFilter>.
  const filters = sheets.map((s, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">`
    + `${xmlText(quoteSheet(s.name))}!$A$1:$${columnName(s.header.length - 1)}$${rows[i]! + 1}</definedName>`).join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets><definedNames>${filters}</definedNames></workbook>`;
}

/** 等线 (charset 134, GB2312) is the default font of Chinese Excel; WPS substitutes its own where it lacks it. */
const FONT = '<sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/>';
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>`
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function contentTypes(count: number): string {
  const sheets = Array.from({ length: count }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return `${XML_HEAD}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + `${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
}

function workbookRels(count: number): string {
  const type = `${REL}/`;
  const sheets = Array.from({ length: count }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${type}worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="${PKG}/relationships">${sheets}<Relationship Id="rId${count + 1}" Type="${type}styles" Target="styles.xml"/></Relationships>`;
}

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** Writes a workbook of these sheets and closes the ZIP ([Content_Types].xml first, as Office writes it). */
export async function writeXlsx(zip: ZipWriter, sheets: readonly Sheet[]): Promise<void> {
  await zip.add('[Content_Types].xml', [contentTypes(sheets.length)]);
  await zip.add('_rels/.rels', [ROOT_RELS]);
  await zip.add('xl/_rels/workbook.xml.rels', [workbookRels(sheets.length)]);
  await zip.add('xl/styles.xml', [STYLES]);
  const rows: number[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const counted = { rows: 0 };
    await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, counted));
    rows.push(counted.rows);
  }
  // the filters' defined names need each sheet's row count: the workbook part comes last
  await zip.add('xl/workbook.xml', [workbookXml(sheets, rows)]);
  await zip.close();
}
