import type { Sentence } from '../extract/article';
import { REQUESTS_APPLICANT_COLUMNS } from '../model/forms';
import { defineRule, textRef, type CheckInput, type Problem } from './support/rule';
import { applicantFigure, comparable, comparableText, receivedBreakdown, refs } from './support/text';

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
  category: 'text',
  title: '正文前后说法不一',
  description: '同一个数字（如主动公开政府信息的条数、收到的申请件数）在正文中出现两次却不相同。只比较明确是同一口径的说法：写了其他年份或“其中”“其他方式”等部分口径的句子不参与。'
    + '收到的申请数按申请人分列的（“共收到申请57件，其中自然人50件、商业企业5件”）：所列各部分之和超过总数，或各部分覆盖全部申请人类别而合计与总数不等时提示；'
    + '某一部分与表三本年新收相应列（或加上年结转、或（七）总计的相应列）都不相符时也提示。只列出一部分类别、合计少于总数的，不算不一致。',
  tables: [],
  messages: {
    conflict: '{name}前后不一：先说 {first} {unit}，后说 {second} {unit}',
    partsSum: '正文说收到申请 {total} 件，所列{parts}合计 {sum} 件，与总数不符',
    partDiffers: '正文说{part}的申请 {stated} 件，表三本年新收·{part}为 {table} 件',
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
    return [...problems, ...input.article.sentences.flatMap((s) => breakdownProblems(input, s))];
  },
});

/**
 * A received count and its parts by applicant: the parts must not add up to more than the total,
 * nor, when they name every applicant once, to anything else; each part must be its 表三 column.
 */
function breakdownProblems(input: CheckInput, sentence: Sentence): Problem<'partsSum' | 'partDiffers'>[] {
  if (!sentence.norm.includes('申请') || comparableText(sentence, input.meta.year) === null) return [];
  const breakdown = receivedBreakdown(sentence.norm);
  if (!breakdown) return [];
  const problems: Problem<'partsSum' | 'partDiffers'>[] = [];
  const { total, parts } = breakdown;
  const sum = parts.reduce((a, p) => a + p.count, 0);
  const columns = parts.flatMap((p) => p.columns);
  const everyApplicantOnce = new Set(columns).size === columns.length && columns.length === REQUESTS_APPLICANT_COLUMNS.length;
  if (sum > total || (everyApplicantOnce && sum !== total)) {
    problems.push({ messageId: 'partsSum', data: { total, sum, parts: parts.map((p) => `${p.name} ${p.count} 件`).join('、') }, cells: [textRef(sentence.text)] });
  }
  for (const part of parts) {
    const figure = applicantFigure(input, part.columns);
    if (!figure || figure.values.includes(part.count)) continue;
    problems.push({ messageId: 'partDiffers', data: { part: part.name, stated: part.count, table: figure.values[0]! }, cells: refs(sentence, figure.cells) });
  }
  return problems;
}
