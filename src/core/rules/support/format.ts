/** What format-version and format-mixed share: the labels that show a format, and one value cell each. */
import type { FormatSignal } from '../../extract/tables';
import type { CellRef } from '../../model/schema';
import type { PageLabel } from './rule';

/**
 * Per distinct label of these signals: the label as printed (marked in the page, listed in the
 * panel) and the first value cell it governs (its row and column keys say which row or column
 * the label heads, for the JSON).
 */
export function signalLabels(signals: FormatSignal[]): { cells: CellRef[]; labels: PageLabel[] } {
  const cells: CellRef[] = [];
  const labels: PageLabel[] = [];
  const seen = new Set<unknown>();
  for (const signal of signals) {
    if (seen.has(signal.source.cell)) continue;
    seen.add(signal.source.cell);
    labels.push({ text: signal.label, source: signal.source });
    const first = signal.cells[0];
    if (first) cells.push({ table: first.table, row: first.row, column: first.column });
  }
  return { cells, labels };
}
