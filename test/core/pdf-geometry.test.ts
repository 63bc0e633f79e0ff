/**
 * The PDF reader's geometry on synthetic pages (plain data, no PDF library): cells and spans
 * from ruling lines, open sides closed, tables continued over a page break, numbers wrapped in
 * narrow cells, page furniture, paragraphs, scans.
 */
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/core/check';
import { ReportFileError } from '../../src/core/extract/file-type';
import { toGrid } from '../../src/core/extract/grid';
import type { PdfCellHandle, PdfDocumentData, PdfPageData } from '../../src/core/extract/pdf/page-data';
import { pdfToRawPage } from '../../src/core/extract/pdf/to-raw-page';
import type { RawTable } from '../../src/core/extract/raw';
import { flatten } from '../helpers';
import { A4, cellTexts, filledBorders, gridCells, page, strokedBorders, tablePage, textItem, type CellSpec } from './pdf-pages';

const read = (...pages: PdfPageData[]) => pdfToRawPage({ title: '', pages } satisfies PdfDocumentData);

/** A table as rows of "text[rowSpan x colSpan]" for one-line asserts. */
const rowsOf = (table: RawTable): string[][] =>
  table.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan > 1 || c.colSpan > 1 ? `[${c.rowSpan}x${c.colSpan}]` : ''}`));

const XS = [50, 150, 200, 250];
const YS = [100, 120, 140, 160];
const SPANNED = gridCells(XS, YS, [
  [0, 0, 2, 1, '标签'], [0, 1, 1, 2, '表头'],
  [1, 1, 1, 1, '1'], [1, 2, 1, 1, '2'],
  [2, 0, 1, 1, '合计'], [2, 1, 1, 1, '3'], [2, 2, 1, 1, '4'],
]);
const SPANNED_ROWS = [['标签[2x1]', '表头[1x2]'], ['1', '2'], ['合计', '3', '4']];

const outerSide = (side: string, cell: CellSpec) =>
  (side === 'top' && cell.box.y0 === YS[0]) || (side === 'bottom' && cell.box.y1 === YS[3])
  || (side === 'left' && cell.box.x0 === XS[0]) || (side === 'right' && cell.box.x1 === XS[3]);

describe('cells from ruling lines', () => {
  it('gives row and column spans where no rule separates slots', () => {
    const { page: raw } = read(tablePage(1, SPANNED));
    expect(raw.tables).toHaveLength(1);
    expect(rowsOf(raw.tables[0]!)).toEqual(SPANNED_ROWS);
    expect(toGrid(raw.tables[0]!).anomalies).toEqual([]);
  });

  it('reads a table drawn without its outer borders', () => {
    const drawn = page(1, { texts: SPANNED.flatMap((c) => cellTexts(c)), segments: strokedBorders(SPANNED, outerSide) });
    expect(rowsOf(read(drawn).page.tables[0]!)).toEqual(SPANNED_ROWS);
  });

  it('closes a bottom left open where the vertical rules end, keeping the last row', () => {
    const drawn = page(1, { texts: SPANNED.flatMap((c) => cellTexts(c)), segments: strokedBorders(SPANNED, (side, cell) => side === 'bottom' && cell.box.y1 === YS[3]) });
    expect(rowsOf(read(drawn).page.tables[0]!)).toEqual(SPANNED_ROWS);
  });

  it('reads borders painted as thin filled rectangles (Chromium), and double borders as one line', () => {
    const filled = page(1, { texts: SPANNED.flatMap((c) => cellTexts(c)), fills: filledBorders(SPANNED) });
    expect(rowsOf(read(filled).page.tables[0]!)).toEqual(SPANNED_ROWS);
    // border-collapse: separate with cellspacing — every cell its own box, 1.5 pt from its neighbour
    const separate = SPANNED.map((c) => ({ ...c, box: { x0: c.box.x0 + 0.75, y0: c.box.y0 + 0.75, x1: c.box.x1 - 0.75, y1: c.box.y1 - 0.75 } }));
    const frame = { box: { x0: XS[0]!, y0: YS[0]!, x1: XS[3]!, y1: YS[3]! }, text: '' };
    const spaced = page(1, { texts: separate.flatMap((c) => cellTexts(c)), fills: filledBorders([...separate, frame]) });
    expect(rowsOf(read(spaced).page.tables[0]!)).toEqual(SPANNED_ROWS);
  });

  it('keeps two tables whose rules are one point apart as two tables', () => {
    const lower = gridCells(XS, YS.map((y) => y + 61), [[0, 0, 1, 3, '第二张'], [1, 0, 1, 1, 'a'], [1, 1, 1, 2, '5'], [2, 0, 1, 3, '尾']]);
    const { page: raw } = read(tablePage(1, [...SPANNED, ...lower]));
    expect(raw.tables.map(rowsOf)).toEqual([SPANNED_ROWS, [['第二张[1x2]'], ['a', '5'], ['尾[1x2]']]]);
  });

  it('gives every cell its page and box as handle', () => {
    const cell = read(page(3, { ...tablePage(3, SPANNED) })).page.tables[0]!.rows[2]!.cells[2]!;
    const handle = cell.handle as PdfCellHandle;
    expect(handle.page).toBe(3);
    expect(handle.box).toEqual({ x0: 200, y0: 140, x1: 250, y1: 160 });
  });

  it('keeps a number wrapped in a narrow cell whole, and digits stacked on purpose apart', () => {
    const cells = gridCells([50, 150, 180, 330], [100, 140], [[0, 0, 1, 1, '行政许可'], [0, 1, 1, 1, '4472|28'], [0, 2, 1, 1, '1|2']]);
    expect(rowsOf(read(tablePage(1, cells)).page.tables[0]!)).toEqual([['行政许可', '447228', '1\n2']]);
  });

  it('counts text drawn twice on the same spot (fake bold) once', () => {
    const cells = gridCells([50, 150, 200], [100, 130], [[0, 0, 1, 1, '规章'], [0, 1, 1, 1, '0']]);
    const bold = [textItem('规章', 52.3, 119.2), textItem('0', 152.3, 119.2)]; // 0.3 pt from the cells' own text
    expect(rowsOf(read(tablePage(1, cells, { texts: bold })).page.tables[0]!)).toEqual([['规章', '0']]);
  });

  it('reads a vertical label top to bottom', () => {
    const cells = gridCells([50, 80, 200], [100, 200, 220], [[0, 0, 2, 1, ''], [0, 1, 1, 1, '（一）予以公开'], [1, 1, 1, 1, '（二）部分公开']]);
    const glyphs = [...'三、本年度'].map((c, k) => ({ text: c, x: 65, y: 120 + 12 * k, width: 10, fontSize: 10, vertical: true }));
    const drawn = tablePage(1, cells, { texts: glyphs });
    expect(rowsOf(read(drawn).page.tables[0]!)[0]![0]).toBe('三、本年度[2x1]');
  });
});

/** 表三's outcome rows over a page break: group columns, sub-labels, one value column. */
const BREAK_XS = [50, 80, 120, 300, 350];
const ABOVE = gridCells(BREAK_XS, [700, 725, 750, 775, 800], [
  [0, 0, 4, 1, '三、|本年|度办|理结|果'], [0, 1, 2, 1, '（三）|不予|公开'], [0, 2, 1, 1, '1.属于国家秘密'], [0, 3, 1, 1, '1'],
  [1, 2, 1, 1, '2.其他法律行政法规禁止公开'], [1, 3, 1, 1, '0'],
  [2, 1, 2, 1, '（四）|无'], [2, 2, 1, 1, '1.本机关不掌握相关政府信息'], [2, 3, 1, 1, '5'],
  [3, 2, 1, 1, '2.没有现成信息需要另行制作'], [3, 3, 1, 1, '3'],
]);
const BELOW = gridCells(BREAK_XS, [50, 75, 100, 125], [
  [0, 0, 3, 1, ''], [0, 1, 1, 1, '法提|供'], [0, 2, 1, 1, '3.补正后申请内容仍不明确'], [0, 3, 1, 1, '0'],
  [1, 1, 2, 1, '（五）|不予|处理'], [1, 2, 1, 1, '1.信访举报投诉类申请'], [1, 3, 1, 1, '2'],
  [2, 2, 1, 1, '2.重复申请'], [2, 3, 1, 1, '0'],
]);
const JOINED_ROWS = [
  ['三、本年度办理结果[7x1]', '（三）不予公开[2x1]', '1.属于国家秘密', '1'],
  ['2.其他法律行政法规禁止公开', '0'],
  ['（四）无法提供[3x1]', '1.本机关不掌握相关政府信息', '5'],
  ['2.没有现成信息需要另行制作', '3'],
  ['3.补正后申请内容仍不明确', '0'],
  ['（五）不予处理[2x1]', '1.信访举报投诉类申请', '2'],
  ['2.重复申请', '0'],
];
const pageNumber = (n: number) => textItem(`- ${n} -`, 290, 825, 12);

describe('a table continued on the next page', () => {
  it('is one table, the group labels cut by the break joined again, values and items never', () => {
    const { page: raw } = read(tablePage(1, ABOVE, { texts: [pageNumber(1)] }), tablePage(2, BELOW, { texts: [pageNumber(2)] }));
    expect(raw.tables).toHaveLength(1);
    expect(rowsOf(raw.tables[0]!)).toEqual(JOINED_ROWS);
    expect(toGrid(raw.tables[0]!).anomalies).toEqual([]);
    expect(raw.blocks).toEqual([]); // the page numbers are furniture
  });

  it('continues a column the lower part leaves undrawn (Chromium) as the spanning cell above', () => {
    const { page: raw } = read(tablePage(1, ABOVE), tablePage(2, BELOW.filter((c) => c.box.x0 !== BREAK_XS[0])));
    expect(rowsOf(raw.tables[0]!)).toEqual(JOINED_ROWS);
  });

  it('puts a row that broke over the page back together', () => {
    const above = gridCells([50, 200, 250, 300], [760, 780, 800], [[0, 0, 1, 1, '2.其他法律行政法规禁止公开'], [0, 1, 1, 1, '0'], [0, 2, 1, 1, '0'], [1, 0, 1, 1, '3.危及“三安全一稳'], [1, 1, 1, 1, '2'], [1, 2, 1, 1, '2']]);
    const below = gridCells([50, 200, 250, 300], [50, 62, 82], [[0, 0, 1, 1, '定”'], [0, 1, 1, 1, ''], [0, 2, 1, 1, ''], [1, 0, 1, 1, '4.保护第三方合法权益'], [1, 1, 1, 1, '1'], [1, 2, 1, 1, '1']]);
    const { page: raw } = read(tablePage(1, above), tablePage(2, below));
    expect(rowsOf(raw.tables[0]!)).toEqual([['2.其他法律行政法规禁止公开', '0', '0'], ['3.危及“三安全一稳定”', '2', '2'], ['4.保护第三方合法权益', '1', '1']]);
  });

  it('drops header rows repeated at the top of the lower part', () => {
    const header: [number, number, number, number, string][] = [[0, 0, 1, 1, '项目'], [0, 1, 1, 1, '数量']];
    const above = gridCells([50, 200, 300], [740, 760, 780, 800], [...header, [1, 0, 1, 1, '1.属于国家秘密'], [1, 1, 1, 1, '1'], [2, 0, 1, 1, '2.其他'], [2, 1, 1, 1, '0']]);
    const below = gridCells([50, 200, 300], [50, 70, 90], [...header, [1, 0, 1, 1, '3.危及“三安全一稳定”'], [1, 1, 1, 1, '2']]);
    const { page: raw } = read(tablePage(1, above), tablePage(2, below));
    expect(rowsOf(raw.tables[0]!)).toEqual([['项目', '数量'], ['1.属于国家秘密', '1'], ['2.其他', '0'], ['3.危及“三安全一稳定”', '2']]);
  });

  it('is not joined to a table that text separates from it', () => {
    const heading = textItem('四、政府信息公开行政复议、行政诉讼情况', 50, 40, 14);
    const { page: raw } = read(tablePage(1, ABOVE), tablePage(2, BELOW, { texts: [heading] }));
    expect(raw.tables).toHaveLength(2);
  });
});

describe('text outside the tables', () => {
  const header = (n: number) => [textItem('某某市人民政府办公室', 230, 40, 9), pageNumber(n)];
  const body = (text: string, x: number, y: number) => textItem(text, x, y, 10);
  /** 37 characters at 10 pt: a full line from the margin at 50 to 420 */
  const FULL = '这是一行排满的正文文字从左边距一直写到右边距为止没有空余的地方了吧对吧对';
  const INDENTED = FULL.slice(0, 35); // from 70: the first line of a paragraph, also full
  const pages = [
    page(1, { texts: [
      ...header(1),
      textItem('测试市2024年政府信息公开', 101, 120, 22), textItem('工作年度报告', 169, 150, 22),
      body('一、总体情况', 50, 200),
      body(INDENTED, 70, 230), body(FULL, 50, 245), body('第一段到这里结束。', 50, 260),
      body(INDENTED, 70, 290), body(FULL, 50, 305),
    ] }),
    page(2, { texts: [...header(2), body('接着上一页写完第二段。', 50, 100), body('⼆、主动公开政府信息情况', 50, 130)] }),
    page(3, { texts: [...header(3), body('第三页的文字。', 70, 100)] }),
  ];

  it('joins wrapped lines into paragraphs, over a page break too, and keeps headings apart', () => {
    const { page: raw } = read(...pages);
    expect(raw.title).toBe('测试市2024年政府信息公开工作年度报告');
    expect(raw.blocks.map((b) => [b.kind, b.text, (b.handle as PdfCellHandle).page])).toEqual([
      ['heading', '测试市2024年政府信息公开工作年度报告', 1],
      ['heading', '一、总体情况', 1],
      ['text', `${INDENTED}${FULL}第一段到这里结束。`, 1],
      ['text', `${INDENTED}${FULL}接着上一页写完第二段。`, 1],
      ['heading', '二、主动公开政府信息情况', 2],
      ['text', '第三页的文字。', 3],
    ]);
  });

  it('drops page numbers and a header repeated on every page', () => {
    const text = read(...pages).page.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('某某市人民政府办公室');
    expect(text).not.toMatch(/- \d -/);
  });
});

describe('pictures', () => {
  it('puts a large picture outside the tables in the text, where it stands, for tables-as-images', () => {
    // enough report text for the page to count as a report without tables
    const body = Array.from({ length: 10 }, (_, k) => textItem('本机关依申请公开政府信息的情况如下表所示共计若干件均已按期答复完毕', 50, 520 + 15 * k));
    const drawn = page(1, {
      texts: [textItem('三、收到和处理政府信息公开申请情况', 50, 100, 14), textItem('四、政府信息公开行政复议、行政诉讼情况', 50, 500, 14), ...body],
      images: [{ x0: 50, y0: 120, x1: 545, y1: 480 }, { x0: 500, y0: 700, x1: 540, y1: 740 }],
    });
    const { page: raw } = read(drawn);
    expect(raw.blocks.map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['heading', '三、收到和处理政府信息公开申请情况'], ['image', '第 1 页的图片'], ['heading', '四、政府信息公开行政复议、行政诉讼情况'], ['text', '本机关依申请公开政府信息的情况如下表所示'],
    ]);
    const analysis = checkPage(raw, { isReport: true, reason: 'PDF 文件' });
    expect(flatten(analysis.findings).filter(([id]) => id === 'tables-as-images')).toEqual([['tables-as-images', ['text:第 1 页的图片']]]);
  });
});

describe('scans', () => {
  const scanned = (n: number) => page(n, { images: [{ x0: 0, y0: 0, x1: A4.width, y1: A4.height }] });

  it('says which pages have no text layer, as an image block, and invents nothing', () => {
    const reading = read(tablePage(1, SPANNED), scanned(2));
    expect(reading.scannedPages).toEqual([2]);
    expect(reading.page.blocks).toEqual([expect.objectContaining({ kind: 'image', text: '第 2 页是扫描图像，没有文字层', href: '#page=2' })]);
    expect(reading.page.tables).toHaveLength(1);
  });

  it('refuses a document that is all scan, with a typed error', () => {
    expect(() => read(scanned(1), scanned(2))).toThrow(ReportFileError);
    try {
      read(scanned(1));
    } catch (error) {
      expect((error as ReportFileError).problem).toBe('scanned');
    }
  });
});
