import type { Sentence } from '../extract/article';
import { groupBy } from '../group-by';
import { defineRule, type Problem, textRef } from './support/rule';

/** "258件，占33.9%", "9条，占总体的比例为0.4%": a count and the share the text gives it. */
const SHARE = /(\d+)(?:件|条|个|项|次)[^。；\d%]{0,4}占(?:[^。；\d%]{0,8}?(?:比例|比重)?为?)?(\d+(?:\.\d+)?)[%％]/g;
/** Counts in the same paragraph that could be the base. */
const COUNT = /(\d+)(?:件|条|个|项|次)/g;

interface Share { count: number; stated: string; decimals: number; sentence: Sentence }

const decimalsOf = (stated: string): number => (stated.includes('.') ? stated.split('.')[1]!.length : 0);

/** A stated percentage fits a count and base when it is within one unit of its last digit. */
function fits(share: Share, base: number): boolean {
  return base > 0 && Math.abs((share.count / base) * 100 - Number(share.stated)) < 10 ** -share.decimals;
}

export default defineRule({
  id: 'text-percentage',
  severity: 'info',
  category: 'text',
  title: '百分比与正文自己的数字不符',
  description: '正文写“N件，占P%”时，同一段里的其他“件数—百分比”对共用一个基数（如答复总数）。先找出多数对都符合的基数，再指出不符合这个基数的百分比。找不出公共基数时不作判断。',
  tables: [],
  messages: {
    share: '「{count}件占{stated}%」：按同段其他比例共用的基数 {base} 计算应为 {expected}%',
  },
  check(input) {
    const problems: Problem<'share'>[] = [];
    for (const sentences of groupBy(input.article.sentences, (s) => s.line).values()) {
      if (!sentences.some((s) => s.norm.includes('%'))) continue; // sentences are half-width: ％ is %
      const pairs: Share[] = sentences.flatMap((sentence) => [...sentence.norm.matchAll(SHARE)].map((m) => ({ count: Number(m[1]), stated: m[2]!, decimals: decimalsOf(m[2]!), sentence })));
      if (pairs.length < 3) continue;
      const bases = [...new Set(sentences.flatMap((s) => [...s.norm.matchAll(COUNT)].map((m) => Number(m[1]))))];
      const scored = bases.map((base) => ({ base, fit: pairs.filter((p) => fits(p, base)).length }))
        .sort((a, b) => b.fit - a.fit);
      const best = scored[0];
      // a base shared by most pairs, and by at least two of them
      if (!best || best.fit < 2 || best.fit * 2 <= pairs.length || scored[1]?.fit === best.fit) continue;
      for (const p of pairs.filter((x) => !fits(x, best.base))) {
        problems.push({
          messageId: 'share',
          data: { count: p.count, stated: p.stated, base: best.base, expected: ((p.count / best.base) * 100).toFixed(Math.max(1, p.decimals)) },
          cells: [textRef(p.sentence.text)],
        });
      }
    }
    return problems;
  },
});
