import { REVIEW_GROUPS, type ReviewGroupKey } from '../model/forms';
import { cellAt, defineRule, operand, refOf, textRef, type Problem } from './support/rule';
import { comparable, countAfter, refs, reviewFigure } from './support/text';

const LITIGATION: ReviewGroupKey[] = ['litigationDirect', 'litigationAfterReconsideration'];
const ALL_UPHELD = /均(?:获|被|予|已)?维持|全部(?:获|被)?维持|均未被纠正/;
const NONE = (what: string) => new RegExp(`(?:未|没有|无)(?:发生|出现|被申请|被提起|收到)?[^。；，,]{0,16}${what}`);
const COUNTS: [string, RegExp, ReviewGroupKey[], RegExp][] = [
  ['行政复议', /(?:行政)?复议/, ['reconsideration'], NONE('复议')],
  ['行政诉讼', /(?:行政)?诉讼/, LITIGATION, NONE('诉讼')],
];

export default defineRule({
  id: 'text-review',
  severity: 'warning',
  category: 'text',
  title: '正文的复议、诉讼情况与表四不符',
  description: '正文写的行政复议、行政诉讼件数应与表四的总计一致；写“均获维持”的，表四相应各组不应有纠正、其他结果或尚未审结；写“未发生行政复议/诉讼”的，表四总计应为 0。'
    + '句中写了其他年份或其中一部分时不比较。',
  tables: ['review'],
  messages: {
    count: '正文说{name} {stated} 件，表四为 {table} 件',
    upheld: '正文说“{claim}”，表四{groups}有 {other} 件不是维持（纠正、其他结果或尚未审结）',
    none: '正文说没有{name}，表四{name}总计为 {table} 件',
  },
  check(input) {
    const problems: Problem<'count' | 'upheld' | 'none'>[] = [];
    for (const sentence of input.article.sentences) {
      const s = sentence.norm;
      const mentions = { reconsideration: /复议/.test(s), litigation: /诉讼/.test(s) };
      if ((!mentions.reconsideration && !mentions.litigation) || !comparable(sentence, input.meta.year)) continue;
      for (const [name, pattern, groups, none] of COUNTS) {
        for (const { count } of countAfter(s, pattern)) {
          const figure = reviewFigure(input, groups);
          if (!figure || figure.values.includes(count)) continue;
          problems.push({ messageId: 'count', data: { name, stated: count, table: figure.values[0]! }, cells: refs(sentence, figure.cells) });
        }
        if (none.test(s) && countAfter(s, pattern).length === 0) {
          const figure = reviewFigure(input, groups);
          if (figure && !figure.values.includes(0)) problems.push({ messageId: 'none', data: { name, table: figure.values[0]! }, cells: refs(sentence, figure.cells) });
        }
      }
      const claim = ALL_UPHELD.exec(s);
      if (claim && (mentions.reconsideration || mentions.litigation)) {
        const groups = REVIEW_GROUPS.map((g) => g.key).filter((g) => (g === 'reconsideration' ? mentions.reconsideration : mentions.litigation));
        const notUpheld = groups.flatMap((g) => (['corrected', 'other', 'pending'] as const).map((c) => cellAt(input, 'review', g, c)));
        if (notUpheld.some((c) => operand(c) === undefined)) continue;
        const other = notUpheld.reduce((sum, c) => sum + operand(c)!, 0);
        if (other === 0) continue;
        problems.push({
          messageId: 'upheld',
          data: { claim: claim[0], groups: groups.map((g) => REVIEW_GROUPS.find((x) => x.key === g)!.label).join('、'), other },
          cells: [textRef(sentence.text), ...notUpheld.filter((c) => operand(c)! > 0).map((c) => refOf(c!))],
        });
      }
    }
    return problems;
  },
});
