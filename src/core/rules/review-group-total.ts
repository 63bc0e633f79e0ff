import { REVIEW_GROUPS } from '../model/forms';
import { cellAt, defineRule, formatNumber, operand, refOf, same, sum, terms, type Problem } from './rule';

/** 表四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, per group. */
export default defineRule({
  id: 'review-group-total',
  severity: 'error',
  title: '表四总计不等于各结果之和',
  description: '行政复议、未经复议直接起诉、复议后起诉三组各自：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。空白按 0 计。',
  tables: ['review'],
  messages: {
    mismatch: '{group}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 ≠ 总计：{terms} = {sum} ≠ {total}',
  },
  check(input) {
    const problems: Problem[] = [];
    for (const group of REVIEW_GROUPS) {
      const parts = (['upheld', 'corrected', 'other', 'pending'] as const).map((c) => cellAt(input, 'review', group.key, c));
      const total = cellAt(input, 'review', group.key, 'total');
      const values = parts.map(operand);
      const totalValue = operand(total);
      if (totalValue === undefined || values.some((v) => v === undefined)) continue;
      const partSum = sum(values as number[]);
      if (same(partSum, totalValue)) continue;
      problems.push({
        messageId: 'mismatch',
        data: { group: group.label, terms: terms(values as number[]), sum: formatNumber(partSum), total: formatNumber(totalValue) },
        cells: [...parts, total].map((c) => refOf(c!)),
      });
    }
    return problems;
  },
});
