import { cellListProblems, defineRule } from './support/rule';

export default defineRule({
  id: 'cell-not-number',
  severity: 'error',
  category: 'table',
  title: '数字单元格中是文字',
  description: '应填数字的单元格里写的是不含数字的文字（如“不适用”）。这样的单元格不参与勾稽核对。',
  tables: [],
  messages: {
    text: '{table}有 {count} 个单元格不是数字：{labels}',
  },
  check(input) {
    return cellListProblems(input, 'text', (c) => c.kind === 'text');
  },
});
