import { cellAt, defineRule, operand, refOf, type Problem } from './support/rule';

const ROWS = [['regulations', '规章'], ['normativeDocuments', '规范性文件']] as const;

/** 2019 format: the running total published cannot be below this year's newly published. */
export default defineRule({
  id: 'active-published',
  severity: 'warning',
  category: 'table',
  title: '表二对外公开总数量少于本年新公开数量',
  description: '2019 年试行格式表二（一）：对外公开总数量 ≥ 本年新公开数量（总数量含本年新公开的文件）。',
  tables: ['active'],
  messages: {
    tooFew: '{row}：对外公开总数量 {total} < 本年新公开数量 {published}',
  },
  check(input) {
    const problems: Problem<'tooFew'>[] = [];
    for (const [row, label] of ROWS) {
      const published = cellAt(input, 'active', row, 'newlyPublished');
      const total = cellAt(input, 'active', row, 'totalPublished');
      const p = operand(published);
      const t = operand(total);
      if (p === undefined || t === undefined || t >= p) continue;
      problems.push({ messageId: 'tooFew', data: { row: label, total: t, published: p }, cells: [refOf(published!), refOf(total!)] });
    }
    return problems;
  },
});
