import { defineRule } from './rule';

export default defineRule({
  id: 'table-row-misaligned',
  severity: 'warning',
  title: '数值与行标签错位，未能读取',
  description: '有数值落在没有标签的行上，或一行的数值个数与表头的列数对不上。本工具不猜测数值应归哪一格：这些数值没有读入，请人工核对。',
  tables: [],
  messages: {
    misaligned: '{detail}',
  },
  check(input) {
    return input.extraction.issues
      .filter((i) => i.ruleId === 'table-row-misaligned')
      .map((i) => ({ messageId: 'misaligned', data: { detail: i.message }, cells: i.cells.map((c) => ({ ...c })) }));
  },
});
