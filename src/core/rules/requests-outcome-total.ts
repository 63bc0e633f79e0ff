import { REQUESTS_COLUMNS, REQUESTS_ROWS } from '../model/forms';
import { cellAt, defineRule, formatNumber, operand, refOf, same, sum, terms, type Problem } from './rule';

/** （七）总计 = every outcome row of 三、本年度办理结果, in every column. */
export default defineRule({
  id: 'requests-outcome-total',
  severity: 'error',
  title: '表三（七）总计不等于各办理结果之和',
  description:
    '（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开 1–8 + （四）无法提供 1–3 + （五）不予处理 1–5 + （六）其他处理'
    + '（2019 年格式一行，2021 年格式三个子项），逐列成立。空白按 0 计。',
  tables: ['requests'],
  messages: {
    mismatch: '{column}列：各办理结果之和 {sum}（{terms}）≠ （七）总计 {total}',
  },
  check(input) {
    const problems: Problem[] = [];
    const outcomeRows = REQUESTS_ROWS.filter((r) => r.outcome);
    for (const column of REQUESTS_COLUMNS) {
      const total = cellAt(input, 'requests', 'total', column.key);
      const parts = outcomeRows.map((r) => cellAt(input, 'requests', r.key, column.key)).filter((c) => c !== undefined);
      const totalValue = operand(total);
      const values = parts.map(operand);
      if (totalValue === undefined || parts.length === 0 || values.some((v) => v === undefined)) continue;
      const partSum = sum(values as number[]);
      if (same(partSum, totalValue)) continue;
      problems.push({
        messageId: 'mismatch',
        data: { column: column.label, sum: formatNumber(partSum), terms: terms(values as number[]), total: formatNumber(totalValue) },
        cells: [...parts, total!].map(refOf),
      });
    }
    return problems;
  },
});
