import { cellAt, defineRule, operand, refOf, type Problem } from './support/rule';

const ROWS = [
  ['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项'], ['penalty', '行政处罚'],
  ['enforcement', '行政强制'], ['fees', '行政事业性收费'],
] as const;

/** 2019 format: last year's item count plus this year's change cannot be negative. */
export default defineRule({
  id: 'active-item-count',
  severity: 'error',
  category: 'table',
  title: '表二项目数量增减后为负数',
  description: '2019 年试行格式表二（五）（六）（八）：上一年项目数量 + 本年增/减 ≥ 0（本年末的项目数量不可能为负）。',
  tables: ['active'],
  messages: {
    negative: '{row}：上一年项目数量 + 本年增/减 = {previous} + ({change}) = {result} < 0',
  },
  check(input) {
    const problems: Problem<'negative'>[] = [];
    for (const [row, label] of ROWS) {
      const previous = cellAt(input, 'active', row, 'previousYear');
      const change = cellAt(input, 'active', row, 'change');
      const p = operand(previous);
      const c = operand(change);
      if (p === undefined || c === undefined || p + c >= 0) continue;
      problems.push({ messageId: 'negative', data: { row: label, previous: p, change: c, result: p + c }, cells: [refOf(previous!), refOf(change!)] });
    }
    return problems;
  },
});
