/** What each table's placer returns. */
import type { CellTable } from './cells';
import type { FormatSignal } from './format';
import type { ExtractionIssue } from './issues';
import type { LabelWording } from './wording';

export interface Placed {
  /** the cells read, row by row in the order read */
  cells: CellTable;
  issues: ExtractionIssue[];
  /** labels that belong to one format, for the format decision */
  signals: FormatSignal[];
  /** labels read although printed otherwise than the form */
  wordings: LabelWording[];
}
