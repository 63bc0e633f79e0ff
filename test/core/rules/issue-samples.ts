/** One extraction issue of every kind, as the extractor reports them (the type requires them all). */
import type { ExtractionIssue, IssueKind } from '../../../src/core/extract/issues';

export const ISSUE_SAMPLES: { [K in IssueKind]: Extract<ExtractionIssue, { kind: K }> } = {
  valueCount: { kind: 'valueCount', table: 'active', label: '规章', values: 2, columns: 3, cells: [] },
  headerMismatch: { kind: 'headerMismatch', table: 'requests', label: '（一）予以公开', values: 8, columns: 7, cells: [] },
  valueSpansColumns: { kind: 'valueSpansColumns', table: 'requests', label: '（一）予以公开', values: 6, columns: 7, cells: [] },
  rowShifted: { kind: 'rowShifted', table: 'review', label: null, values: 16, columns: 15, cells: [] },
  rowTwice: { kind: 'rowTwice', table: 'requests', row: 'notProcessed.duplicate', cells: [] },
  rowOutOfPlace: { kind: 'rowOutOfPlace', table: 'requests', row: 'partiallyGranted', printed: '（一）部分公开', cells: [] },
  extraReviewRow: { kind: 'extraReviewRow', table: 'review', values: ['1', '', '0'], cells: [] },
  noHeader: { kind: 'noHeader', table: 'active', label: '其他对外管理服务事项', cells: [] },
  valuesWithoutLabel: { kind: 'valuesWithoutLabel', table: 'requests', rows: [{ label: '', values: ['3', '0'] }], cells: [] },
  valuesBesideBlankRows: {
    kind: 'valuesBesideBlankRows', table: 'requests', rows: [{ label: '三、', values: ['0', ''] }], blankRows: ['granted', 'partiallyGranted'],
    cells: [{ table: 'requests', row: 'granted', column: 'total' }],
  },
  rowsMissing: { kind: 'rowsMissing', table: 'requests', rows: ['notProcessed.duplicate'], cells: [{ table: 'requests', row: 'notProcessed.duplicate', column: 'total' }] },
  cellsMissing: { kind: 'cellsMissing', table: 'active', cells: [{ table: 'active', row: 'regulations', column: 'newlyMade' }, { table: 'active', row: 'normativeDocuments', column: 'newlyMade' }] },
  noDataRow: { kind: 'noDataRow', table: 'review', cells: [{ table: 'review', row: 'reconsideration', column: 'total' }] },
};
