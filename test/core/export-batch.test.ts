/** The batch files' rows (summary, 问题清单), their CSV/Markdown lines, and the XLSX writer read back by ExcelJS. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findingRows, FINDINGS_COLUMNS, summaryRow, SUMMARY_COLUMNS, worstFirst, type SourceResult } from '../../src/core/export/summary';
import { csvLine, markdownHeader, markdownLine } from '../../src/core/export/text-formats';
import { columnName, displayWidth, MAX_COLUMN_WIDTH, widen, writeXlsx } from '../../src/core/export/xlsx';
import { crc32, memorySink, ZipWriter } from '../../src/core/export/zip-write';
import { zipEntries, readZipEntry } from '../../src/core/extract/zip';
import { checkFixture } from '../helpers';

const seed = (): SourceResult => {
  const analysis = checkFixture('seeds', '002_27ba472c7186d65d.html');
  return { source: 'seeds/002.html', report: analysis.json, verdict: analysis.verdict.reason };
};

describe('summary and 问题清单 rows', () => {
  it('a report: its facts, counts, the suspect, the first error after it', () => {
    const result = seed();
    const { findings } = 'report' in result ? result.report : { findings: [] };
    const row = summaryRow(result);
    expect(Object.keys(row)).toEqual([...SUMMARY_COLUMNS]);
    expect(row).toMatchObject({ source: 'seeds/002.html', year: 2019, format: '2019' });
    expect(row.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(row.suspect).toBe(findings.find((f) => f.ruleId === 'suspect-cell')!.message);
    expect(row.first_error).toBe(`requests-balance：${findings.find((f) => f.ruleId === 'requests-balance')!.message}`);
  });

  it('an unreadable input and a page that is no report say why, in first_error', () => {
    expect(summaryRow({ source: 'x.doc', error: '这是旧版 Word' })).toEqual({
      source: 'x.doc', agency: null, year: null, format: null, errors: null, warnings: null, infos: null, suspect: null, first_error: '无法读取：这是旧版 Word',
    });
    const page = checkFixture('seeds', '002_27ba472c7186d65d.html');
    const notReport = { source: 'list.html', report: { ...page.json, detected: false, findings: [], tables: {} }, verdict: '没有找到统计表' };
    expect(summaryRow(notReport)).toMatchObject({ errors: 0, warnings: 0, infos: 0, first_error: '不是年度报告：没有找到统计表' });
    expect(findingRows(notReport)).toEqual([expect.objectContaining({ source: 'list.html', message: '不是年度报告：没有找到统计表', rule_id: null })]);
  });

  it('sorts unreadable inputs first, then by errors, warnings, infos; ties keep their order', () => {
    const r = (source: string, errors: number | null, warnings = 0, infos = 0) => ({ source, errors, warnings, infos });
    const rows = [r('a', 0, 1), r('b', 2), r('c', null), r('d', 2, 0, 3), r('e', 0, 1), r('f', 0, 0, 0)];
    expect(rows.sort(worstFirst).map((x) => x.source)).toEqual(['c', 'd', 'b', 'a', 'e', 'f']);
  });

  it('a finding row names the table, the cells by their labels, the fix and the severity in Chinese', () => {
    const rows = findingRows(seed());
    expect(rows[0]).toMatchObject({
      source: 'seeds/002.html', year: 2019, table: '表三', rule_id: 'suspect-cell', severity: '错误',
      cells: '（七）总计·自然人、（七）总计·其他、（七）总计·总计', fix: '（七）总计·自然人 = 1、（七）总计·其他 = 11、（七）总计·总计 = 12',
    });
    expect(Object.keys(rows[0]!)).toEqual([...FINDINGS_COLUMNS]);
    const shanghai = checkFixture('corpus', 'shanghai-bangongting-2019-fragment.html');
    const text = findingRows({ source: 's', report: shanghai.json, verdict: '' }).find((r) => r.rule_id === 'text-requests');
    expect(text).toMatchObject({ table: '正文', severity: '警告' });
    expect(text!.cells).toMatch(/^「予以公开及部分公开258件，占33.9%；」、（一）予以公开·总计、/);
  });
});

describe('CSV and Markdown lines', () => {
  it('quotes as RFC 4180 and keeps a spreadsheet from running text as a formula', () => {
    expect(csvLine(['a,b', 'say "hi"', 12, null, -3, '-3', '=HYPERLINK("x")', '+1 件', '@x'])).toBe('"a,b","say ""hi""",12,,-3,-3,"\'=HYPERLINK(""x"")",\'+1 件,\'@x');
  });
  it('Markdown rows escape pipes and keep one line', () => {
    expect(markdownHeader(['a', 'b'])).toBe('| a | b |\n| --- | --- |');
    expect(markdownLine(['x|y', 'two\nlines', null])).toBe('| x\\|y | two lines |  |');
  });
});

describe('ZIP and XLSX writers', () => {
  it('CRC-32 as the format defines it, continued over pieces', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });

  it('writes a ZIP our reader opens, entries deflated and read back byte for byte', async () => {
    const sink = memorySink();
    const zip = new ZipWriter(sink);
    const long = '年度报告'.repeat(50_000);
    await zip.add('a.txt', ['hello ', 'world']);
    await zip.add('b/long.txt', (async function* () { for (let i = 0; i < 4; i += 1) yield long; })());
    await zip.close();
    const bytes = sink.bytes();
    const entries = zipEntries(bytes);
    expect(entries.map((e) => [e.name, e.method])).toEqual([['a.txt', 8], ['b/long.txt', 8]]);
    const text = async (i: number) => new TextDecoder().decode(await readZipEntry(bytes, entries[i]!, 10_000_000));
    expect(await text(0)).toBe('hello world');
    expect(await text(1)).toBe(long.repeat(4));
    expect(entries[1]!.compressedSize).toBeLessThan(entries[1]!.size / 100);
  });

  it('columns: letters, display width (CJK double), widths capped', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(displayWidth('平潭a（1）')).toBe(10);
    expect(widen([4], ['平潭综合实验区', 3, null])).toEqual([16, 3]);
    expect(widen([], ['长'.repeat(200)])).toEqual([MAX_COLUMN_WIDTH]);
  });

  it('an XLSX that ExcelJS reads cell by cell: header bold and frozen, filters on, widths, Chinese text, numbers as numbers', async () => {
    const header = ['source', 'agency', 'errors', 'message'];
    const rows = [
      ['reports/a.html', '平潭综合实验区管委会', 3, `表三：${'很长的说明'.repeat(20)}`],
      ['b.pdf', null, 0, '含控制字符\u0007与 <标记> & “引号”'],
    ];
    const widths = rows.reduce(widen, widen([], header));
    const sink = memorySink();
    await writeXlsx(new ZipWriter(sink), [
      { name: '汇总', header, rows, widths },
      { name: "O'Brien 表", header: ['x'], rows: (async function* () { yield [1]; yield [2.5]; })(), widths: [5] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sink.bytes().buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', "O'Brien 表"]);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(sheet.getRow(2).values).toEqual([undefined, ...rows[0]!]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'b.pdf', undefined, 0, '含控制字符与 <标记> & “引号”']);
    expect(sheet.getCell('C2').value).toBe(3);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.autoFilter).toBe('A1:D3');
    expect(sheet.columns.map((c) => c.width)).toEqual(widths);
    expect(sheet.getCell('D2').alignment?.wrapText).toBe(true);
    expect(book.worksheets[1]!.getColumn(1).values).toEqual([undefined, 'x', 1, 2.5]);
    expect(book.worksheets[1]!.autoFilter).toBe('A1:A3');
  });
});
