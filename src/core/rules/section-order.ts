import { sectionNumeral } from '../extract/article';
import { groupBy } from '../group-by';
import { defineRule, type Problem, textRef } from './support/rule';

export default defineRule({
  id: 'section-order',
  severity: 'warning',
  category: 'text',
  title: '部分顺序颠倒或标题重复',
  description: '六个部分应按“总体情况—主动公开—收到和处理申请—复议诉讼—问题及改进—其他事项”的顺序各出现一次。同一部分的标题出现两次，常是复制粘贴留下的。',
  tables: [],
  messages: {
    twice: '第{number}部分的标题出现了 {count} 次：「{text}」',
    order: '「{text}」排在「{previous}」之后，顺序颠倒',
  },
  check(input) {
    const problems: Problem<'twice' | 'order'>[] = [];
    const { headings } = input.article;
    const bySection = groupBy(headings, (h) => h.section);
    for (const [section, list] of bySection) {
      if (list.length < 2) continue;
      problems.push({
        messageId: 'twice',
        data: { number: sectionNumeral(section), count: list.length, text: list[0]!.text },
        cells: list.map((h) => textRef(h.text)),
      });
    }
    const firsts = [...bySection.values()].map((list) => list[0]!).sort((a, b) => a.line - b.line);
    for (let i = 1; i < firsts.length; i += 1) {
      if (firsts[i]!.section < firsts[i - 1]!.section) {
        problems.push({
          messageId: 'order',
          data: { text: firsts[i]!.text, previous: firsts[i - 1]!.text },
          cells: [textRef(firsts[i - 1]!.text), textRef(firsts[i]!.text)],
        });
      }
    }
    return problems;
  },
});
