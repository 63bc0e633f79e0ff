/** Builds a rule's input from printed cell texts, the way the extractor would read them. */
import type { CheckInput } from '../../../src/core/rules/support/rule';
import { runRules } from '../../../src/core/check';
import { parseCell } from '../../../src/core/extract/text';
import { readArticle } from '../../../src/core/extract/article';
import type { DatedSource } from '../../../src/core/extract/meta';
import { CellTable, type ExtractedCell, type ExtractedTable, type ExtractionIssue, type FormatSignal, type LabelWording } from '../../../src/core/extract/tables';
import { ACTIVE_ROWS, REQUESTS_COLUMNS, requestsRowsFor, REVIEW_CELLS, REVIEW_GROUPS, type ColumnKey, type Format, type RowKey, type TableId } from '../../../src/core/model/forms';
import type { Rule } from '../../../src/core/rules/support/rule';
import type { Finding } from '../../../src/core/model/schema';
import { snapshotOf, type ReportSnapshot } from '../../../src/core/snapshot';

type Texts = Record<string, Record<string, string>>;

function table(id: TableId, texts: Texts): ExtractedTable {
  const cells = new CellTable();
  for (const [row, columns] of Object.entries(texts)) {
    for (const [column, text] of Object.entries(columns)) {
      const parsed = parseCell(text);
      const cell: ExtractedCell = {
        // the keys as the test wrote them: a misspelt key simply finds no cell, as on a page
        table: id, row: row as RowKey, column: column as ColumnKey, text, kind: parsed.kind, value: parsed.value,
        source: { tableIndex: 0, cell: { id: 0, text, row: 0, col: 0, rowSpan: 1, colSpan: 1, handle: null } },
      };
      if (parsed.unit) cell.unit = parsed.unit;
      cells.set(cell);
    }
  }
  return { cells };
}

/** All cells "0", then the overrides: a clean table of the format. */
export function zeroRequests(format: Format, overrides: Texts = {}): Texts {
  const rows: Texts = {};
  for (const r of requestsRowsFor(format)) rows[r.key] = Object.fromEntries(REQUESTS_COLUMNS.map((c) => [c.key, '0']));
  for (const [row, cols] of Object.entries(overrides)) rows[row] = { ...rows[row], ...cols };
  return rows;
}
export function zeroReview(overrides: Texts = {}): Texts {
  const groups: Texts = {};
  for (const g of REVIEW_GROUPS) groups[g.key] = Object.fromEntries(REVIEW_CELLS.map((c) => [c.key, '0']));
  for (const [row, cols] of Object.entries(overrides)) groups[row] = { ...groups[row], ...cols };
  return groups;
}
export function zeroActive(format: Format, overrides: Texts = {}): Texts {
  const rows: Texts = {};
  for (const r of ACTIVE_ROWS[format]) rows[r.key] = Object.fromEntries(r.columns.map((c) => [c.key, '0']));
  for (const [row, cols] of Object.entries(overrides)) rows[row] = { ...rows[row], ...cols };
  return rows;
}

export interface InputSpec {
  /** article lines, as a page's paragraphs */
  text?: string[];
  agency?: string | null;
  title?: string | null;
  dates?: DatedSource[];
  format?: Format | null;
  year?: number | null;
  detected?: boolean;
  active?: Texts;
  requests?: Texts;
  review?: Texts;
  issues?: ExtractionIssue[];
  signals?: FormatSignal[];
  wordings?: LabelWording[];
}

export function inputFrom(spec: InputSpec): CheckInput {
  const tables: Partial<Record<TableId, ExtractedTable>> = {};
  for (const id of ['active', 'requests', 'review'] as const) if (spec[id]) tables[id] = table(id, spec[id]!);
  const format = spec.format === undefined ? '2021' : spec.format;
  return {
    detected: spec.detected ?? true,
    meta: { title: spec.title ?? null, agency: spec.agency ?? null, year: spec.year ?? null, publishedAt: null },
    dates: spec.dates ?? [],
    format,
    extraction: { tables, format, formatSignals: spec.signals ?? [], issues: spec.issues ?? [], wordings: spec.wordings ?? [] },
    article: readArticle((spec.text ?? []).map((text) => ({ kind: 'text' as const, text, handle: null }))),
    url: '',
  };
}

/** The six section headings, for rules that judge the text only when its structure is readable. */
export const SIX_SECTIONS = [
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
];

/**
 * Run one rule as the pipeline does (applicability included). Every finding's messageId is one
 * of the rule's own, and its message has every {name} of the template filled: so each rule test
 * also holds the rule's data to its templates.
 */
export function run(rule: Rule, spec: InputSpec): Finding[] {
  const findings = runRules(inputFrom(spec), [rule]);
  for (const f of findings) {
    if (!(f.messageId in rule.messages)) throw new Error(`${rule.id}: messageId ${f.messageId} is not one of its messages`);
    const unfilled = /\{\w+\}/.exec(f.message);
    if (unfilled) throw new Error(`${rule.id}/${f.messageId}: ${unfilled[0]} left unfilled in "${f.message}"`);
  }
  return findings;
}

export const cellsOf = (finding: { cells: unknown[] }) =>
  finding.cells.map((c) => { const r = c as { table: string; row: string; column: string }; return `${r.table}.${r.row}.${r.column}`; });

/** A report's snapshot as the history rules keep last year's, read from the same kind of spec. */
export const snapshotFrom = (spec: InputSpec, source = 'prev.html') => snapshotOf(inputFrom(spec), source);

/** Run one rule with last year's report (a spec or a snapshot) as the check's `previous`. */
export function runWithPrevious(rule: Rule, spec: InputSpec, previous: InputSpec | ReportSnapshot): ReturnType<typeof runRules> {
  const snapshot = 'sentences' in previous ? previous : snapshotFrom(previous);
  return runRules({ ...inputFrom(spec), previous: snapshot }, [rule]);
}
