/**
 * 表四: one row of 15 unlabelled numbers under a header of three rows (design doc), read as the
 * three groups' five results in printed order; by the header's leaf cells when the count is off.
 */
import { REVIEW_CELLS, REVIEW_GROUPS } from '../model/forms';
import { CellTable, extractedCell } from './cells';
import { reviewHeaderColumns } from './headers';
import { mapValues } from './map-values';
import type { Placed } from './place';
import type { ReviewRows } from './sections';
import { tidyText } from './text';

/** 表四's 15 value cells in printed order: group (row key) and result (column key). */
const REVIEW_KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map((c) => ({ group: g.key, column: c.key })));

export function placeReview({ data, extra }: ReviewRows): Placed {
  const out: Placed = { cells: new CellTable(), issues: [], signals: [], wordings: [] };
  if (data) {
    const header = reviewHeaderColumns(data.headerRows);
    const { mapped, problem } = mapValues(data.values, REVIEW_KEYS.map((_, i) => i), header);
    if (problem) out.issues.push({ ...problem, table: 'review', label: null, cells: [] });
    for (const { key, cell } of mapped) {
      const { group, column } = REVIEW_KEYS[key]!;
      out.cells.set(extractedCell('review', group, column, data.row.tableIndex, cell));
    }
    // A misprinted result label, with the cell under it.
    for (const { key, wording } of header ?? []) {
      const { group, column } = REVIEW_KEYS[key]!;
      if (wording) out.wordings.push({ table: 'review', ...wording, cells: out.cells.get(group, column) ? [{ table: 'review', row: group, column }] : [] });
    }
  }
  for (const values of extra) out.issues.push({ kind: 'extraReviewRow', table: 'review', values: values.map((v) => tidyText(v.cell.text)), cells: [] });
  return out;
}
