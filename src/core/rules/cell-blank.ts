import { cellListProblems, defineRule } from './support/rule';

/** A blank is not a zero: every cell of the three tables must hold a number. */
export default defineRule({
  id: 'cell-blank',
  severity: 'warning',
  category: 'table',
  title: '必填单元格空白',
  description: '三张统计表的每个单元格都应填写数字，没有发生的填 0。空白不等于 0：本规则逐表列出空白单元格；勾稽核对时空白按 0 计，因此空白的合计格会同时触发相应的勾稽规则。',
  tables: [],
  messages: {
    blank: '{table}有 {count} 个空白单元格：{labels}',
  },
  check(input) {
    return cellListProblems(input, 'blank', (c) => c.kind === 'blank', false);
  },
});
