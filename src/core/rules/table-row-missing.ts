import { defineRule } from './rule';

export default defineRule({
  id: 'table-row-missing',
  severity: 'warning',
  title: '表格缺少应有的行或列',
  description: '按页面所用格式，表中应有的行、列或数据行没有找到（被删去、改名，或无法辨认）。缺少的单元格不参与勾稽核对。',
  tables: [],
  messages: {
    missing: '{detail}',
  },
  check(input) {
    return input.extraction.issues
      .filter((i) => i.ruleId === 'table-row-missing')
      .map((i) => ({ messageId: 'missing', data: { detail: i.message }, cells: i.cells.map((c) => ({ ...c })) }));
  },
});
