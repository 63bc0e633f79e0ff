import { defineRule, textRef } from './support/rule';

// Template placeholders: "（或本部门）", "XX县", "××", "〇〇". Latin "xx" inside a word (xxgk) is not one.
const RESIDUE = /[（(]或本部门[）)]|(?<![A-Za-z])(?:XX|xx|ＸＸ)(?![A-Za-z])|××|〇〇|○○|\*\*[县市区局镇乡]/;

export default defineRule({
  id: 'content-template-residue',
  severity: 'warning',
  category: 'text',
  title: '正文留有模板占位文字',
  description: '格式模板中的选择项和占位符（如“本行政区域（或本部门）”“XX县”“××”）应在定稿时替换或删去，留在正文里说明报告没有认真编校。',
  tables: [],
  messages: {
    residue: '正文留有模板文字「{match}」',
  },
  check(input) {
    return input.article.sentences.flatMap((s) => {
      const m = RESIDUE.exec(s.text);
      return m ? [{ messageId: 'residue', data: { match: m[0] }, cells: [textRef(s.text)] }] : [];
    });
  },
});
