import { ACTIVE_AMOUNT_COLUMNS } from '../model/forms';
import { cellListProblems, defineRule } from './support/rule';

export default defineRule({
  id: 'cell-not-integer',
  severity: 'error',
  category: 'table',
  title: '件数带小数',
  description: '件数、数量应为整数。收费金额、采购总金额可以有小数，不在此列。',
  tables: [],
  messages: {
    fraction: '{table}有 {count} 个带小数的件数：{labels}',
  },
  check(input) {
    return cellListProblems(input, 'fraction', (c) =>
      c.value !== null && !Number.isInteger(c.value) && !(c.table === 'active' && ACTIVE_AMOUNT_COLUMNS.has(c.column)));
  },
});
