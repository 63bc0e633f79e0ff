/**
 * A finding's fingerprint: what a reviewer's decision on it is kept under, so that it comes back
 * on every re-check of the same report. Made of the rule id, the cells' keys (a sentence by its
 * text) and the body and year, never of the message: rewording a message, or the page changing
 * a value elsewhere, keeps the decision; a finding about other cells, or another body's or
 * year's report, is another finding.
 */
import { compact } from './extract/text';
import { cellKey } from './model/forms';
import type { Finding } from './model/schema';
import { bodyKey, hash53 } from './snapshot';

type Cell = Finding['cells'][number];

const cellKeyOf = (cell: Cell): string => (cell.table === 'text' ? `text:${compact(cell.quote)}` : cellKey(cell));

/** "table-balance:2023:1k2x9…": readable enough to tell the rule and year in an exported file. */
export function fingerprint(finding: Pick<Finding, 'ruleId' | 'cells'>, agency: string | null, year: number | null): string {
  const cells = [...new Set(finding.cells.map(cellKeyOf))].sort();
  const hash = hash53([bodyKey(agency) ?? '', year ?? '', finding.ruleId, ...cells].join('\n'));
  return `${finding.ruleId}:${year ?? '-'}:${hash.toString(36)}`;
}
