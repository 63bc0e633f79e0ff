import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/core/check';
import { readDocx, type DocxCellHandle } from '../../src/core/extract/docx';
import { ReportFileError } from '../../src/core/extract/file-type';
import { toGrid } from '../../src/core/extract/grid';
import type { RawTable } from '../../src/core/extract/raw';
import { parseXml, XmlFormatError } from '../../src/core/extract/xml';
import { fixturePath, flatten } from '../helpers';
import { makeZip } from './zip-builder';

const rowsOf = (table: RawTable): string[][] =>
  table.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan > 1 || c.colSpan > 1 ? `[${c.rowSpan}x${c.colSpan}]` : ''}`));

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
const docx = (body: string, parts: Record<string, string> = {}) => makeZip({
  '[Content_Types].xml': '<Types/>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
  ...parts,
});

describe('readDocx on the real 2021 template (WPS)', () => {
  const bytes = new Uint8Array(readFileSync(fixturePath('binary', 'template-2021-format.docx')));

  it('turns gridSpan into colspan and vMerge into rowspan', async () => {
    const page = await readDocx(bytes);
    expect(page.tables).toHaveLength(3);
    for (const table of page.tables) expect(toGrid(table).anomalies).toEqual([]);
    const requests = rowsOf(page.tables[1]!);
    expect(requests[0]).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）[3x3]', '申请人情况[1x7]']);
    expect(requests[5]!.slice(0, 2)).toEqual(['三、本年度办理结果[22x1]', '（一）予以公开[1x2]']);
    expect(requests[7]![0]).toBe('（三）不予公开[8x1]');
    expect(requests[15]![0]).toBe('（四）无法提供[3x1]');
    expect(requests[18]![0]).toBe('（五）不予处理[5x1]');
    expect(requests[23]![0]).toBe('（六）其他处理[3x1]');
    expect(rowsOf(page.tables[2]!)[0]).toEqual(['行政复议[1x5]', '行政诉讼[1x10]']);
    expect(rowsOf(page.tables[2]!)[1]![0]).toBe('结果维持[2x1]');
  });

  it('gives the pipeline the 2021 format with every value cell blank', async () => {
    const analysis = checkPage(await readDocx(bytes), { isReport: true, reason: 'DOCX 文件' });
    expect(analysis.format).toBe('2021');
    expect(analysis.meta.title).toBe('政府信息公开工作年度报告格式模板');
    const blanks = flatten(analysis.findings).filter(([id]) => id === 'cell-blank').map(([, cells]) => cells.length);
    expect(blanks).toEqual([10, 175, 15]);
  });

  it('names each cell by table, row and cell index', async () => {
    const page = await readDocx(bytes);
    expect(page.tables[1]!.rows[5]!.cells[1]!.handle).toEqual({ table: 1, row: 5, cell: 1 } satisfies DocxCellHandle);
  });
});

describe('readDocx on WordprocessingML as producers write it', () => {
  it('keeps the place of cells left out by gridBefore and joins legacy hMerge cells', async () => {
    const table = `<w:tbl>
      <w:tr>${tc(p('表头'), '<w:gridSpan w:val="3"/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('1'))}${tc(p('2'))}</w:tr>
      <w:tr>${tc(p('合'), '<w:hMerge w:val="restart"/>')}${tc(p(''), '<w:hMerge/>')}${tc(p('3'))}</w:tr>
    </w:tbl>`;
    const page = await readDocx(docx(table));
    expect(rowsOf(page.tables[0]!)).toEqual([['表头[1x3]'], ['', '1', '2'], ['合[1x2]', '3']]);
  });

  it('ends a vertical merge where a row does not continue it', async () => {
    const table = `<w:tbl>
      <w:tr>${tc(p('组'), '<w:vMerge w:val="restart"/>')}${tc(p('a'))}</w:tr>
      <w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p('b'))}</w:tr>
      <w:tr>${tc(p('另一组'))}${tc(p('c'))}</w:tr>
      <w:tr>${tc(p(''), '<w:vMerge w:val="continue"/>')}${tc(p('d'))}</w:tr>
    </w:tbl>`;
    const page = await readDocx(docx(table));
    // the last continue has no restart above it: it stays a cell of its own, empty
    expect(rowsOf(page.tables[0]!)).toEqual([['组[2x1]', 'a'], ['b'], ['另一组', 'c'], ['', 'd']]);
  });

  it('reads text as it reads: insertions yes, deletions and field codes no, breaks as lines', async () => {
    const body = `<w:p><w:r><w:t>受理</w:t></w:r><w:del><w:r><w:delText>12</w:delText></w:r></w:del><w:ins><w:r><w:t>17</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>
      <w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>`;
    const page = await readDocx(docx(body));
    expect(page.blocks.map((b) => b.text)).toEqual(['受理17件', '第一行\n第二行']);
  });

  it('opens content controls and reads a table nested in a cell as a table of its own', async () => {
    const inner = `<w:tbl><w:tr>${tc(p('内'))}${tc(p('1'))}</w:tr></w:tbl>`;
    const body = `<w:sdt><w:sdtContent>${p('一、总体情况')}</w:sdtContent></w:sdt>
      <w:tbl><w:sdt><w:sdtContent><w:tr>${tc(p('外') + inner)}${tc(p('2'))}</w:tr></w:sdtContent></w:sdt></w:tbl>`;
    const page = await readDocx(docx(body));
    expect(page.blocks.map((b) => b.text)).toEqual(['一、总体情况']);
    expect(page.tables.map(rowsOf)).toEqual([[['外', '2']], [['内', '1']]]);
  });

  it('knows headings by style name, style outline level or direct outline level, and pictures', async () => {
    const styles = `<w:styles ${NS}>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="Lvl"/></w:style>
      <w:style w:type="paragraph" w:styleId="Lvl"><w:name w:val="Lvl"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
    </w:styles>`;
    const picture = '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="表三截图"/><a:graphic><a:graphicData><a:blip/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const body = p('标题一', '<w:pStyle w:val="1"/>') + p('标题二', '<w:pStyle w:val="Sub"/>') + p('正文', '<w:pStyle w:val="Body"/>') + p('直接', '<w:outlineLvl w:val="0"/>') + picture;
    const page = await readDocx(docx(body, { 'word/styles.xml': styles }));
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([['heading', '标题一'], ['heading', '标题二'], ['text', '正文'], ['heading', '直接'], ['image', '表三截图']]);
  });

  it('takes the title as printed (centred among the first paragraphs), else from the properties', async () => {
    const core = '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>属性里的标题</dc:title></cp:coreProperties>';
    expect((await readDocx(docx(p('某镇2024年政府信息公开工作年度报告', '<w:jc w:val="center"/>'), { 'docProps/core.xml': core }))).title).toBe('某镇2024年政府信息公开工作年度报告');
    expect((await readDocx(docx(p('正文'), { 'docProps/core.xml': core }))).title).toBe('属性里的标题');
  });

  it('refuses a ZIP without a document and XML that is not well-formed, as a broken DOCX', async () => {
    await expect(readDocx(makeZip({ 'word/other.xml': '<x/>' }))).rejects.toMatchObject({ problem: 'broken' });
    await expect(readDocx(docx('<w:p><w:r><w:t>未闭合</w:r></w:p>'))).rejects.toBeInstanceOf(ReportFileError);
  });
});

describe('parseXml', () => {
  it('decodes entities, CDATA and keeps qualified names', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><w:t a="&lt;1&gt;" b=\'&#x4E00;\'>A&amp;B<![CDATA[<raw>]]>&#19968;</w:t>');
    expect(root).toEqual({ name: 'w:t', attrs: { a: '<1>', b: '一' }, children: ['A&B', '<raw>', '一'] });
  });

  it('throws on mismatched tags', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlFormatError);
    expect(() => parseXml('<a>')).toThrow(XmlFormatError);
  });
});
