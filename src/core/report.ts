/** The report model as the JSON contract has it (docs/report-model.md), in official key order. */
import type { Meta } from './extract/meta';
import type { Extraction, ExtractedTable } from './extract/tables';
import { ACTIVE_ROWS, cellLabel, REQUESTS_COLUMNS, REQUESTS_ROWS, REVIEW_CELLS, REVIEW_GROUPS, SEVERITY_NAMES, TABLE_TITLES, type Format } from './model/forms';
import type { CellFix, Finding, ReportJson, Severity } from './model/schema';

type Values = Record<string, number | null>;
/** A table's values by row (表四: group), then column: null where the page shows no number. */
export type TableValues = Record<string, Values>;
/** The contract's `tables`, typed by what they hold. */
export interface ReportTables {
  active?: TableValues;
  requests?: { rows: TableValues };
  review?: TableValues;
}

function keyedRows(table: ExtractedTable, rows: string[], columns: string[]): TableValues {
  const out: TableValues = {};
  for (const row of rows) {
    const values: Values = {};
    for (const column of columns) {
      const cell = table.cells.get(row, column);
      if (cell) values[column] = cell.value;
    }
    if (Object.keys(values).length > 0) out[row] = values;
  }
  return out;
}

const unique = (keys: string[]) => [...new Set(keys)];

export function reportTables(extraction: Extraction, format: Format | null): ReportTables {
  const tables: ReportTables = {};
  const { active, requests, review } = extraction.tables;
  if (active) {
    // The detected format's keys first, then any the page has from the other format.
    const order = format === '2019' ? ['2019', '2021'] as const : ['2021', '2019'] as const;
    const specs = order.flatMap((f) => ACTIVE_ROWS[f]);
    tables.active = keyedRows(active, unique(specs.map((r) => r.key)), unique(specs.flatMap((r) => r.columns.map((c) => c.key))));
  }
  if (requests) {
    tables.requests = { rows: keyedRows(requests, REQUESTS_ROWS.map((r) => r.key), REQUESTS_COLUMNS.map((c) => c.key)) };
  }
  if (review) {
    tables.review = keyedRows(review, REVIEW_GROUPS.map((g) => g.key), REVIEW_CELLS.map((c) => c.key));
  }
  return tables;
}

/** The conclusion of error localization: shown first, as the most probable error (suspect-cell). */
export const isSuspect = (finding: Pick<Finding, 'ruleId'>): boolean => finding.ruleId === 'suspect-cell';

/**
 * A suspect finding that points at cells (one fix, or candidates), as opposed to one that names
 * a whole row or column: its cells get the suspect's badge and number.
 */
export const pointsAtCells = (finding: Pick<Finding, 'ruleId' | 'messageId'>): boolean =>
  isSuspect(finding) && (finding.messageId === 'unique' || finding.messageId === 'candidates');

/** "（七）总计·自然人 = 1、（七）总计·其他 = 11": the values a suspect-cell finding would put in. */
export const fixText = (fix: readonly CellFix[]): string =>
  fix.map(({ cell, value }) => `${cellLabel(cell.table, cell.row, cell.column)} = ${value}`).join('、');

/** Where a finding belongs when findings are grouped: its first cell's table, 正文, or 整体. */
export function findingGroup(finding: Finding): string {
  const first = finding.cells[0];
  if (!first) return '整体';
  return first.table === 'text' ? '正文' : TABLE_TITLES[first.table];
}

export function severityCounts(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "错误 2 · 警告 1 · 提示 0": the counts line of the panel's findings list and of the CLI. */
export const countsText = (counts: Record<Severity, number>): string =>
  `${SEVERITY_NAMES.error} ${counts.error} · ${SEVERITY_NAMES.warning} ${counts.warning} · ${SEVERITY_NAMES.info} ${counts.info}`;

export function reportJson(detected: boolean, meta: Meta, format: Format | null, extraction: Extraction, findings: Finding[]): ReportJson {
  return {
    detected,
    meta: { title: meta.title, agency: meta.agency, year: meta.year, format, publishedAt: meta.publishedAt },
    tables: detected ? reportTables(extraction, format) : {},
    findings: detected ? findings : [],
  };
}
