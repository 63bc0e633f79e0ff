import { REQUESTS_COLUMNS } from '../model/forms';
import { cellAt, defineRule, operand, refOf, same, sum, terms, type Problem } from './rule';

/** 表三's own 勾稽关系: 第一项 + 第二项 = 第三项 + 第四项, in every column. */
export default defineRule({
  id: 'requests-balance',
  severity: 'error',
  title: '表三勾稽关系不成立',
  description:
    '表三表头注明的勾稽关系：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理，'
    + '七列（自然人、五类法人或其他组织、总计）逐列成立（国办公开办函〔2019〕60号、〔2021〕30号）。空白按 0 计。',
  tables: ['requests'],
  messages: {
    unbalanced: '{column}列：本年新收 + 上年结转 ≠ （七）总计 + 结转下年度：{left} ≠ {right}（{leftSum} ≠ {rightSum}）',
  },
  check(input) {
    const problems: Problem[] = [];
    for (const column of REQUESTS_COLUMNS) {
      const cells = (['newReceived', 'carriedOver', 'total', 'carriedForward'] as const).map((row) => cellAt(input, 'requests', row, column.key));
      const values = cells.map(operand);
      if (values.some((v) => v === undefined)) continue;
      const [a, b, c, d] = values as number[];
      if (same(a! + b!, c! + d!)) continue;
      problems.push({
        messageId: 'unbalanced',
        data: { column: column.label, left: terms([a!, b!]), right: terms([c!, d!]), leftSum: sum([a!, b!]), rightSum: sum([c!, d!]) },
        cells: cells.map((cell) => refOf(cell!)),
      });
    }
    return problems;
  },
});
