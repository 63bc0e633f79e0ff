import { cellAt, defineRule, operand, refOf, type Problem } from './support/rule';

const ROWS = [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] as const;

/** 2021 format: documents in force cannot be fewer than those issued this year net of repeals. */
export default defineRule({
  id: 'active-in-force',
  severity: 'warning',
  category: 'table',
  title: '表二现行有效件数少于本年净增',
  description: '2021 年格式表二（一）：现行有效件数 ≥ 本年制发件数 − 本年废止件数（本年制发的文件未被废止的，年底仍应现行有效）。',
  tables: ['active'],
  messages: {
    tooFew: '{row}：现行有效件数 {inForce} < 本年制发件数 − 本年废止件数 = {issued} − {repealed} = {net}',
  },
  check(input) {
    const problems: Problem<'tooFew'>[] = [];
    for (const [row, label] of ROWS) {
      const cells = (['issued', 'repealed', 'inForce'] as const).map((c) => cellAt(input, 'active', row, c));
      const [issued, repealed, inForce] = cells.map(operand);
      if (issued === undefined || repealed === undefined || inForce === undefined) continue;
      if (inForce >= issued - repealed) continue;
      problems.push({
        messageId: 'tooFew',
        data: { row: label, inForce, issued, repealed, net: issued - repealed },
        cells: cells.map((c) => refOf(c!)),
      });
    }
    return problems;
  },
});
