/**
 * What extraction could not read, as data: a kind and the facts behind it. The rules
 * table-row-missing and table-row-misaligned own the wording (one message per kind).
 */
import type { CellPointer, RequestsRowKey, RowKey, TableId } from '../model/forms';

/**
 * Why a row's values were not mapped to the columns: their count differs from the columns'
 * (`valueCount`); by the header's grid positions, a column covered by none or several values
 * (`headerMismatch`), one value covering several columns (`valueSpansColumns`), or a value
 * outside every column, the row shifted (`rowShifted`).
 */
export type MisfitKind = 'valueCount' | 'headerMismatch' | 'valueSpansColumns' | 'rowShifted';

/** A row whose values were not read. */
export interface RowNotRead<K extends MisfitKind = MisfitKind> {
  kind: K;
  table: TableId;
  /** the row's label (表四's one data row has none) */
  label: string | null;
  /** value cells on the row (for valueCount: without the trailing blanks the page added) */
  values: number;
  /** columns the row should have */
  columns: number;
}

export type ExtractionIssue = (
  | { [K in MisfitKind]: RowNotRead<K> }[MisfitKind]
  /** a 表三 row label printed twice with values both times: only the first is read */
  | { kind: 'rowTwice'; table: 'requests'; row: RequestsRowKey }
  /** the same, one of them printed otherwise than the form prints the row: that one is not read */
  | { kind: 'rowOutOfPlace'; table: 'requests'; row: RequestsRowKey; printed: string }
  /** 表四 has one data row; another row of values after it is not read */
  | { kind: 'extraReviewRow'; table: 'review'; values: string[] }
  /** a 表二 row before any header, and the decided format has no such row: no columns to map it to */
  | { kind: 'noHeader'; table: 'active'; label: string }
  /** values on 表三 rows whose label is no row of the format ("三、", a label's broken half) */
  | { kind: 'valuesWithoutLabel'; table: 'requests'; rows: UnlabelledRow[] }
  /** the same, beside labelled rows left blank: the values probably belong there, but are not moved */
  | { kind: 'valuesBesideBlankRows'; table: 'requests'; rows: UnlabelledRow[]; blankRows: RequestsRowKey[] }
  /** rows of the format not found in a table that is there */
  | { kind: 'rowsMissing'; table: TableId; rows: RowKey[] }
  /** cells of the format missing from rows that were read (a column whose header was not recognised) */
  | { kind: 'cellsMissing'; table: TableId }
  /** 表四's header without its row of values */
  | { kind: 'noDataRow'; table: 'review' }
) & {
  /** the cells the issue is about, for the finding to name (often none: the values were not read) */
  cells: CellPointer[];
};

export interface UnlabelledRow {
  /** the row's label text as printed, empty when it has none */
  label: string;
  /** official rows the label is near but was not read as: several, or one that belongs elsewhere */
  near?: { labels: string[]; inPlace: boolean };
  /** the value cells' texts as printed */
  values: string[];
}

export type IssueKind = ExtractionIssue['kind'];
