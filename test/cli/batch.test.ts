/**
 * Several inputs at once, as users run it (the built bin): folders, lists, URLs and files that
 * cannot be read; JSON Lines and the summary held to each page's own `check --json`; history
 * across years; the files read back (CSV with its BOM, XLSX by ExcelJS cell by cell); Ctrl-C;
 * the progress line only on a terminal.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check';
import { findingRows, FINDINGS_COLUMNS, summaryRow, SUMMARY_COLUMNS, worstFirst, type SummaryRow } from '../../src/core/export/summary';
import { snapshotOf } from '../../src/core/snapshot';
import { parseHtmlDocument } from '../../src/cli/html';
import { fixturePath, ruleIdsOf } from '../helpers';
import { buildCli, cli, ROOT } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
const CORPUS = `${fixturePath('corpus')}/`;
const SEEDS = `${fixturePath('seeds')}/`;
const htmlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
const jsonLines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { source: string });

/** CSV as a reader opens it: the BOM first, then RFC 4180 records (the summary has no line breaks in cells). */
function readCsv(path: string): { bom: boolean; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  const records = text.slice(1).split('\r\n').filter((l) => l !== '');
  const fields = (line: string) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!));
  return { bom: text.startsWith('\ufeff'), rows: records.map(fields) };
}

const asText = (row: SummaryRow) => SUMMARY_COLUMNS.map((c) => (row[c] === null ? '' : String(row[c])));

