import type { Sentence } from '../extract/article';
import { defineRule, textRef, type Problem } from './rule';
import { comparable } from './text-support';

/**
 * Figures the text may state more than once. Each pattern reads one number of one scope (主动公开,
 * not 其他方式公开); a sentence about part of the work (其中, …) or another year does not count.
 */
const FIGURES: { name: string; unit: string; pattern: RegExp }[] = [
  { name: '主动公开政府信息数', unit: '条', pattern: /主动(?:公开|发布)(?:了)?(?:各类)?(?:政府)?信息(?:共计|共|总计|合计)?(\d+)条|政府信息公开发布总数量[^。；\d]{0,16}?(\d+)条/g },
  { name: '收到的政府信息公开申请数', unit: '件', pattern: /(?:共)?(?:收到|受理|新收)(?:政府信息公开|依申请公开)?(?:的)?申请(?:共计|共|总计)?(\d+)件/g },
];

export default defineRule({
  id: 'text-conflict',
  severity: 'warning',
  title: '正文前后说法不一',
  description: '同一个数字（如主动公开政府信息的条数、收到的申请件数）在正文中出现两次却不相同。只比较明确是同一口径的说法：写了其他年份或“其中”“其他方式”等部分口径的句子不参与。',
  tables: [],
  messages: {
    conflict: '{name}前后不一：先说 {first} {unit}，后说 {second} {unit}',
  },
  check(input) {
    const problems: Problem<'conflict'>[] = [];
    for (const figure of FIGURES) {
      const stated: { value: number; sentence: Sentence }[] = [];
      for (const sentence of input.article.sentences) {
        if (!/\d[条件]/.test(sentence.norm) || !comparable(sentence, input.meta.year)) continue;
        for (const m of sentence.norm.matchAll(figure.pattern)) {
          stated.push({ value: Number(m[1] ?? m[2]), sentence });
        }
      }
      const first = stated[0];
      const other = stated.find((s) => first && s.value !== first.value);
      if (!first || !other) continue;
      problems.push({
        messageId: 'conflict',
        data: { name: figure.name, first: first.value, second: other.value, unit: figure.unit },
        cells: [textRef(first.sentence.text), textRef(other.sentence.text)],
      });
    }
    return problems;
  },
});
