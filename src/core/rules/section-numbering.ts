import { defineRule, textRef } from './support/rule';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

export default defineRule({
  id: 'section-numbering',
  severity: 'info',
  category: 'text',
  title: '部分标题的序号缺失或不规范',
  description: '六个部分的标题应依次编号“一、”至“六、”。常见的不规范：没有序号、用阿拉伯数字（“3、”）、把“一”打成破折号（“—、”）、漏掉顿号。',
  tables: [],
  messages: {
    irregular: '{count} 个部分标题的序号不规范：{list}',
  },
  check(input) {
    const irregular = input.article.headings.filter((h) => h.numeral !== `${NUMERALS[h.section - 1]}、`);
    if (irregular.length === 0) return [];
    return [{
      messageId: 'irregular',
      data: {
        count: irregular.length,
        list: irregular.map((h) => `「${h.text}」应为「${NUMERALS[h.section - 1]}、」${h.numeral === null ? '（无序号）' : ''}`).join('；'),
      },
      cells: irregular.map((h) => textRef(h.text)),
    }];
  },
});
