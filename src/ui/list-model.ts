/** What the list view shows of a list page's reports: plain data from the listed links and their results. */
import type { Analysis } from '../core/check';
import type { ListedReport } from '../core/extract/list-page';
import { summaryRow, worstFirst, type SourceResult, type SummaryRow } from '../core/export/summary';

/** A listed report's result once checked: its analysis, or why there is none. */
export type ListedOutcome = { analysis: Analysis } | { error: string };

export interface ListRow {
  /** position in the list as the page prints it */
  index: number;
  text: string;
  href: string;
  /** null until it is checked */
  summary: SummaryRow | null;
  /** checked and found a report (its panel can be opened) */
  viewable: boolean;
  /** what the row says besides its counts: why it has none, that the report is an attachment or images, else its first error */
  note: string | null;
}

/** Reports whose numbers are not on the page: the row says so (the panel of the report can read an attachment). */
const NOT_ON_PAGE = new Set(['attachment-only', 'tables-as-images']);

function noteOf(summary: SummaryRow, outcome: ListedOutcome): string | null {
  const elsewhere = 'analysis' in outcome ? outcome.analysis.findings.find((f) => NOT_ON_PAGE.has(f.ruleId)) : undefined;
  return elsewhere?.message ?? (summary.first_error === null ? null : String(summary.first_error));
}

export type ListSort = 'list' | 'worst' | 'year';

/** The source a list's result is filed under: the report's address. */
export function sourceResult(listed: ListedReport, outcome: ListedOutcome): SourceResult {
  return 'error' in outcome
    ? { source: listed.href, error: outcome.error }
    : { source: listed.href, report: outcome.analysis.json, verdict: outcome.analysis.verdict.reason };
}

export function listRows(listed: readonly ListedReport[], outcomes: ReadonlyMap<number, ListedOutcome>): ListRow[] {
  return listed.map((l, index) => {
    const outcome = outcomes.get(index);
    const summary = outcome ? summaryRow(sourceResult(l, outcome)) : null;
    return {
      index, text: l.text, href: l.href, summary,
      viewable: outcome !== undefined && 'analysis' in outcome && outcome.analysis.detected,
      note: summary && outcome ? noteOf(summary, outcome) : null,
    };
  });
}

/** The rows shown: only those with errors when asked, in the order chosen (unchecked rows last). */
export function shownRows(rows: readonly ListRow[], sort: ListSort, errorsOnly: boolean): ListRow[] {
  const kept = errorsOnly ? rows.filter((r) => Number(r.summary?.errors ?? 0) > 0) : [...rows];
  if (sort === 'list') return kept;
  const checked = kept.filter((r) => r.summary !== null);
  const waiting = kept.filter((r) => r.summary === null);
  const key = sort === 'worst'
    ? (a: ListRow, b: ListRow) => worstFirst(a.summary!, b.summary!)
    : (a: ListRow, b: ListRow) => Number(b.summary!.year ?? 0) - Number(a.summary!.year ?? 0);
  return [...checked.sort(key), ...waiting];
}
