import { defineRule, textRef } from './support/rule';
import { structureReadable } from './support/structure';

/** The body is a people's government: named so, or a town/township (镇、乡 are governments). */
export function isPeoplesGovernment(agency: string | null, lines: string[]): boolean {
  if (agency) return /人民政府$|[镇乡]$/.test(agency);
  // No body in the title: the text's own "我镇/本乡" says it.
  return lines.some((l) => /我[镇乡]|本[镇乡]|全[镇乡]/.test(l));
}

/** Results, not intentions: "考核结果", "社会评议", "未发生责任追究", "责任追究情况". */
const RESULTS = /(?:考核|评议|责任追究|问责)[^。；]{0,16}(?:结果|情况)|社会评议|(?:未|没有|无)(?:发生|出现|开展|进行)?[^。；]{0,10}(?:责任追究|问责|被追究)|(?:考核|评议)[^。；]{0,10}(?:优秀|良好|合格|满分|第[一二三四五六七八九十\d]+名|\d+分)/;

export default defineRule({
  id: 'content-assessment',
  severity: 'warning',
  category: 'text',
  title: '人民政府的报告未写工作考核、社会评议和责任追究结果',
  description: '条例第五十条：人民政府的年度报告应包括政府信息公开工作考核、社会评议和责任追究结果情况。'
    + '只提“建立考核制度”“严格责任追究”而不写结果的，仍视为未写。适用于标题写明人民政府或乡镇的报告。',
  tables: [],
  messages: {
    missing: '{body}的报告没有写明政府信息公开工作考核、社会评议和责任追究的结果情况',
  },
  check(input) {
    if (!structureReadable(input)) return [];
    const { agency } = input.meta;
    if (!isPeoplesGovernment(agency, input.article.lines)) return [];
    if (input.article.sentences.some((s) => RESULTS.test(s.norm))) return [];
    return [{
      messageId: 'missing',
      data: { body: agency ?? '人民政府' },
      cells: input.article.headings.filter((h) => h.section === 1 || h.section === 6).map((h) => textRef(h.text)),
    }];
  },
});
