/**
 * One source of a batch, checked or extracted, as plain data a worker thread can post back: the
 * record the run spools, and the little the main thread keeps or writes at once (the summary row,
 * the history snapshot and its pairing key).
 */
import type { Analysis } from '../core/check';
import { layOutTables, type LaidOutTable } from '../core/export/official-layout';
import { summaryRow, type SourceResult, type SummaryRow } from '../core/export/summary';
import type { ReportJson } from '../core/model/schema';
import { bodyKey, snapshotOf } from '../core/snapshot';
import { checkInput, InputError, load, type Loaded } from './load';

export interface Job {
  command: 'check' | 'extract';
  source: string;
  timeout: number;
  /** a URL's download, made by the main thread (it keeps the per-host limits); files are read here */
  loaded?: Loaded;
}

/** A checked source: the core's result, and the PDF pages without text. */
export type CheckRecord = SourceResult & { scannedPages?: number[] };
/** An extracted source: its three tables in the official layout, or why there are none. */
export type ExtractRecord = { source: string; tables: Pick<LaidOutTable, 'id' | 'title' | 'rows'>[] } | { source: string; error: string };

export interface JobResult {
  /**
   * check: the source's JSON line as --json prints it ({source, ...report} or {source, error}),
   * so that the run copies it without parsing unless history findings are added; extract: the
   * ExtractRecord as JSON
   */
  record: string;
  readable: boolean;
  /** check: the verdict's reason, for a page that is not taken for a report (the line lacks it) */
  verdict?: string;
  scannedPages?: number[];
  /** check: the summary row as the report stands before any history finding */
  summary?: SummaryRow;
  /** check: the report's snapshot as JSON, and the body it is of, for pairing by year */
  snapshot?: string;
  body?: string;
  year?: number;
}

/** "a.html: reason" → "reason": the source has its own column. */
export const reasonOf = (source: string, message: string): string =>
  (message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message);

export function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `内部错误 internal error: ${error instanceof Error ? error.message : String(error)}`;
}

function checkResult(source: string, analysis: Analysis, scannedPages: number[]): JobResult {
  const report = analysis.json;
  const out: JobResult = {
    record: JSON.stringify({ source, ...report }), readable: true,
    summary: summaryRow({ source, report, verdict: analysis.verdict.reason }),
  };
  if (!analysis.detected) out.verdict = analysis.verdict.reason;
  if (scannedPages.length > 0) out.scannedPages = scannedPages;
  const body = bodyKey(analysis.meta.agency);
  if (analysis.detected && body !== null && analysis.meta.year !== null) {
    Object.assign(out, { snapshot: JSON.stringify(snapshotOf(analysis, source)), body, year: analysis.meta.year });
  }
  return out;
}

/** A check's JSON line back to the record the row builders take. */
export function checkRecordOf(line: string, verdict = '', scannedPages?: number[]): CheckRecord {
  const { source, ...rest } = JSON.parse(line) as { source: string } & Record<string, unknown>;
  if ('error' in rest) return { source, error: String(rest.error) };
  const record: CheckRecord = { source, report: rest as unknown as ReportJson, verdict };
  if (scannedPages) record.scannedPages = scannedPages;
  return record;
}

const NO_TABLES = '没有找到年度报告的统计表 (no report tables found)';

export async function runJob(job: Job): Promise<JobResult> {
  const { source } = job;
  try {
    const { file, analysis } = await checkInput(job.loaded ?? (await load(source, job.timeout)), source);
    if (job.command === 'check') return checkResult(source, analysis, file.scannedPages);
    const record: ExtractRecord = analysis.detected
      ? { source, tables: layOutTables(analysis.extraction).map(({ id, title, rows }) => ({ id, title, rows })) }
      : { source, error: NO_TABLES };
    return { record: JSON.stringify(record), readable: 'tables' in record };
  } catch (error) {
    return failedJob(job.command, source, errorMessage(error));
  }
}

/** A source that could not be read, as its job's result. */
export function failedJob(command: Job['command'], source: string, message: string): JobResult {
  const failed = { source, error: reasonOf(source, message) };
  return { record: JSON.stringify(failed), readable: false, ...(command === 'check' ? { summary: summaryRow(failed) } : {}) };
}
