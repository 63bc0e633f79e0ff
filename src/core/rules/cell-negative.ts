import { ACTIVE_SIGNED_COLUMNS } from '../model/forms';
import { cellListProblems, defineRule } from './support/rule';

export default defineRule({
  id: 'cell-negative',
  severity: 'error',
  category: 'table',
  title: '件数为负数',
  description: '件数、数量不能为负。唯一例外是 2019 年试行格式表二的“本年增/减”列，可以为负。',
  tables: [],
  messages: {
    negative: '{table}有 {count} 个负数：{labels}',
  },
  check(input) {
    return cellListProblems(input, 'negative', (c) =>
      c.value !== null && c.value < 0 && !(c.table === 'active' && ACTIVE_SIGNED_COLUMNS.has(c.column)));
  },
});
