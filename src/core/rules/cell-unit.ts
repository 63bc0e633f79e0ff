import { cellListProblems, defineRule } from './support/rule';

export default defineRule({
  id: 'cell-unit',
  severity: 'info',
  category: 'table',
  title: '单元格内写了单位',
  description: '单元格内写有单位（万、元、件等）。数字照常读取；金额的单位要与表头一致（2021 年格式收费金额以万元计）。',
  tables: [],
  messages: {
    unit: '{table}有 {count} 个单元格写了单位：{labels}',
  },
  check(input) {
    return cellListProblems(input, 'unit', (c) => c.unit !== undefined);
  },
});
