import { defineRule, type Problem, textRef } from './support/rule';

const RANGE = /统计(?:期限|时限|时间|区间|周期|期间)[^0-9。]{0,8}((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[^0-9。]{0,8}?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日/;
const CUTOFF = /(?:数据|统计)[^。]{0,8}截[止至](?:日期|时间)?(?:为|到|至)?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

export default defineRule({
  id: 'meta-period',
  severity: 'warning',
  category: 'text',
  title: '统计期限不是报告年度的自然年',
  description: '年度报告的数据统计期限应为报告年度的 1 月 1 日至 12 月 31 日。正文写明的统计期限或数据截止日期与此不符时提示。',
  tables: [],
  messages: {
    range: '写明的统计期限为 {start} 至 {end}，应为 {year}-01-01 至 {year}-12-31',
    cutoff: '写明的数据截止日期为 {end}，应为 {year}-12-31',
  },
  check(input) {
    const problems: Problem<'range' | 'cutoff'>[] = [];
    for (const sentence of input.article.sentences) {
      const range = RANGE.exec(sentence.norm);
      if (range) {
        const year = input.meta.year ?? Number(range[1]);
        const start = iso(range[1]!, range[2]!, range[3]!);
        const end = iso(range[4] ?? range[1]!, range[5]!, range[6]!);
        if (start !== `${year}-01-01` || end !== `${year}-12-31`) {
          problems.push({ messageId: 'range', data: { start, end, year }, cells: [textRef(sentence.text)] });
        }
        continue;
      }
      const cutoff = CUTOFF.exec(sentence.norm);
      if (cutoff) {
        const year = input.meta.year ?? Number(cutoff[1]);
        const end = iso(cutoff[1]!, cutoff[2]!, cutoff[3]!);
        if (end !== `${year}-12-31`) problems.push({ messageId: 'cutoff', data: { end, year }, cells: [textRef(sentence.text)] });
      }
    }
    return problems;
  },
});
