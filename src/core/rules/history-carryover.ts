import { REQUESTS_COLUMNS } from '../model/forms';
import type { CellRef } from '../model/schema';
import { defineHistoryRule, formatNumber } from './support/rule';

/** 表三's 二、上年结转 is last year's 四、结转下年度继续办理: the applications still open at the turn of the year. */
export default defineHistoryRule({
  id: 'history-carryover',
  severity: 'warning',
  title: '上年结转与上年报告的结转下年度不符',
  description: '同一机关相邻两年：本年表三“二、上年结转”应逐列等于上年报告的“四、结转下年度继续办理”。只比较两年都读到数字的列；机关按标题中的名称匹配（去空格、全角转半角）。',
  tables: ['requests'],
  messages: {
    differs: '本年“二、上年结转”与 {previousYear} 年报告的“四、结转下年度继续办理”不一致：{columns}（上年报告：{source}）',
  },
  compare(current, previous) {
    const now = current.tables.requests?.rows.carriedOver ?? {};
    const before = previous.tables.requests?.rows.carriedForward ?? {};
    const differing = REQUESTS_COLUMNS.filter((c) => {
      const a = now[c.key];
      const b = before[c.key];
      return typeof a === 'number' && typeof b === 'number' && a !== b;
    });
    if (differing.length === 0) return [];
    return [{
      messageId: 'differs',
      data: {
        previousYear: previous.year!,
        source: previous.source,
        columns: differing.map((c) => `${c.label} ${formatNumber(now[c.key]!)}（上年结转下年度 ${formatNumber(before[c.key]!)}）`).join('、'),
      },
      cells: differing.map((c): CellRef => ({ table: 'requests', row: 'carriedOver', column: c.key })),
    }];
  },
});
