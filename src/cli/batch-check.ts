/**
 * `check` over many sources, in three steps that keep memory flat however many there are:
 *
 * 1. Run (batch.ts): each finished source is spooled to disk — its record, and for a report of a
 *    named body and year its history snapshot. Memory keeps, per source, where those are and a
 *    (body, year) → source index; the live CSV/Markdown summary gets the source's row at once.
 * 2. Pair and print, in input order: a report whose body has exactly one report of the year before
 *    gets the history findings of the two snapshots (historyFindings: the same findings one check
 *    with `previous` gives); then its JSON line or readable report goes to stdout, and its final
 *    summary row and 问题清单 rows are spooled again. The output waits for the whole run because a
 *    report's predecessor may be the last source to finish.
 * 3. Sort, worst first, by the counts kept per source, and write the summary table and files
 *    from the spool.
 */
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyFindings, withHistory } from '../core/check';
import { cellsOf, findingRows, FINDINGS_COLUMNS, summaryRow, SUMMARY_COLUMNS, unreadable, worstFirst, type FindingRow, type SummaryRow } from '../core/export/summary';
import { csvLine, markdownHeader, markdownLine, type Cell } from '../core/export/text-formats';
import { widen } from '../core/export/xlsx';
import { bodyKey, type ReportSnapshot } from '../core/snapshot';
import { checkRecordOf, type CheckRecord, type JobResult } from './batch-job';
import { runJobs, type RunOptions } from './batch';
import type { Progress } from './progress';
import { formatReport } from './report-text';
import type { Source } from './sources';
import { Spool, type Place } from './spool';
import { CSV_BOM, writeTableFile, type TableFormat } from './table-files';

export interface CheckBatchOptions {
  json: boolean;
  summary: { path: string; format: TableFormat } | null;
  findings: { path: string; format: TableFormat } | null;
  timeout: number;
  jobs: number;
  worker: URL;
  progress: Progress;
  stop: AbortSignal;
}

/** Text out, waiting when the pipe is full (ten thousand reports do not sit in a buffer). */
export type Write = (text: string) => Promise<void>;

interface Kept {
  record: Place;
  /** what the JSON line lacks: the verdict on a page that is no report, a PDF's pages without text */
  verdict?: string;
  scannedPages?: number[];
  snapshot?: Place;
  /** the final counts, for sorting; set in step 2 */
  counts?: Pick<SummaryRow, 'errors' | 'warnings' | 'infos'>;
  rows?: Place;
}

const pairKey = (body: string, year: number) => `${year}\u0000${body}`;

/** The summary file while the run goes on: a row per finished source (CSV/Markdown; rewritten sorted at the end). */
async function liveSummary(target: CheckBatchOptions['summary']) {
  if (!target || target.format === 'xlsx') return null;
  const file: FileHandle = await open(target.path, 'w');
  const line = (cells: readonly Cell[]) => (target.format === 'csv' ? `${csvLine(cells)}\r\n` : `${markdownLine(cells)}\n`);
  let queue: Promise<unknown> = file.write(target.format === 'csv' ? `${CSV_BOM}${line(SUMMARY_COLUMNS)}` : `${markdownHeader(SUMMARY_COLUMNS)}\n`);
  return {
    add: (row: SummaryRow) => (queue = queue.then(async () => { await file.write(line(cellsOf(SUMMARY_COLUMNS, row))); })),
    close: () => queue.then(() => file.close()),
  };
}

/** The readable report of one source, under its name. */
function readable(record: CheckRecord): string {
  if ('error' in record) return `== ${record.source}\n${unreadable(record.error)}\n`;
  const analysis = { detected: record.report.detected, verdict: { isReport: record.report.detected, reason: record.verdict }, json: record.report };
  return `== ${record.source}\n${formatReport(analysis, record.scannedPages)}`;
}

