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
  const out: Placed = { cells: new CellTable(), issues: [], signals: [] };
  if (data) {
    const { mapped, problem } = mapValues(data.values, REVIEW_KEYS.map((_, i) => i), reviewHeaderColumns(data.headerRows));
    if (problem) out.issues.push({ ...problem, table: 'review', label: null, cells: [] });
    for (const { key, cell } of mapped) {
      const { group, column } = REVIEW_KEYS[key]!;
      out.cells.set(extractedCell('review', group, column, data.row.tableIndex, cell));
    }
  }
  for (const values of extra) out.issues.push({ kind: 'extraReviewRow', table: 'review', values: values.map((v) => tidyText(v.cell.text)), cells: [] });
  return out;
}
