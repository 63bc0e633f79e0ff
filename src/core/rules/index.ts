/** The rule catalogue, in the order findings are listed. One explicit array; no registration by import. */
import activeInForce from './active-in-force';
import activeItemCount from './active-item-count';
import activePublished from './active-published';
import cellBlank from './cell-blank';
import cellNegative from './cell-negative';
import cellNotInteger from './cell-not-integer';
import cellNotNumber from './cell-not-number';
import cellPlaceholder from './cell-placeholder';
import cellUnit from './cell-unit';
import formatMixed from './format-mixed';
import formatVersion from './format-version';
import requestsBalance from './requests-balance';
import requestsOutcomeTotal from './requests-outcome-total';
import requestsRowTotal from './requests-row-total';
import reviewGroupTotal from './review-group-total';
import tableMissing from './table-missing';
import tableRowMisaligned from './table-row-misaligned';
import tableRowMissing from './table-row-missing';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  tableMissing,
  formatVersion,
  formatMixed,
  tableRowMissing,
  tableRowMisaligned,
  requestsBalance,
  requestsOutcomeTotal,
  requestsRowTotal,
  reviewGroupTotal,
  activeItemCount,
  activeInForce,
  activePublished,
  cellNotNumber,
  cellNegative,
  cellNotInteger,
  cellBlank,
  cellPlaceholder,
  cellUnit,
];
