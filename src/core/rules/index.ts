/** The rule catalogue, in the order findings are listed. One explicit array; no registration by import. */
import activeInForce from './active-in-force';
import activeItemCount from './active-item-count';
import activePublished from './active-published';
import attachmentOnly from './attachment-only';
import cellBlank from './cell-blank';
import cellNegative from './cell-negative';
import cellNotInteger from './cell-not-integer';
import cellNotNumber from './cell-not-number';
import cellPlaceholder from './cell-placeholder';
import cellUnit from './cell-unit';
import contentAssessment from './content-assessment';
import contentFee from './content-fee';
import contentTemplateResidue from './content-template-residue';
import formatMixed from './format-mixed';
import formatVersion from './format-version';
import historyCarryover from './history-carryover';
import historyDuplicate from './history-duplicate';
import historyInForce from './history-in-force';
import labelWording from './label-wording';
import metaDateBeforePeriodEnd from './meta-date-before-period-end';
import metaPeriod from './meta-period';
import metaPublishDeadline from './meta-publish-deadline';
import metaTitle from './meta-title';
import requestsBalance from './requests-balance';
import requestsOutcomeTotal from './requests-outcome-total';
import requestsRowTotal from './requests-row-total';
import reviewGroupTotal from './review-group-total';
import sectionCountClaim from './section-count-claim';
import sectionMissing from './section-missing';
import sectionNumbering from './section-numbering';
import sectionOrder from './section-order';
import suspectCell from './suspect-cell';
import tableMissing from './table-missing';
import tableRowMisaligned from './table-row-misaligned';
import tableRowMissing from './table-row-missing';
import tablesAsImages from './tables-as-images';
import textActive from './text-active';
import textConflict from './text-conflict';
import textPercentage from './text-percentage';
import textRequests from './text-requests';
import textReview from './text-review';
import type { HistoryRule, Rule } from './support/rule';

/**
 * Across years, one body's report against its previous year's: last in the catalogue, so that
 * findings added after a batch has paired its reports fall where one check would list them.
 */
export const HISTORY_RULES: readonly HistoryRule[] = [historyCarryover, historyInForce, historyDuplicate];

export const RULES: readonly Rule[] = [
  // the conclusion first: which cell is most probably wrong (listed before the identities it explains)
  suspectCell,
  // the page and its tables
  tableMissing,
  tablesAsImages,
  attachmentOnly,
  formatVersion,
  formatMixed,
  tableRowMissing,
  tableRowMisaligned,
  labelWording,
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
  // the words around the tables
  sectionMissing,
  sectionOrder,
  sectionNumbering,
  sectionCountClaim,
  metaDateBeforePeriodEnd,
  metaPublishDeadline,
  metaPeriod,
  metaTitle,
  textRequests,
  textActive,
  textReview,
  textConflict,
  textPercentage,
  contentAssessment,
  contentFee,
  contentTemplateResidue,
  ...HISTORY_RULES,
];
