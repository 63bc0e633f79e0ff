/**
 * What a rule is: metadata plus one pure `check` (after ESLint's meta/messages and axe-core's
 * rule metadata). Messages are templates keyed by id; `{name}` is filled from a problem's data.
 */
import type { Article } from '../../extract/article';
import type { DatedSource, Meta } from '../../extract/meta';
import type { CellSource, ExtractedCell, Extraction } from '../../extract/tables';
import { cellLabel, TABLE_TITLES, type ColumnKey, type Format, type RowKey, type TableId } from '../../model/forms';
import { TABLE_IDS } from '../../model/ids';
import type { CellFix, CellRef, Severity, TextRef } from '../../model/schema';
import { isPredecessor, snapshotOf, type ReportSnapshot } from '../../snapshot';

export interface CheckInput {
  detected: boolean;
  meta: Meta;
  /** every signature and publication date the page states */
  dates: DatedSource[];
  format: Format | null;
  extraction: Extraction;
  /** the words around the tables: lines, sentences, section headings, images, attachments */
  article: Article;
  url: string;
  /** the same body's report of the year before, when the caller has one (the history-* rules) */
  previous?: ReportSnapshot;
}

export interface Problem<M extends string = string> {
  /** a key of the rule's `messages` (checked when the rule is defined) */
  messageId: M;
  data: Record<string, string | number>;
  cells: (CellRef | TextRef)[];
  /** the values that would make the identities hold (suspect-cell only) */
  fix?: CellFix[];
  /**
   * The page's own label or header cells the problem is about (上一年项目数量, 规范性文件): marked in
   * the page and listed in the panel instead of the value cells `cells` names.
   */
  labels?: PageLabel[];
  /** overrides the rule's default severity for this problem */
  severity?: Severity;
}

/** A label or header cell of the page's tables, as printed, with where it came from. */
export interface PageLabel {
  text: string;
  source: CellSource;
}

/** What a rule looks at. The catalogue lists the rules in this order; docs/rules.md is grouped by it. */
export const RULE_CATEGORIES = {
  table: {
    name: '统计表 Tables',
    about: 'The three statistical tables and whether the page has them to read: presence, format version, '
      + 'rows and labels, cell values, the identities between cells, and the cell most probably wrong.',
  },
  text: {
    name: '正文 Text',
    about: 'The words around the tables: the six sections, the title, the dates, figures in sentences '
      + 'against the tables and each other, and the statements the format asks for.',
  },
  history: {
    name: '跨年度 History',
    about: "This report against the same body's report of the year before, when the caller has that "
      + '(a CLI batch pairs its inputs; `defineHistoryRule` sets this category).',
  },
} as const;

export type RuleCategory = keyof typeof RULE_CATEGORIES;

export interface Rule<M extends string = string> {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** short Chinese title shown in the panel */
  title: string;
  /** what the rule checks and why, citing the format documents */
  description: string;
  /** tables the rule needs; when one is absent the rule is not applicable */
  tables: TableId[];
  messages: Record<M, string>;
  check(input: CheckInput): Problem<NoInfer<M>>[];
}

/**
 * A rule, its message ids taken from its own `messages`: a problem naming any other id is a
 * compile error (as typescript-eslint's rule type does).
 */
export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;

/**
 * A rule over two years of one body. `compare` sees both reports as snapshots only, so a caller
 * that checked them apart (a CLI batch, which pairs its inputs after checking them) can run it
 * from what it kept; `check` runs it on a check's input and its `previous`.
 */
export interface HistoryRule<M extends string = string> extends Rule<M> {
  category: 'history';
  compare(current: ReportSnapshot, previous: ReportSnapshot): Problem<NoInfer<M>>[];
}

/** A history rule's problems, for a real pair only: the same body, consecutive years. */
export function compareYears<M extends string>(rule: Pick<HistoryRule<M>, 'compare'>, current: ReportSnapshot, previous: ReportSnapshot): Problem<M>[] {
  return isPredecessor(previous, current) ? rule.compare(current, previous) : [];
}

export const defineHistoryRule = <M extends string>(rule: Omit<HistoryRule<M>, 'check' | 'category'>): HistoryRule<M> => ({
  ...rule,
  category: 'history',
  check: (input) => (input.previous ? compareYears(rule, snapshotOf(input, input.url), input.previous) : []),
});

/** A cell of the extraction, or undefined when the page does not have it (keys checked at compile time). */
export function cellAt<T extends TableId>(input: CheckInput, table: T, row: RowKey<T>, column: ColumnKey<T>): ExtractedCell | undefined {
  return input.extraction.tables[table]?.cells.get(row, column);
}

export function cellsOf(input: CheckInput, table: TableId): readonly ExtractedCell[] {
  return input.extraction.tables[table]?.cells.all() ?? [];
}

/** The reference a finding carries; the printed text comes along when it is not a plain number. */
export function refOf(cell: ExtractedCell): CellRef {
  const ref: CellRef = { table: cell.table, row: cell.row, column: cell.column };
  if (cell.kind !== 'number' || cell.unit) ref.text = cell.text;
  return ref;
}

/** A finding's reference to words of the page: a sentence, heading, title or date as printed. */
export const textRef = (quote: string): TextRef => ({ table: 'text', quote });

/**
 * The value an identity uses: blanks and placeholders count as 0 (domain.md, "Blank cells");
 * undefined when the cell is absent or holds text that is not a number, so the identity is
 * not checked on values that were not read.
 */
export function operand(cell: ExtractedCell | undefined): number | undefined {
  if (!cell || cell.kind === 'text') return undefined;
  return cell.value ?? 0;
}

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** "12 + 0 + 3", with numbers written as printed; a blank operand is written 0. */
export const terms = (values: number[]): string => values.map(formatNumber).join(' + ');

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

/** Equality for sums that may hold decimals (amounts): compare at 6 decimal places. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

const TEMPLATE_NAME = /\{(\w+)\}/;

export function fillTemplate(template: string, data: Record<string, string | number>): string {
  // split() with a group yields text, name, text, name, …: cheaper than a replace callback
  const parts = template.split(TEMPLATE_NAME);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    parts[i] = name in data ? String(data[name]) : `{${name}}`;
  }
  return parts.join('');
}

/** "a、b、c 等 N 个" for long lists of labels in messages. */
export function listLabels(labels: string[], max = 8): string {
  if (labels.length <= max) return labels.join('、');
  return `${labels.slice(0, max).join('、')} 等 ${labels.length} 个`;
}

/** For the cell-* rules: per table present, the cells that match, in the order read. */
export function matchingCellsByTable(
  input: CheckInput, predicate: (cell: ExtractedCell) => boolean,
): { table: TableId; cells: ExtractedCell[] }[] {
  const out: { table: TableId; cells: ExtractedCell[] }[] = [];
  for (const table of TABLE_IDS) {
    const cells = cellsOf(input, table).filter(predicate);
    if (cells.length > 0) out.push({ table, cells });
  }
  return out;
}

/**
 * The cell-* rules' one shape: per table, one problem listing every matching cell
 * ("one finding per table listing all such cells"), with the printed text where it matters.
 */
export function cellListProblems<M extends string>(
  input: CheckInput, messageId: M, predicate: (cell: ExtractedCell) => boolean, showText = true,
): Problem<M>[] {
  return matchingCellsByTable(input, predicate).map(({ table, cells }) => ({
    messageId,
    data: {
      table: TABLE_TITLES[table],
      count: cells.length,
      labels: listLabels(cells.map((c) => cellLabel(table, c.row, c.column) + (showText ? `「${c.text}」` : ''))),
    },
    cells: cells.map(refOf),
  }));
}
