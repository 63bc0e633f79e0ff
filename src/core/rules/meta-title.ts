import { defineRule, textRef, type Problem } from './support/rule';

export default defineRule({
  id: 'meta-title',
  severity: 'warning',
  category: 'text',
  title: '标题缺少机关名称或年度',
  description: '报告标题应写明报告机关和报告年度，如“××县人民政府2023年政府信息公开工作年度报告”，读者才知道是谁、哪一年的报告。',
  tables: [],
  messages: {
    noAgency: '标题「{title}」没有写明报告机关',
    noYear: '标题「{title}」没有写明年度',
  },
  check(input) {
    const { title, agency } = input.meta;
    if (!title) return [];
    const problems: Problem<'noAgency' | 'noYear'>[] = [];
    if (agency === null) problems.push({ messageId: 'noAgency', data: { title }, cells: [textRef(title)] });
    if (!/(?:19|20)\d{2}\s*年/.test(title)) problems.push({ messageId: 'noYear', data: { title }, cells: [textRef(title)] });
    return problems;
  },
});
