/**
 * Report files whatever they are: the type by signature, the PDF and DOCX of a page against its
 * HTML (other producers than the real files' WPS: Chromium and LibreOffice, made by
 * test/fixtures/binary/make-binaries.mjs), and the files that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/cli/read-report-file';
import { checkPage, type Analysis } from '../../src/core/check';
import { LEGACY_WORD_MESSAGE, ReportFileError } from '../../src/core/extract/file-type';
import type { RawTable } from '../../src/core/extract/raw';
import { checkFixture, fixturePath, flatten } from '../helpers';
import { minimalPdf, type MinimalPage } from './minimal-pdf';

const fileBytes = (...parts: string[]) => new Uint8Array(readFileSync(fixturePath(...parts)));
const generated = (name: string) => fileBytes('binary', 'generated', name);

async function checkFile(bytes: Uint8Array): Promise<Analysis> {
  const file = await readReportFile(bytes, 'file:///report');
  return checkPage(file.page, file.detection);
}

/** Every cell the extraction found, as key → value and kind. */
function cellValues(analysis: Analysis): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of Object.values(analysis.extraction.tables)) {
    for (const c of table!.cells.all()) out[`${c.table}.${c.row}.${c.column}`] = `${c.value} ${c.kind}`;
  }
  return out;
}

/** Findings about table cells, flattened and sorted (the text rules quote the text instead). */
const tableFindings = (analysis: Analysis) =>
  flatten(analysis.findings).filter(([, cells]) => cells.length > 0 && cells.every((c) => !c.startsWith('text:'))).sort((a, b) => `${a}`.localeCompare(`${b}`));

const SOURCES: Record<string, string[]> = {
  'seed-002': ['seeds', '002_27ba472c7186d65d.html'],
  'pingtan-2024': ['corpus', 'pingtan-2024-article.html'],
  'shanghai-2019': ['corpus', 'shanghai-bangongting-2019-fragment.html'],
  'shuyang-2023': ['corpus', 'shuyang-fagaiju-2023-article.html'],
  'test-city-2025': ['corpus', 'test-city-2025-clean.html'],
};
const OUTPUTS = ['chromium.pdf', 'libreoffice.pdf', 'libreoffice.docx'];

describe.each(Object.entries(SOURCES))('%s as PDF and DOCX', (name, source) => {
  const html = checkFixture(...source);

  it.each(OUTPUTS)(`gives the tables and findings of its HTML: ${name}.%s`, async (output) => {
    const analysis = await checkFile(generated(`${name}.${output}`));
    expect(Object.keys(cellValues(html)).length).toBeGreaterThanOrEqual(198);
    expect(cellValues(analysis)).toEqual(cellValues(html));
    expect(analysis.format).toBe(html.format);
    expect(tableFindings(analysis)).toEqual(tableFindings(html));
    // the text rules too: the paragraphs read from the PDF say what the page says
    expect(analysis.findings.map((f) => f.ruleId).sort()).toEqual(html.findings.map((f) => f.ruleId).sort());
  });
});

describe('the real DOCX template and its PDF (LibreOffice)', () => {
  it('give the same tables: every cell text and span', async () => {
    const spans = (tables: RawTable[]) => tables.map((t) => t.rows.map((r) => r.cells.map((c) => `${c.text.replace(/\s+/g, '')} ${c.rowSpan}x${c.colSpan}`)));
    const docx = await readReportFile(fileBytes('binary', 'template-2021-format.docx'));
    const pdf = await readReportFile(generated('template-2021.libreoffice.pdf'));
    expect(spans(pdf.page.tables)).toEqual(spans(docx.page.tables));
    expect(docx.page.tables.map((t) => t.rows.length)).toEqual([14, 28, 4]);
  });
});

describe('special PDFs', () => {
  it('reads a table printed without its outer borders', async () => {
    const analysis = await checkFile(generated('no-outer-borders.chromium.pdf'));
    const html = checkFixture(...SOURCES['test-city-2025']!);
    expect(cellValues(analysis)).toEqual(cellValues(html));
  });

  it('says a scan (an image-only PDF) is a scan and reads no number from it', async () => {
    await expect(readReportFile(generated('scan.pdf'))).rejects.toMatchObject({ name: 'ReportFileError', problem: 'scanned' });
  });

  it('says a password-protected PDF cannot be read', async () => {
    await expect(readReportFile(generated('password.pdf'))).rejects.toMatchObject({ problem: 'encrypted', message: expect.stringContaining('密码') });
  });

  it('says a truncated or broken PDF cannot be read', async () => {
    const real = fileBytes('binary', 'huaian-hongze-qu-2023.pdf');
    await expect(readReportFile(real.subarray(0, Math.floor(real.length * 0.6)))).rejects.toMatchObject({ problem: 'broken' });
    await expect(readReportFile(new TextEncoder().encode('%PDF-1.7\nnot a PDF at all'))).rejects.toMatchObject({ problem: 'broken' });
  });
});

describe('files that are not read', () => {
  it('sends a legacy .doc or .wps away with what to do', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    await expect(readReportFile(ole)).rejects.toMatchObject({ problem: 'legacy-word', message: LEGACY_WORD_MESSAGE });
    expect(LEGACY_WORD_MESSAGE).toContain('请另存为 PDF 或 DOCX 后再检查');
  });

  it('refuses empty input and unknown data with a typed error', async () => {
    await expect(readReportFile(new Uint8Array(0))).rejects.toBeInstanceOf(ReportFileError);
    await expect(readReportFile(new TextEncoder().encode('just some text'))).rejects.toMatchObject({ problem: 'unknown-type' });
  });

  it('reads an HTML page the way the CLI always did', async () => {
    const file = await readReportFile(fileBytes(...SOURCES['seed-002']!), 'file:///x');
    expect(file.type).toBe('html');
    expect(cellValues(checkPage(file.page, file.detection))).toEqual(cellValues(checkFixture(...SOURCES['seed-002']!)));
  });
});

describe('a 200-page PDF', () => {
  /** A heading and a 4 × 10 ruled table with numbers on every page. */
  const pages: MinimalPage[] = Array.from({ length: 200 }, (_, n) => {
    const xs = [60, 200, 300, 400, 500];
    const ys = Array.from({ length: 11 }, (_, r) => 120 + 25 * r);
    return {
      texts: [
        { x: 60, y: 90, text: `Section ${n + 1}`, size: 14 },
        ...ys.slice(0, -1).flatMap((y, r) => xs.slice(0, -1).map((x, c) => ({ x: x + 4, y: y + 16, text: c === 0 ? `row ${r + 1}` : String(n * 100 + r * 10 + c) }))),
      ],
      lines: [...ys.map((y) => ({ x0: xs[0]!, y0: y, x1: xs[4]!, y1: y })), ...xs.map((x) => ({ x0: x, y0: ys[0]!, x1: x, y1: ys[10]! }))],
    };
  });

  it('is read in bounded time and memory, every page', async () => {
    const bytes = minimalPdf(pages);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const file = await readReportFile(bytes);
    const seconds = (performance.now() - started) / 1000;
    const heapGrowth = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    expect(file.page.tables).toHaveLength(200);
    expect(file.page.tables[199]!.rows[9]!.cells.map((c) => c.text)).toEqual(['row 10', '19991', '19992', '19993']);
    expect(seconds).toBeLessThan(30);
    expect(heapGrowth).toBeLessThan(300);
  });
});
