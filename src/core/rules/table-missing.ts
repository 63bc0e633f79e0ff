import { TABLE_TITLES } from '../model/forms';
import { TABLE_IDS } from '../model/ids';
import { attachmentOnly, tablesShownAsImages } from './support/elsewhere';
import { defineRule } from './support/rule';

export default defineRule({
  id: 'table-missing',
  severity: 'error',
  category: 'table',
  title: '缺少统计表',
  description: '年度报告必须有表二（主动公开）、表三（依申请公开）、表四（复议诉讼）三张统计表。以图片或附件发布的表格不算缺少，另由 tables-as-images、attachment-only 提示。',
  tables: [],
  messages: {
    missing: '页面上没有找到{table}',
  },
  check(input) {
    // A table published as an image, or a report only in an attachment, is not checkable
    // here but not missing: tables-as-images and attachment-only say so instead.
    if (!input.detected || attachmentOnly(input)) return [];
    const asImages = tablesShownAsImages(input);
    return TABLE_IDS
      .filter((t) => !input.extraction.tables[t] && !asImages.includes(t))
      .map((t) => ({ messageId: 'missing', data: { table: TABLE_TITLES[t] }, cells: [] }));
  },
});
