import { cellListProblems, defineRule } from './support/rule';

export default defineRule({
  id: 'cell-placeholder',
  severity: 'info',
  category: 'table',
  title: '以“/”“—”“无”代替数字',
  description: '单元格写“/”“—”“-”“无”等符号而不是数字。按 0 计入勾稽核对，但格式要求填写数字（没有发生的填 0）。',
  tables: [],
  messages: {
    placeholder: '{table}有 {count} 个单元格以符号代替数字：{labels}',
  },
  check(input) {
    return cellListProblems(input, 'placeholder', (c) => c.kind === 'placeholder');
  },
});
