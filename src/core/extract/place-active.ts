/**
 * 表二: each row's values mapped to its header's columns by order, or, for rows printed before
 * any header, to the columns the decided format gives the row. A column label or a row label of
 * one format only is a format signal.
 */
import { ACTIVE_ROWS, type ActiveRowKey, type Format } from '../model/forms';
import { CellTable, extractedCell, pointerOf, type ExtractedCell } from './cells';
import type { FormatSignal } from './format';
import { mapValues } from './map-values';
import type { Placed } from './place';
import type { ActiveRow } from './sections';
import { tidyText } from './text';

/** `format`: the decided format, for the rows without a header (null while undecided). */
export function placeActive(rows: ActiveRow[], format: Format | null): Placed {
  const out: Placed = { cells: new CellTable(), issues: [], signals: [], wordings: [] };
  for (const row of rows) {
    const keys = row.header ? row.header.columns.map((c) => c.key)
      : format ? ACTIVE_ROWS[format].find((s) => s.key === row.key)?.columns.map((c) => c.key) : undefined;
    if (!keys) {
      out.issues.push({ kind: 'noHeader', table: 'active', label: printedLabel(row), cells: [] });
      continue;
    }
    const { mapped, problem } = mapValues(row.parts.values, keys, null);
    if (problem) {
      out.issues.push({ ...problem, table: 'active', label: printedLabel(row), cells: [] });
      continue;
    }
    const placed: ExtractedCell[] = [];
    mapped.forEach(({ key, cell }, i) => {
      if (key === null) return;
      const extracted = extractedCell('active', row.key, key, row.row.tableIndex, cell);
      placed.push(extracted);
      out.cells.set(extracted);
      const column = row.header?.columns[i];
      if (!column) return;
      const label = tidyText(column.labelCell.cell.text);
      out.signals.push({ format: column.format, label, cells: [pointerOf(extracted)], source: { tableIndex: row.row.tableIndex, cell: column.labelCell.cell } });
      if (column.official) out.wordings.push({ table: 'active', printed: label, official: column.official, byPlace: false, cells: [pointerOf(extracted)] });
    });
    if (row.official) out.wordings.push({ table: 'active', printed: printedLabel(row), official: row.official, byPlace: false, cells: placed.map(pointerOf) });
    const signal = rowSignal(row, placed);
    if (signal) out.signals.push(signal);
  }
  return out;
}

const printedLabel = (row: ActiveRow): string => tidyText(row.labelCell.cell.text);

/** Row labels that exist in one format only: 其他对外管理服务事项, 政府集中采购, (行政)规范性文件. */
function rowSignal(row: ActiveRow, placed: ExtractedCell[]): FormatSignal | null {
  const format = rowFormat(row.key, row.labelCell.norm, row.official !== undefined);
  return format ? { format, label: printedLabel(row), cells: placed.map(pointerOf), source: { tableIndex: row.row.tableIndex, cell: row.labelCell.cell } } : null;
}

function rowFormat(key: ActiveRowKey, label: string, misprinted: boolean): Format | null {
  if (key === 'otherServices' || key === 'procurement') return '2019';
  // the printed 行政 tells the format; a misprint ("行正规范性文件") tells nothing about it
  if (key === 'normativeDocuments' && !misprinted) return label.startsWith('行政') ? '2021' : '2019';
  return null;
}
