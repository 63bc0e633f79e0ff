/** The format a page's tables use, judged from labels that exist in one format only (domain.md, "Differences"). */
import { formatForYear, type CellPointer, type Format } from '../model/forms';
import type { CellSource } from './cells';

/** A label on the page that belongs to one of the two formats. */
export interface FormatSignal {
  format: Format;
  /** the label as printed */
  label: string;
  /** the value cells governed by that label, for the finding to name */
  cells: CellPointer[];
  /** the label cell itself, for highlighting when there are no value cells */
  source: CellSource;
}

/** The format with more signals wins; a tie goes to the report year's format. */
export function decideFormat(signals: FormatSignal[], yearHint: number | null): Format | null {
  let of2019 = 0;
  for (const s of signals) if (s.format === '2019') of2019 += 1;
  const of2021 = signals.length - of2019;
  if (of2019 !== of2021) return of2019 > of2021 ? '2019' : '2021';
  return yearHint === null ? null : formatForYear(yearHint);
}
