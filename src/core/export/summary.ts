/**
 * The rows a reviewer files for a season of reports: the summary, one row per report with the
 * columns of docs/report-model.md ("Several reports at once"), and the 问题清单, one row per
 * finding, what goes back to the body. Pure: the CLI writes them as CSV, XLSX or Markdown; the
 * extension's list page will build the same rows.
 */
import { cellLabel, SEVERITY_NAMES, TABLE_NUMBERS } from '../model/forms';
import type { Finding, ReportJson } from '../model/schema';
import { fixText, isSuspect, severityCounts } from '../report';
import type { Cell } from './text-formats';

/** One source of a batch: its report and the verdict on it, or why it could not be read. */
export type SourceResult =
  | { source: string; report: ReportJson; /** why the page is or is not taken for a report */ verdict: string }
  | { source: string; error: string };

export const SUMMARY_COLUMNS = ['source', 'agency', 'year', 'format', 'errors', 'warnings', 'infos', 'suspect', 'first_error'] as const;
export type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], Cell>;

export const FINDINGS_COLUMNS = ['source', 'agency', 'year', 'table', 'rule_id', 'severity', 'message', 'cells', 'fix'] as const;
export type FindingRow = Record<(typeof FINDINGS_COLUMNS)[number], Cell>;

export const unreadable = (error: string): string => `无法读取：${error}`;
export const notAReport = (verdict: string): string => `不是年度报告：${verdict}`;

export function summaryRow(result: SourceResult): SummaryRow {
  const empty = { agency: null, year: null, format: null, errors: null, warnings: null, infos: null, suspect: null };
  if ('error' in result) return { source: result.source, ...empty, first_error: unreadable(result.error) };
  const { meta, findings, detected } = result.report;
  const counts = severityCounts(findings);
  const suspects = findings.filter(isSuspect).map((f) => f.message);
  const firstError = findings.find((f) => f.severity === 'error' && !isSuspect(f));
  return {
    source: result.source, agency: meta.agency, year: meta.year, format: meta.format,
    errors: counts.error, warnings: counts.warning, infos: counts.info,
    suspect: suspects.length > 0 ? suspects.join('；') : null,
    first_error: !detected ? notAReport(result.verdict) : firstError ? `${firstError.ruleId}：${firstError.message}` : null,
  };
}

/**
 * Worst first: inputs that could not be read (someone must fetch or convert them), then by
 * errors, warnings, infos, most first. Equal rows keep their order (Array.prototype.sort is stable).
 */
export function worstFirst(a: Pick<SummaryRow, 'errors' | 'warnings' | 'infos'>, b: Pick<SummaryRow, 'errors' | 'warnings' | 'infos'>): number {
  const rank = (r: typeof a) => (r.errors === null ? [1, 0, 0, 0] : [0, Number(r.errors), Number(r.warnings), Number(r.infos)]);
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < 4; i += 1) if (x[i] !== y[i]) return y[i]! - x[i]!;
  return 0;
}

/** Where a finding is: 表二/表三/表四 by its first cell, 正文 for the words, 整体 for the report. */
function findingTable(finding: Finding): string {
  const first = finding.cells[0];
  if (!first) return '整体';
  return first.table === 'text' ? '正文' : TABLE_NUMBERS[first.table];
}

/** The cells as a reader names them: "（七）总计·自然人、「quoted sentence」". */
const cellsText = (finding: Finding): string =>
  finding.cells.map((c) => (c.table === 'text' ? `「${c.quote}」` : cellLabel(c.table, c.row, c.column))).join('、');

/** The 问题清单 rows of one source: a row per finding; one row with the reason when there is no report to list. */
export function findingRows(result: SourceResult): FindingRow[] {
  const row = (fields: Partial<FindingRow>): FindingRow => ({
    source: result.source, agency: null, year: null, table: null, rule_id: null, severity: null, message: null, cells: null, fix: null, ...fields,
  });
  if ('error' in result) return [row({ message: unreadable(result.error) })];
  const { meta, detected, findings } = result.report;
  const about = { agency: meta.agency, year: meta.year };
  if (!detected) return [row({ ...about, message: notAReport(result.verdict) })];
  return findings.map((f) => row({
    ...about, table: findingTable(f), rule_id: f.ruleId, severity: SEVERITY_NAMES[f.severity], message: f.message,
    cells: f.cells.length > 0 ? cellsText(f) : null, fix: f.fix ? fixText(f.fix) : null,
  }));
}

/** A row's cells in its columns' order, for the file writers. */
export const cellsOf = <C extends string>(columns: readonly C[], row: Record<C, Cell>): Cell[] => columns.map((c) => row[c]);
