import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REVIEWED_FINDINGS_COLUMNS, reviewedFindingRows, sheetCsv, sheetXlsx } from '../../src/core/export/season';
import { findingRows, type SourceResult } from '../../src/core/export/summary';
import { fingerprint } from '../../src/core/fingerprint';
import type { Decision } from '../../src/core/review';
import { checkFixture } from '../helpers';

const analysis = checkFixture('corpus', 'pingtan-2020-page.html');
const result: SourceResult = { source: 'https://www.pingtan.gov.cn/a.html', report: analysis.json, verdict: analysis.verdict.reason };
const { agency, year } = analysis.meta;

const decision = (over: Partial<Decision>): Decision => ({
  fingerprint: '', verdict: 'confirmed', comment: '', ruleId: 'x', severity: 'error', message: 'm',
  agency, year, url: result.source, decidedAt: '2026-12-02T10:00:00.000Z', ...over,
});

describe('the 问题清单 with decisions', () => {
  it('is the CLI\'s rows with the decision and comment of each finding, by fingerprint', () => {
    const first = analysis.findings[0]!;
    const rows = reviewedFindingRows(result, [decision({ fingerprint: fingerprint(first, agency, year), comment: '已核实' })]);
    const cli = findingRows(result);
    expect(rows.map(({ decision: _d, comment: _c, ...rest }) => rest)).toEqual(cli);
    expect(rows[0]).toMatchObject({ decision: '确认', comment: '已核实' });
    expect(rows.slice(1).every((r) => r.decision === null && r.comment === null)).toBe(true);
  });

  it('keeps a decision whose finding has gone as a row of its own, 已不存在', () => {
    const gone = decision({ fingerprint: 'table-balance:2020:gone', verdict: 'ignored', ruleId: 'table-balance', message: '旧的问题', comment: '非问题' });
    const rows = reviewedFindingRows(result, [gone]);
    expect(rows).toHaveLength(analysis.findings.length + 1);
    expect(rows.at(-1)).toMatchObject({ rule_id: 'table-balance', message: '旧的问题', decision: '忽略（已不存在）', comment: '非问题', severity: '错误' });
  });

  it('writes CSV with a BOM and XLSX that reads back cell by cell', async () => {
    const rows = reviewedFindingRows(result, []).map((r) => REVIEWED_FINDINGS_COLUMNS.map((c) => r[c]));
    const csv = sheetCsv(REVIEWED_FINDINGS_COLUMNS, rows);
    expect(csv.startsWith(`\ufeff${REVIEWED_FINDINGS_COLUMNS.join(',')}\r\n`)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await sheetXlsx('问题清单', REVIEWED_FINDINGS_COLUMNS, rows) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('问题清单');
    rows.forEach((row, r) => {
      row.forEach((cell, c) => { expect(sheet.getRow(r + 2).getCell(c + 1).value ?? null).toEqual(cell); });
    });
  });
});
