import { defineRule, textRef } from './support/rule';

const KIND_NAMES = { signature: '落款日期', publication: '发布日期' } as const;

export default defineRule({
  id: 'meta-date-before-period-end',
  severity: 'error',
  category: 'text',
  title: '报告在统计期结束前就已落款或发布',
  description: '年度报告统计的是 1 月 1 日至 12 月 31 日的工作（条例第五十条），落款或发布日期早于报告年度的 12 月 31 日，说明报告在统计期结束前就已写成，数据不可能完整。',
  tables: [],
  messages: {
    early: '{kind} {date} 早于 {year} 年度统计期的结束日 {year}-12-31',
  },
  check(input) {
    const { year } = input.meta;
    if (year === null) return [];
    const end = `${year}-12-31`;
    return input.dates.filter((d) => d.date < end).map((d) => ({
      messageId: 'early',
      data: { kind: KIND_NAMES[d.kind], date: d.date, year },
      cells: [textRef(d.quote)],
    }));
  },
});
