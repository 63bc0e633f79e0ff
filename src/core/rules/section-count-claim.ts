import { parseSmallNumber } from '../extract/article';
import { defineRule, type Problem, textRef } from './support/rule';
import { structureReadable } from './support/structure';

const CLAIM = /(?:由|共分|分为|分成|共有|包括|包含)[^。]{0,160}?([一二两三四五六七八九十\d]{1,2})个?部分/;

export default defineRule({
  id: 'section-count-claim',
  severity: 'warning',
  category: 'text',
  title: '“由N个部分组成”与实际部分数不符',
  description: '报告开头常写“本报告由……N个部分组成”。所说的部分数应与正文实际的部分数一致（格式要求六个部分）。',
  tables: [],
  messages: {
    claim: '正文说报告有 {claimed} 个部分，实际有 {present} 个部分的标题',
  },
  check(input) {
    if (!structureReadable(input)) return [];
    const present = new Set(input.article.headings.map((h) => h.section)).size;
    const problems: Problem<'claim'>[] = [];
    for (const sentence of input.article.sentences) {
      const m = CLAIM.exec(sentence.norm);
      const claimed = m ? parseSmallNumber(m[1]!) : null;
      if (claimed === null || claimed === present) continue;
      problems.push({ messageId: 'claim', data: { claimed, present }, cells: [textRef(sentence.text)] });
      break;
    }
    return problems;
  },
});
