/**
 * The extension's season files: the summary of a list page's reports and their 问题清单, with
 * the CLI's columns (summary.ts; docs/report-model.md, "Several reports at once") and, in the
 * 问题清单, the reviewer's decision and comment. A decision whose finding the latest check no
 * longer reports stays in the file, marked 已不存在, so the record of what was raised is kept.
 */
import { fingerprint } from '../fingerprint';
import { GONE, VERDICT_NAMES, type Decision } from '../review';
import { SEVERITY_NAMES } from '../model/forms';
import { cellsOf, findingRows, FINDINGS_COLUMNS, SUMMARY_COLUMNS, summaryRow, type FindingRow, type SourceResult } from './summary';
import { csvLine, type Cell } from './text-formats';
import { widen, writeXlsx, type Sheet } from './xlsx';
import { memorySink, ZipWriter } from './zip-write';

export const REVIEWED_FINDINGS_COLUMNS = [...FINDINGS_COLUMNS, 'decision', 'comment'] as const;
export type ReviewedFindingRow = Record<(typeof REVIEWED_FINDINGS_COLUMNS)[number], Cell>;

/** "确认", or "确认（已不存在）" for a decision on a finding that has gone. */
const decisionText = (decision: Decision, gone: boolean): string => (gone ? `${VERDICT_NAMES[decision.verdict]}（${GONE}）` : VERDICT_NAMES[decision.verdict]);

/**
 * One source's 问题清单 rows with decisions: `decisions` holds every decision kept for its body
 * and year; those matching no finding of this check come last, 已不存在.
 */
export function reviewedFindingRows(result: SourceResult, decisions: readonly Decision[]): ReviewedFindingRow[] {
  const byPrint = new Map(decisions.map((d) => [d.fingerprint, d]));
  const rows = findingRows(result);
  if ('error' in result || !result.report.detected) return rows.map((r) => ({ ...r, decision: null, comment: null }));
  const { meta, findings } = result.report;
  const prints = findings.map((f) => fingerprint(f, meta.agency, meta.year));
  const current = rows.map((row: FindingRow, i): ReviewedFindingRow => {
    const decision = byPrint.get(prints[i]!);
    return { ...row, decision: decision ? decisionText(decision, false) : null, comment: decision?.comment || null };
  });
  const seen = new Set(prints);
  const gone = decisions.filter((d) => !seen.has(d.fingerprint)).map((d): ReviewedFindingRow => ({
    source: result.source, agency: d.agency, year: d.year, table: null, rule_id: d.ruleId, severity: SEVERITY_NAMES[d.severity],
    message: d.message, cells: null, fix: null, decision: decisionText(d, true), comment: d.comment || null,
  }));
  return [...current, ...gone];
}

/** A sheet of rows as CSV with a BOM (Excel and WPS then read it as UTF-8). */
export const sheetCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  `\ufeff${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;

/** A sheet of rows as an XLSX file, in memory. */
export async function sheetXlsx(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<Uint8Array> {
  const widths = rows.reduce((w: number[], row) => widen(w, row), widen([], header));
  const sheet: Sheet = { name, header, rows, widths };
  const sink = memorySink();
  await writeXlsx(new ZipWriter(sink), [sheet]);
  return sink.bytes();
}

/** The summary rows of a list's sources, in the CLI's column order. */
export const summaryCells = (results: readonly SourceResult[]): Cell[][] => results.map((r) => cellsOf(SUMMARY_COLUMNS, summaryRow(r)));
