import type { CellRef } from '../model/schema';
import { defineHistoryRule, formatNumber, same } from './support/rule';

const ROWS = [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] as const;
const COLUMNS = ['inForce', 'issued', 'repealed'] as const;

/** 2021 format: documents in force at the end of the year follow from last year's, this year's issued and repealed. */
export default defineHistoryRule({
  id: 'history-in-force',
  severity: 'warning',
  title: '现行有效件数与上年报告接不上',
  description: '2021 年格式表二（一），同一机关相邻两年：现行有效件数一般等于上年报告的现行有效件数 + 本年制发 − 本年废止；清理、失效也会改变它，故只警告。',
  tables: ['active'],
  messages: {
    differs: '{row}：现行有效件数 {inForce}，而 {previousYear} 年报告的现行有效件数 {before} + 本年制发 {issued} − 本年废止 {repealed} = {expected}'
      + '（上年报告：{source}）；文件清理、修改或到期失效也会改变现行有效件数，请核对',
  },
  compare(current, previous) {
    if (current.format !== '2021' || previous.format !== '2021') return [];
    return ROWS.flatMap(([row, label]) => {
      const now = current.tables.active?.[row] ?? {};
      const before = previous.tables.active?.[row]?.inForce;
      const [inForce, issued, repealed] = COLUMNS.map((c) => now[c]);
      if (typeof before !== 'number' || typeof inForce !== 'number' || typeof issued !== 'number' || typeof repealed !== 'number') return [];
      const expected = before + issued - repealed;
      if (same(inForce, expected)) return [];
      return [{
        messageId: 'differs' as const,
        data: {
          row: label, inForce: formatNumber(inForce), before: formatNumber(before), issued: formatNumber(issued), repealed: formatNumber(repealed),
          expected: formatNumber(expected), previousYear: previous.year!, source: previous.source,
        },
        cells: COLUMNS.map((column): CellRef => ({ table: 'active', row, column })),
      }];
    });
  },
});
