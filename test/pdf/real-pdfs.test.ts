/**
 * The three real report PDFs (WPS exports, see test/fixtures/binary/MANIFEST.tsv) against a
 * by-eye reading of every printed cell (truth-eye-read.json): 表三 all rows × 7 columns, 表四's
 * 15 numbers, 表二. Values are compared where the reader puts them (the grid), so the check does
 * not depend on label matching: the Hongze reports print "2.其他法律行政止公开" (sic) and a one-row
 * （六）其他处理 inside a 2021 table, which the extractor may or may not map.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfInNode } from '../../src/cli/read-pdf';
import { checkPage, type Analysis } from '../../src/core/check';
import { toGrid, type Grid } from '../../src/core/extract/grid';
import type { PdfCellHandle, PdfDocumentData } from '../../src/core/extract/pdf/page-data';
import { pdfToRawPage } from '../../src/core/extract/pdf/to-raw-page';
import type { RawPage } from '../../src/core/extract/raw';
import { parseCell } from '../../src/core/extract/text';
import { errorsOf, fixturePath, flatten, rowCells } from '../helpers';

interface Truth {
  requests: Record<string, number[]>;
  review: number[];
  active: Record<string, number[]>;
}

const FILES = ['huaian-shi-zhengfu-2024.pdf', 'huaian-hongze-qu-2024.pdf', 'huaian-hongze-qu-2023.pdf'] as const;
const TRUTH = JSON.parse(readFileSync(fixturePath('binary', 'truth-eye-read.json'), 'utf8')) as Record<string, Truth>;
const DETECTION = { isReport: true, reason: 'PDF 文件' };

const data = new Map<string, PdfDocumentData>();
const pages = new Map<string, RawPage>();
beforeAll(async () => {
  for (const file of FILES) {
    const read = await readPdfInNode(new Uint8Array(readFileSync(fixturePath('binary', file))));
    data.set(file, read);
    pages.set(file, pdfToRawPage(structuredClone(read)).page);
  }
});

const numberOf = (text: string): number | null => {
  const parsed = parseCell(text);
  return parsed.kind === 'number' ? parsed.value : null;
};

/** A grid row as the reader gives it: the texts of the cells that start on it, left to right. */
const ownTexts = (grid: Grid, r: number): string[] => rowCells(grid, r).filter((c) => c.own).map((c) => c.cell.text);

/** Rows ending in `count` numbers: their labels (the other own cells) and values, in page order. */
function valueRows(page: RawPage, count: number): { label: string; values: number[]; handle: PdfCellHandle }[] {
  const out: { label: string; values: number[]; handle: PdfCellHandle }[] = [];
  for (const table of page.tables) {
    const grid = toGrid(table);
    grid.slots.forEach((_, r) => {
      const own = rowCells(grid, r).filter((c) => c.own);
      const values = own.slice(-count).map((c) => numberOf(c.cell.text));
      if (own.length < count || values.some((v) => v === null)) return;
      const label = own.slice(0, -count).map((c) => c.cell.text).join('|');
      out.push({ label, values: values as number[], handle: own[own.length - 1]!.cell.handle as PdfCellHandle });
    });
  }
  return out;
}

const REQUESTS_START = '一、本年新收政府信息公开申请数量';

/** 表三's value rows: from 本年新收 to 结转下年度, seven numbers each. */
function requestsRows(page: RawPage) {
  const rows = valueRows(page, 7);
  const start = rows.findIndex((r) => r.label.replace(/\s/g, '') === REQUESTS_START);
  const end = rows.findIndex((r) => r.label.includes('四、结转下年度继续办理'));
  return rows.slice(start, end + 1);
}

describe.each(FILES)('%s', (file) => {
  const truth = TRUTH[file]!;
  const page = () => pages.get(file)!;

  it('reads every value of 表三 in its row and column', () => {
    const rows = requestsRows(page());
    expect(rows.map((r) => r.values)).toEqual(Object.values(truth.requests));
  });

  it('reads the 15 numbers of 表四', () => {
    const rows = valueRows(page(), 15);
    expect(rows.map((r) => r.values)).toEqual([truth.review]);
  });

  it('reads every value of 表二 beside its label', () => {
    const labels: Record<string, string> = {
      regulations: '规章', normativeDocuments: '行政规范性文件', licensing: '行政许可',
      penalty: '行政处罚', enforcement: '行政强制', fees: '行政事业性收费',
    };
    const read: Record<string, number[]> = {};
    for (const table of page().tables) {
      const grid = toGrid(table);
      grid.slots.forEach((_, r) => {
        const [label, ...rest] = ownTexts(grid, r);
        const key = Object.keys(labels).find((k) => labels[k] === label);
        if (key) read[key] = rest.map((t) => numberOf(t)!);
      });
    }
    expect(read).toEqual(truth.active);
  });

  it('gives every cell of 表三 its page and box', () => {
    const rows = requestsRows(page());
    for (const row of rows) {
      expect(row.handle.page).toBeGreaterThanOrEqual(3);
      expect(row.handle.box.x1).toBeGreaterThan(row.handle.box.x0);
    }
  });

  it('leaves page numbers out of the text', () => {
    expect(page().blocks.filter((b) => /^\s*-\s*\d+\s*-\s*$/.test(b.text))).toEqual([]);
  });

  it('loses no row when the borders at the page breaks are taken away', () => {
    const stripped = structuredClone(data.get(file)!);
    let removed = 0;
    for (const p of stripped.pages) {
      const isHorizontal = (s: { y0: number; y1: number }) => Math.abs(s.y0 - s.y1) < 0.5;
      const ys = p.segments.filter(isHorizontal).map((s) => s.y0);
      if (ys.length === 0) continue;
      // the topmost and bottommost rules of the page, where they are a table's border (the vertical rules end there)
      const ends = p.segments.filter((s) => !isHorizontal(s)).flatMap((s) => [s.y0, s.y1]);
      const border = (y: number) => ends.some((e) => Math.abs(e - y) < 1);
      const edges = [Math.min(...ys), Math.max(...ys)].filter(border);
      const kept = p.segments.filter((s) => !(isHorizontal(s) && edges.some((y) => Math.abs(s.y0 - y) < 1)));
      removed += p.segments.length - kept.length;
      p.segments = kept;
    }
    expect(removed).toBeGreaterThanOrEqual(4);
    const again = pdfToRawPage(stripped).page;
    expect(requestsRows(again).map((r) => r.values)).toEqual(Object.values(truth.requests));
    expect(flatten(checkPage(again, DETECTION).findings)).toEqual(flatten(checkPage(page(), DETECTION).findings));
  });
});

