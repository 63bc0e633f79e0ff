/**
 * Values of a row mapped to column keys. By their order in the row first: header and data
 * colspans often disagree (design doc: "Map values to columns by their order in the row, not by
 * raw grid position"); by the header's grid positions only when the count is off.
 */
import type { HeaderColumns } from './headers';
import type { MisfitKind } from './issues';
import { isBlank, type StreamCell } from './row-stream';

/** Why a row could not be mapped, with its count of values and of columns. */
export interface Misfit { kind: MisfitKind; values: number; columns: number }

export type Mapping<K> = { mapped: { key: K; cell: StreamCell }[]; problem: null } | { mapped: []; problem: Misfit };

/**
 * Map value cells to column keys: by order when the counts agree (after dropping trailing blank
 * cells the page added), else by the header's grid positions, else not at all.
 */
export function mapValues<K>(values: StreamCell[], keys: K[], header: HeaderColumns<K> | null): Mapping<K> {
  let cells = values;
  while (cells.length > keys.length && isBlank(cells[cells.length - 1]!)) cells = cells.slice(0, -1);
  if (cells.length === keys.length) return { mapped: keys.map((key, i) => ({ key, cell: cells[i]! })), problem: null };
  const misfit = (kind: MisfitKind, count = values.length): Mapping<K> => ({ mapped: [], problem: { kind, values: count, columns: keys.length } });
  if (!header || header.length !== keys.length) return misfit('valueCount', cells.length);
  const mapped: { key: K; cell: StreamCell }[] = [];
  for (const h of header) {
    const cover = values.filter((v) => v.cell.col < h.col + h.colSpan && v.cell.col + v.cell.colSpan > h.col);
    if (cover.length !== 1) return misfit('headerMismatch');
    mapped.push({ key: h.key, cell: cover[0]! });
  }
  const used = new Set(mapped.map((m) => m.cell.cell.id));
  if (used.size !== mapped.length) return misfit('valueSpansColumns');
  // A value left outside every header column means the row is shifted: reading it by
  // position would put every number one column off.
  if (values.some((v) => !isBlank(v) && !used.has(v.cell.id))) return misfit('rowShifted');
  return { mapped, problem: null };
}