let server: Server;
let base = '';
let slowRequests = 0;
beforeAll(async () => {
  buildCli();
  server = createServer((req, res) => {
    if (req.url === '/report.html') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(readFileSync(fixturePath('corpus', 'test-city-2025-clean.html'))); return; }
    if (req.url === '/report.pdf') { res.setHeader('content-type', 'application/pdf'); res.end(readFileSync(fixturePath('binary', 'huaian-shi-zhengfu-2024.pdf'))); return; }
    if (req.url === '/slow') { slowRequests += 1; return; } // never answers
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

describe('check over folders: the same as each page alone', () => {
  const pages = [...htmlIn(fixturePath('corpus')), ...htmlIn(fixturePath('seeds'))];
  let lines: ReturnType<typeof jsonLines> = [];
  let summary: ReturnType<typeof readCsv>;
  let code: number | null = null;

  beforeAll(async () => {
    const r = await cli(['check', CORPUS, SEEDS, '--json', '--summary', join(tmp, 'summary.csv')]);
    code = r.code;
    lines = jsonLines(r.out);
    summary = readCsv(join(tmp, 'summary.csv'));
  });

  it('prints one JSON line per page, in input order, each its single `check --json` plus "source"', async () => {
    expect(lines.map((l) => l.source)).toEqual(pages);
    const singles = await Promise.all(pages.map((p) => cli(['check', p, '--json'])));
    lines.forEach(({ source, ...report }, i) => { expect(report, source).toEqual(JSON.parse(singles[i]!.out)); });
    expect(code).toBe(1); // the seeds and three corpus pages have errors
  });

  it('the summary CSV opens with its BOM: the spec’s columns, one row per page, worst first', () => {
    expect(summary.bom).toBe(true);
    expect(summary.rows[0]).toEqual([...SUMMARY_COLUMNS]);
    const expected = lines.map(({ source, ...report }) => summaryRow({ source, report: report as never, verdict: '' })).sort(worstFirst);
    expect(summary.rows.slice(1)).toEqual(expected.map(asText));
    expect(Number(summary.rows[1]![4])).toBeGreaterThan(0);
  });
});

describe('a mix of good and bad inputs', () => {
  let r: Awaited<ReturnType<typeof cli>>;
  const folder = join(tmp, 'mix');

  beforeAll(async () => {
    mkdirSync(join(folder, 'sub'), { recursive: true });
    mkdirSync(join(folder, '.hidden'), { recursive: true });
    copyFileSync(fixturePath('corpus', 'test-city-2025-clean.html'), join(folder, 'a.html'));
    copyFileSync(fixturePath('binary', 'generated', 'test-city-2025.libreoffice.docx'), join(folder, 'sub', 'b.docx'));
    copyFileSync(fixturePath('binary', 'huaian-shi-zhengfu-2024.pdf'), join(folder, 'sub', 'c.PDF'));
    copyFileSync(fixturePath('corpus', 'test-city-2025-clean.html'), join(folder, '.hidden', 'skipped.html'));
    writeFileSync(join(folder, 'notes.txt'), '不是报告');
    writeFileSync(join(tmp, 'plain.txt'), '只是一段文字');
    writeFileSync(join(tmp, 'binary.htm'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    writeFileSync(join(tmp, 'list.txt'), [
      '# a reviewer’s list', '', join(tmp, 'missing.html'), join(tmp, 'plain.txt'), `${base}/slow`, `${base}/report.pdf`, `${base}/gone`,
      'http://exa mple/', `${join(tmp, 'empty')}/`,
    ].join('\n'));
    mkdirSync(join(tmp, 'empty'));
    r = await cli(['check', `${folder}/`, join(tmp, 'binary.htm'), `${base}/report.html`, '--list', join(tmp, 'list.txt'), '--timeout', '1', '--json',
      '--summary', join(tmp, 'mix.xlsx'), '--findings', join(tmp, 'mix-findings.csv')]);
  });

  it('every input is one line; the unreadable ones say why, and the run goes on', () => {
    const lines = jsonLines(r.out);
    expect(lines.map((l) => [l.source, 'error' in l ? l.error : 'report'])).toEqual([
      [join(folder, 'a.html'), 'report'],
      [join(folder, 'sub', 'b.docx'), 'report'],
      [join(folder, 'sub', 'c.PDF'), 'report'],
      [join(tmp, 'binary.htm'), '不是 HTML 页面，是二进制数据 (binary data, not HTML)'],
      [`${base}/report.html`, 'report'],
      [join(tmp, 'missing.html'), '文件不存在 (ENOENT)'],
      [join(tmp, 'plain.txt'), '不是 HTML 页面 (no HTML markup found)'],
      [`${base}/slow`, '1 秒内没有响应 (timed out)'],
      [`${base}/report.pdf`, 'report'],
      [`${base}/gone`, 'HTTP 404'],
      ['http://exa mple/', '网址无效 (invalid URL)'],
      [`${join(tmp, 'empty')}/`, '文件夹里没有 .html、.pdf 或 .docx 文件 (no report files)'],
    ]);
    expect(lines[2]).toMatchObject({ meta: { agency: '淮安市人民政府', year: 2024 } });
    expect(lines[1]).toMatchObject({ meta: { agency: '测试市' } });
    expect(r.code).toBe(0); // no report has an error; unreadable inputs alone do not make it 2
    expect(r.err).toBe('');
  });

  it('the XLSX summary, read back cell by cell: unreadable inputs first, with their reasons', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(tmp, 'mix.xlsx'));
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([...SUMMARY_COLUMNS]);
    const expected = jsonLines(r.out).map((l) => ('error' in l ? summaryRow(l as never) : summaryRow({ source: l.source, report: l as never, verdict: '' }))).sort(worstFirst);
    // ExcelJS leaves empty cells out of row.values: compare with the blanks dropped
    expect(rows.slice(1).map((row) => row.filter((v) => v !== undefined))).toEqual(expected.map((row) => SUMMARY_COLUMNS.map((c) => row[c]).filter((v) => v !== null)));
    expect(rows[1]).toEqual([join(tmp, 'binary.htm'), ...new Array(7).fill(undefined), '无法读取：不是 HTML 页面，是二进制数据 (binary data, not HTML)']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:I${rows.length}`);
  });

  it('the 问题清单 CSV: one row per finding, and one per input that could not be read', () => {
    const { bom, rows } = readCsv(join(tmp, 'mix-findings.csv'));
    expect(bom).toBe(true);
    expect(rows[0]).toEqual([...FINDINGS_COLUMNS]);
    const lines = jsonLines(r.out);
    const expected = lines.flatMap((l) => findingRows('error' in l ? (l as never) : { source: l.source, report: l as never, verdict: '' }));
    expect(rows.length - 1).toBe(expected.length);
    expect(rows.filter((row) => row[6]!.startsWith('无法读取：')).map((row) => row[0])).toHaveLength(7);
    expect(rows.find((row) => row[0] === join(folder, 'sub', 'c.PDF'))).toEqual([join(folder, 'sub', 'c.PDF'), '淮安市人民政府', '2024', '正文', 'content-assessment', '警告', expect.any(String), expect.any(String), '']);
  });
});

describe('exit codes of a batch', () => {
  it('2 only when no input could be read, with one line on stderr', async () => {
    const r = await cli(['check', join(tmp, 'nope-1.html'), join(tmp, 'nope-2.html')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('nianbao-lint: 2 个输入都无法读取 (no input could be read)\n');
    const empty = join(tmp, 'empty-folder');
    mkdirSync(empty);
    expect((await cli(['check', `${empty}/`, '--json'])).code).toBe(2);
  });
  it('0 when no report has an error, 1 when one has', async () => {
    const clean = fixturePath('corpus', 'test-city-2025-clean.html');
    expect((await cli(['check', clean, fixturePath('corpus', 'pingtan-2024-article.html'), '--json'])).code).toBe(0);
    expect((await cli(['check', clean, fixturePath('seeds', '002_27ba472c7186d65d.html'), '--json'])).code).toBe(1);
  });
  it('a bare folder name is one input that says how to check what is in it', async () => {
    const r = await cli(['check', fixturePath('corpus'), fixturePath('corpus', 'test-city-2025-clean.html'), '--json']);
    expect(jsonLines(r.out)[0]!.error).toMatch(/是文件夹，不是文件；要检查其中的每份报告，请写成 .*corpus\//);
  });
});

describe('history across years in a batch', () => {
  const HISTORY_RULES = ruleIdsOf('history');
  const years = join(tmp, 'years');
  const page2021 = readFileSync(fixturePath('corpus', 'pingtan-2021-page.html'), 'utf8');
  const republished = page2021.replace(/2021(\s*)年/g, '2022$1年');
  const historyIds = (line: Record<string, unknown>) => (line.findings as { ruleId: string }[]).map((f) => f.ruleId).filter((id) => HISTORY_RULES.has(id));

  beforeAll(() => {
    mkdirSync(years);
    writeFileSync(join(years, 'a-2022.html'), republished);
    copyFileSync(fixturePath('corpus', 'pingtan-2021-page.html'), join(years, 'b-2021.html'));
    copyFileSync(fixturePath('corpus', 'pingtan-2020-page.html'), join(years, 'c-2020.html'));
  });

  it('pairs each report with its body’s previous year, whatever their order: the findings of one check with `previous`', async () => {
    const r = await cli(['check', `${years}/`, '--json']);
    const [y2022, y2021, y2020] = jsonLines(r.out);
    const previous = snapshotOf(checkDocument(parseHtmlDocument(page2021), `file://${join(years, 'b-2021.html')}`), join(years, 'b-2021.html'));
    const expected = checkDocument(parseHtmlDocument(republished), `file://${join(years, 'a-2022.html')}`, { previous }).json;
    expect(y2022).toEqual({ source: join(years, 'a-2022.html'), ...expected });
    expect(historyIds(y2022!)).toEqual(['history-carryover', 'history-in-force', 'history-duplicate']);
    // the real pair 2020 → 2021 says nothing, and 2020 has no predecessor
    for (const line of [y2021, y2020]) expect(historyIds(line!)).toEqual([]);
  });

  it('two reports of one body and year: no pair, nothing compared', async () => {
    const r = await cli(['check', `${years}/`, fixturePath('corpus', 'pingtan-2021-page.html'), '--json']);
    expect(jsonLines(r.out).flatMap(historyIds)).toEqual([]);
  });
});

describe('Ctrl-C and the progress line', () => {
  it('Ctrl-C stops the run, writes what was checked, exits 130', async () => {
    const list = join(tmp, 'interrupt.txt');
    writeFileSync(list, [`${base}/slow`, ...htmlIn(fixturePath('seeds'))].join('\n'));
    const summary = join(tmp, 'interrupted.csv');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'nianbao-lint.mjs'), 'check', '--list', list, '--timeout', '60', '--summary', summary, '--json'], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const before = slowRequests;
    await expect.poll(() => slowRequests, { timeout: 20_000 }).toBeGreaterThan(before);
    // the five seed pages take well under a second each; the slow URL never answers
    await new Promise((resolve) => setTimeout(resolve, 6000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(err).toBe('nianbao-lint: 已中断：检查了 5 个，未检查 1 个；已写出检查过的 (interrupted)\n');
    expect(jsonLines(out).map((l) => l.source)).toEqual(htmlIn(fixturePath('seeds')));
    expect(readCsv(summary).rows.slice(1).map((row) => row[0]).sort()).toEqual(htmlIn(fixturePath('seeds')));
  });

  it('shows the progress line on a terminal only, and not with --quiet', async () => {
    const run = (args: string) => new Promise<string>((resolve) => {
      // script(1) gives the command a terminal; its output is what the terminal showed
      execFile('script', ['-qec', `${process.execPath} bin/nianbao-lint.mjs check ${SEEDS} --json ${args} > /dev/null`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' }, (_e, out) => resolve(out));
    });
    const shown = await run('');
    expect(shown).toMatch(/\[█+░*\] \d\/5 · [\d.]+ 份\/秒 · 剩余 /);
    expect(shown).toMatch(/\] 5\/5 /);
    expect(await run('--quiet')).toBe('');
    const piped = await cli(['check', SEEDS, '--json']);
    expect(piped.err).toBe('');
  });
});

describe('extract over several inputs', () => {
  const two = [fixturePath('corpus', 'test-city-2025-clean.html'), fixturePath('corpus', 'pingtan-2024-article.html')];

  it('one TSV with the source and table first on every row', async () => {
    const r = await cli(['extract', ...two, join(tmp, 'nope.html'), '--format', 'tsv']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('source\ttable');
    expect(lines).toContain(`${two[0]}\t表三\t一、本年新收政府信息公开申请数量\t\t\t13612\t252\t0\t45\t128\t32\t14069`);
    expect(lines.at(-1)).toBe(`${join(tmp, 'nope.html')}\t\t无法读取：文件不存在 (ENOENT)`);
    // the second page's rows are its single TSV's rows (the single output puts each table under its title)
    const single = (await cli(['extract', two[1]!, '--format', 'tsv'])).out.split('\n').filter((l) => l !== '' && !/^表[二三四] /.test(l));
    const rowsOfSecond = lines.filter((l) => l.startsWith(`${two[1]}\t`)).map((l) => l.split('\t').slice(2).join('\t'));
    expect(rowsOfSecond).toEqual(single);
    expect(rowsOfSecond.length).toBeGreaterThan(40);
  });

  it('an XLSX with one sheet per table, the source first on every row', async () => {
    const out = join(tmp, 'tables.xlsx');
    const r = await cli(['extract', ...two, '--format', 'xlsx', '--output', out]);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
    const requests = book.worksheets[1]!;
    const values: unknown[][] = [];
    requests.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0]).toEqual(['source']);
    expect(values.find((v) => v[0] === two[0] && v[1] === '一、本年新收政府信息公开申请数量')).toEqual([two[0], '一、本年新收政府信息公开申请数量', undefined, undefined, '13612', '252', '0', '45', '128', '32', '14069']);
    expect(new Set(values.slice(1).map((v) => v[0]))).toEqual(new Set(two));
  });

  it('--output writes what stdout would show', async () => {
    const out = join(tmp, 'one.csv');
    const r = await cli(['extract', two[0]!, '--format', 'csv', '--output', out]);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await cli(['extract', two[0]!, '--format', 'csv'])).out);
  });

  it('xlsx needs --output', async () => {
    const r = await cli(['extract', ...two, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format xlsx 需要 --output/);
  });
});