describe('through the whole pipeline', () => {
  const analysis = (file: (typeof FILES)[number]): Analysis => checkPage(pages.get(file)!, DETECTION);

  /** Cells the extraction gives the truth's value; rows the labels of which it cannot map are not counted. */
  function cellsRight(file: (typeof FILES)[number]): { right: number; wrong: string[] } {
    const { extraction } = analysis(file);
    const truth = TRUTH[file]!;
    const columns = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
    const reviewKeys = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [g, c] as const));
    const activeColumns: Record<string, string[]> = { regulations: ['issued', 'repealed', 'inForce'], normativeDocuments: ['issued', 'repealed', 'inForce'], licensing: ['decisions'], penalty: ['decisions'], enforcement: ['decisions'], fees: ['amount'] };
    const wrong: string[] = [];
    let right = 0;
    const check = (table: 'requests' | 'review' | 'active', row: string, column: string, expected: number) => {
      const value = extraction.tables[table]?.cells.get(row, column)?.value;
      if (value === expected) right += 1;
      else wrong.push(`${table}.${row}.${column}: ${value} ≠ ${expected}`);
    };
    for (const [row, values] of Object.entries(truth.requests)) values.forEach((v, i) => { check('requests', row, columns[i]!, v); });
    truth.review.forEach((v, i) => { check('review', reviewKeys[i]![0], reviewKeys[i]![1], v); });
    for (const [row, values] of Object.entries(truth.active)) values.forEach((v, i) => { check('active', row, activeColumns[row]![i]!, v); });
    return { right, wrong };
  }

  it('has every cell of the Huaian city report right, by key', () => {
    expect(cellsRight('huaian-shi-zhengfu-2024.pdf')).toEqual({ right: 25 * 7 + 15 + 10, wrong: [] });
  });

  it('has the Hongze cells right by key but for the two rows whose printed labels differ from the format', () => {
    for (const file of ['huaian-hongze-qu-2024.pdf', 'huaian-hongze-qu-2023.pdf'] as const) {
      const { wrong } = cellsRight(file);
      expect(wrong.every((w) => w.startsWith('requests.denied.prohibitedByLaw.') || w.startsWith('requests.other.'))).toBe(true);
      const labels = requestsRows(pages.get(file)!).flatMap((r) => r.label.split('|'));
      expect(labels).toContain('2.其他法律行政止公开');
      expect(labels).toContain('（六）其他处理');
    }
  });

  it('finds the real 表四 error of Hongze 2023: 行政复议 10+1+0+0 but 总计 0, 复议后起诉 5 but 总计 0', () => {
    const groupTotals = flatten(errorsOf(analysis('huaian-hongze-qu-2023.pdf').findings)).filter(([id]) => id === 'review-group-total');
    const group = (g: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review.${g}.${c}`);
    expect(groupTotals).toEqual([['review-group-total', group('reconsideration')], ['review-group-total', group('litigationAfterReconsideration')]]);
  });

  it('raises no error on 表三 of Hongze 2023, whose page-3 part has no bottom border (no row is lost)', () => {
    const ids = errorsOf(analysis('huaian-hongze-qu-2023.pdf').findings).map((f) => f.ruleId);
    expect(ids.filter((id) => id.startsWith('requests-'))).toEqual([]);
  });

  it('raises no error on the reports whose identities all hold', () => {
    expect(errorsOf(analysis('huaian-shi-zhengfu-2024.pdf').findings)).toEqual([]);
    expect(errorsOf(analysis('huaian-hongze-qu-2024.pdf').findings)).toEqual([]);
  });

  it('reads the title, the year and the format as printed', () => {
    expect(analysis('huaian-shi-zhengfu-2024.pdf').meta).toMatchObject({ title: '淮安市人民政府2024年政府信息公开工作年度报告', agency: '淮安市人民政府', year: 2024 });
    expect(analysis('huaian-hongze-qu-2023.pdf').meta).toMatchObject({ title: '洪泽区人民政府2023年政府信息公开工作年度报告', year: 2023 });
    expect(analysis('huaian-shi-zhengfu-2024.pdf').format).toBe('2021');
  });

  it('finds the six section headings in the text', () => {
    const headings = analysis('huaian-shi-zhengfu-2024.pdf');
    expect(flatten(headings.findings).filter(([id]) => id.startsWith('section-'))).toEqual([]);
    expect(pages.get('huaian-shi-zhengfu-2024.pdf')!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '淮安市人民政府2024年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
  });
});
