import { SECTION_TITLES, sectionNumeral } from '../extract/article';
import type { ReportSnapshot } from '../snapshot';
import { defineHistoryRule } from './support/rule';

/** A county's scoring rules take points off when more than half repeats last year's report. */
const SHARE = 0.5;
/** Fewer sentences than this (folded, long enough) say too little to call a report a copy. */
const MIN_SENTENCES = 10;

const sectionName = (section: number) => (section === 0 ? '开头说明' : `${sectionNumeral(section)}、${SECTION_TITLES[section - 1]}`);
const percent = (share: number) => Math.floor(share * 100);

function repeatedSentences(current: ReportSnapshot, previous: ReportSnapshot) {
  const before = new Set(previous.sentences.map(([, hash]) => hash));
  const bySection = new Map<number, { repeated: number; total: number }>();
  let repeated = 0;
  for (const [section, hash] of current.sentences) {
    const counts = bySection.get(section) ?? { repeated: 0, total: 0 };
    bySection.set(section, counts);
    counts.total += 1;
    if (before.has(hash)) {
      counts.repeated += 1;
      repeated += 1;
    }
  }
  return { repeated, total: current.sentences.length, bySection };
}

/** The words of the report against last year's: a copy with the year changed is the common case. */
export default defineHistoryRule({
  id: 'history-duplicate',
  severity: 'warning',
  title: '与上年报告大量雷同',
  description: '同一机关相邻两年：正文一半以上的句子与上年报告相同（年份、数字、标点不计）。'
    + `正文少于 ${MIN_SENTENCES} 句不判断。`,
  tables: [],
  messages: {
    text: '正文 {share}% 的句子（{repeated}/{total} 句）与 {previousYear} 年报告相同（年份、数字不计）：{sections}（上年报告：{source}）',
  },
  compare(current, previous) {
    const common = { previousYear: previous.year!, source: previous.source };
    const problems = [];
    const { repeated, total, bySection } = repeatedSentences(current, previous);
    if (total >= MIN_SENTENCES && previous.sentences.length >= MIN_SENTENCES && repeated / total >= SHARE) {
      const sections = [...bySection].sort(([a], [b]) => a - b)
        .filter(([, c]) => c.repeated / c.total >= SHARE)
        .map(([section, c]) => `${sectionName(section)} ${c.repeated}/${c.total} 句`);
      problems.push({ messageId: 'text' as const, data: { ...common, share: percent(repeated / total), repeated, total, sections: sections.join('、') }, cells: [] });
    }
    return problems;
  },
});
