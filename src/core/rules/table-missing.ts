import { TABLE_TITLES } from '../model/layout';
import { defineRule } from './rule';

export default defineRule({
  id: 'table-missing',
  severity: 'error',
  title: '缺少统计表',
  description: '年度报告必须有表二（主动公开）、表三（依申请公开）、表四（复议诉讼）三张统计表。表格以图片或附件形式发布时，这里也找不到它。',
  tables: [],
  messages: {
    missing: '页面上没有找到{table}',
  },
  check(input) {
    if (!input.detected) return [];
    return (['active', 'requests', 'review'] as const)
      .filter((t) => !input.extraction.tables[t])
      .map((t) => ({ messageId: 'missing', data: { table: TABLE_TITLES[t] }, cells: [] }));
  },
});
