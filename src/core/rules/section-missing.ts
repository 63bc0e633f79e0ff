import { SECTION_TITLES, sectionNumeral } from '../extract/article';
import { defineRule, textRef } from './support/rule';
import { structureReadable } from './support/structure';

export default defineRule({
  id: 'section-missing',
  severity: 'error',
  category: 'text',
  title: '缺少报告的组成部分',
  description: '年度报告由六部分组成：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；'
    + '四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项（国办公开办函〔2021〕30号）。'
    + '只有找到至少四个部分的标题时才判断缺少哪一部分，以免把排版特殊的标题误判为缺失；标题处印错一两个字的（如“行政法复议”），仍算找到，另由 label-wording 提示。',
  tables: [],
  messages: {
    missing: '没有找到第{numbers}部分：{titles}',
  },
  check(input) {
    if (!structureReadable(input)) return [];
    const found = new Set(input.article.headings.map((h) => h.section));
    const missing = [1, 2, 3, 4, 5, 6].filter((s) => !found.has(s));
    if (missing.length === 0) return [];
    return [{
      messageId: 'missing',
      data: { numbers: missing.map(sectionNumeral).join('、'), titles: missing.map((s) => SECTION_TITLES[s - 1]).join('；') },
      cells: input.article.headings.map((h) => textRef(h.text)),
    }];
  },
});
