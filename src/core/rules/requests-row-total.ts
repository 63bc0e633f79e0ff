import { REQUESTS_APPLICANT_COLUMNS, REQUESTS_ROWS } from '../model/forms';
import { cellAt, defineRule, formatNumber, operand, refOf, same, sum, terms, type Problem } from './rule';

/** 总计 column = the six applicant columns, in every row. */
export default defineRule({
  id: 'requests-row-total',
  severity: 'error',
  title: '表三总计列不等于各类申请人之和',
  description: '每一行的“总计” = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。空白按 0 计。',
  tables: ['requests'],
  messages: {
    mismatch: '{row}：自然人至其他六列之和 {sum}（{terms}）≠ 总计 {total}',
  },
  check(input) {
    const problems: Problem[] = [];
    for (const row of REQUESTS_ROWS) {
      const total = cellAt(input, 'requests', row.key, 'total');
      const parts = REQUESTS_APPLICANT_COLUMNS.map((c) => cellAt(input, 'requests', row.key, c));
      const totalValue = operand(total);
      const values = parts.map(operand);
      if (totalValue === undefined || values.some((v) => v === undefined)) continue;
      const partSum = sum(values as number[]);
      if (same(partSum, totalValue)) continue;
      problems.push({
        messageId: 'mismatch',
        data: { row: row.short, sum: formatNumber(partSum), terms: terms(values as number[]), total: formatNumber(totalValue) },
        cells: [...parts, total].map((c) => refOf(c!)),
      });
    }
    return problems;
  },
});