export async function checkBatch(sources: readonly Source[], options: CheckBatchOptions, write: Write, note: (line: string) => void): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-lint-'));
  const [records, snapshots, rows] = await Promise.all(['records', 'snapshots', 'rows'].map((name) => Spool.create(dir, name)));
  try {
    const kept: (Kept | undefined)[] = new Array(sources.length);
    const byBodyYear = new Map<string, number>();
    const live = await liveSummary(options.summary);
    let anyError = false; // history findings are warnings: the workers' counts decide
    let anyRead = false;
    const onResult = async (index: number, result: JobResult) => {
      const entry: Kept = { record: await records!.append(result.record) };
      if (result.verdict !== undefined) entry.verdict = result.verdict;
      if (result.scannedPages) entry.scannedPages = result.scannedPages;
      if (result.snapshot !== undefined) {
        entry.snapshot = await snapshots!.append(result.snapshot);
        const key = pairKey(result.body!, result.year!);
        byBodyYear.set(key, byBodyYear.has(key) ? -1 : index); // two reports of one body and year: no pair
      }
      kept[index] = entry;
      if (result.readable) anyRead = true;
      if (Number(result.summary!.errors) > 0) anyError = true;
      await live?.add(result.summary!);
    };
    const run: RunOptions = { command: 'check', timeout: options.timeout, jobs: options.jobs, worker: options.worker, progress: options.progress, stop: options.stop };
    const { interrupted } = await runJobs(sources, run, onResult);
    await live?.close();

    /** The history findings of a report against the one report of its body the year before, if any. */
    const historyOf = async (snapshot: Place) => {
      const current = JSON.parse(await snapshots!.read(snapshot)) as ReportSnapshot;
      const before = predecessorOf(current, byBodyYear, kept);
      return before ? historyFindings(current, JSON.parse(await snapshots!.read(before)) as ReportSnapshot) : [];
    };

    // 2. pair, print, spool the final rows
    const keepRows = !options.json || options.summary !== null || options.findings !== null;
    const summaryWidths = widen([], SUMMARY_COLUMNS);
    const findingWidths = widen([], FINDINGS_COLUMNS);
    let checked = 0;
    for (const entry of kept) {
      if (!entry) continue;
      checked += 1;
      const line = await records!.read(entry.record);
      const history = entry.snapshot ? await historyOf(entry.snapshot) : [];
      if (options.json && history.length === 0 && !keepRows) {
        await write(`${line}\n`); // the common case of --json: the worker's line, not parsed again
        continue;
      }
      const record = checkRecordOf(line, entry.verdict, entry.scannedPages);
      if ('report' in record && history.length > 0) record.report.findings = withHistory(record.report.findings, history);
      if (!options.json) await write(`${readable(record)}\n`);
      else await write(`${'report' in record && history.length > 0 ? JSON.stringify({ source: record.source, ...record.report }) : line}\n`);
      if (!keepRows) continue;
      const row = summaryRow(record);
      const findings = findingRows(record);
      widen(summaryWidths, cellsOf(SUMMARY_COLUMNS, row));
      for (const f of findings) widen(findingWidths, cellsOf(FINDINGS_COLUMNS, f));
      entry.counts = { errors: row.errors, warnings: row.warnings, infos: row.infos };
      entry.rows = await rows!.append(JSON.stringify([row, findings]));
    }

    // 3. worst first
    const order = kept.flatMap((e, i) => (e?.rows ? [i] : [])).sort((a, b) => worstFirst(kept[a]!.counts!, kept[b]!.counts!));
    async function* sorted<T>(pick: (row: SummaryRow, findings: FindingRow[]) => T[]): AsyncGenerator<T> {
      for (const i of order) {
        const [row, findings] = JSON.parse(await rows!.read(kept[i]!.rows!)) as [SummaryRow, FindingRow[]];
        yield* pick(row, findings);
      }
    }
    const summaryCells = () => sorted((row) => [cellsOf(SUMMARY_COLUMNS, row)]);
    if (!options.json) {
      await write(`== 汇总 ${order.length} 份（问题多的在前）\n${markdownHeader(SUMMARY_COLUMNS)}\n`);
      for await (const cells of summaryCells()) await write(`${markdownLine(cells)}\n`);
    }
    if (options.summary) {
      await writeTableFile(options.summary.path, options.summary.format, [{ name: '汇总', header: SUMMARY_COLUMNS, rows: summaryCells(), widths: summaryWidths }]);
    }
    if (options.findings) {
      const findingCells = sorted((_row, findings) => findings.map((f) => cellsOf(FINDINGS_COLUMNS, f)));
      await writeTableFile(options.findings.path, options.findings.format, [{ name: '问题清单', header: FINDINGS_COLUMNS, rows: findingCells, widths: findingWidths }]);
    }
    if (interrupted) {
      note(`已中断：检查了 ${checked} 个，未检查 ${sources.length - checked} 个；已写出检查过的 (interrupted)`);
      return 130;
    }
    if (!anyRead) {
      note(sources.length === 0 ? '没有找到可检查的文件 (no report files found)' : `${sources.length} 个输入都无法读取 (no input could be read)`);
      return 2;
    }
    return anyError ? 1 : 0;
  } finally {
    await Promise.all([records, snapshots, rows].map((s) => s!.close()));
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where the snapshot of the one report of the same body and the year before is, if there is one. */
function predecessorOf(current: ReportSnapshot, byBodyYear: ReadonlyMap<string, number>, kept: readonly (Kept | undefined)[]): Place | undefined {
  const body = bodyKey(current.agency);
  if (body === null || current.year === null) return undefined;
  const index = byBodyYear.get(pairKey(body, current.year - 1));
  return index === undefined || index < 0 ? undefined : kept[index]?.snapshot;
}
