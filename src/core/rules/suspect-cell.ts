import type { ExtractedCell } from '../extract/tables';
import { identitiesOf } from '../identities';
import { localize, MAX_CELLS, typingSlip, type CellChange, type Line, type TypingSlip } from '../localize';
import { cellLabel, REQUESTS_COLUMNS, REQUESTS_ROWS, REVIEW_GROUPS } from '../model/forms';
import { defineRule, formatNumber, listLabels, refOf, type Problem } from './support/rule';

const TABLE_NAMES = { requests: '表三', review: '表四' } as const;
/** Listing more ways to fix than this helps nobody; the count says how many there are. */
const MAX_LISTED_SETS = 6;

const SLIPS: Record<TypingSlip, string> = {
  transposed: '相邻两位数字颠倒',
  substituted: '一位数字不同',
  dropped: '少了一位数字',
  doubled: '一位数字重复',
  extra: '多了一位数字',
};

const labelOf = (cell: ExtractedCell): string => cellLabel(cell.table, cell.row, cell.column);

/** What the page prints in a cell, as the message says it: 空白, 印为 174, 印为「/」. */
function printed(cell: ExtractedCell): string {
  if (cell.kind === 'blank') return '空白';
  if (cell.kind === 'number' && !cell.unit) return `印为 ${formatNumber(cell.value!)}`;
  return `印为「${cell.text}」`;
}

function slipNote(changes: CellChange[]): string {
  const notes = changes.flatMap(({ cell, value }) => {
    const slip = cell.kind === 'number' ? typingSlip(cell.value!, value) : null;
    return slip ? [`${formatNumber(cell.value!)} 与 ${value} ${SLIPS[slip]}，疑为笔误`] : [];
  });
  return notes.length > 0 ? `（${notes.join('；')}）` : '';
}

const changeText = (changes: CellChange[]): string => changes.map((c) => `${labelOf(c.cell)} 应为 ${c.value}`).join('、');

function lineName(line: Line): string {
  if (line.axis === 'group') return REVIEW_GROUPS.find((g) => g.key === line.key)!.label;
  if (line.axis === 'row') return `${REQUESTS_ROWS.find((r) => r.key === line.key)!.short}行`;
  return `${REQUESTS_COLUMNS.find((c) => c.key === line.key)!.label}列`;
}

/** Cells in first-seen order, each once. */
const distinct = (cells: ExtractedCell[]): ExtractedCell[] => [...new Set(cells)];

/**
 * Error localization (Fellegi–Holt): the fewest printed cells whose change makes every identity
 * of 表三 and 表四 hold, with the value each needs. See src/core/localize.ts.
 */
export default defineRule({
  id: 'suspect-cell',
  severity: 'error',
  category: 'table',
  title: '最可能出错的单元格',
  description:
    '表三、表四的等式（勾稽关系、（七）总计、总计列、表四各组总计）不成立时，找出改动最少的单元格（至多 3 个），使所有等式都成立、'
    + '原本成立的不被破坏，并给出每格应有的数值（统计上的“错误定位”，Fellegi–Holt 原则）。只有这样的最小改法唯一时才给出改正值；'
    + '几种改法同样可能时列出候选，不下结论；改动 3 格以内无法解释时，指出问题集中的行或列。空白按 0 计，改正值须为非负整数。',
  tables: [],
  messages: {
    unique: '{cells}；若{values}，{table}的 {count} 个等式全部成立{slip}',
    candidates: '{table}有 {count} 个等式不成立，至少要改 {size} 个单元格，有 {n} 种同样可能的改法：{options}；无法断定是哪一种',
    unexplainedLine: '{table}有 {count} 个等式不成立，改动 ' + MAX_CELLS + ' 个以内的单元格无法使其全部成立；问题集中在{lines}',
    unexplained: '{table}有 {count} 个等式不成立，改动 ' + MAX_CELLS + ' 个以内的单元格无法使其全部成立',
  },
  check(input) {
    const problems: Problem<'unique' | 'candidates' | 'unexplainedLine' | 'unexplained'>[] = [];
    for (const result of localize(identitiesOf(input.extraction))) {
      const table = TABLE_NAMES[result.failing[0]!.table];
      const count = result.failing.length;
      if (result.kind === 'unique') {
        const { changes } = result;
        problems.push({
          messageId: 'unique',
          data: {
            table, count,
            cells: changes.map((c) => `${labelOf(c.cell)} ${printed(c.cell)}`).join('、'),
            values: changes.length === 1 ? `为 ${changes[0]!.value}` : `分别为 ${changes.map((c) => c.value).join('、')}`,
            slip: slipNote(changes),
          },
          cells: changes.map((c) => refOf(c.cell)),
          fix: changes.map((c) => ({ cell: { table: c.cell.table, row: c.cell.row, column: c.cell.column }, value: c.value })),
        });
      } else if (result.kind === 'candidates') {
        const { sets } = result;
        const listed = sets.slice(0, MAX_LISTED_SETS).map(changeText);
        problems.push({
          messageId: 'candidates',
          data: {
            table, count, size: sets[0]!.length, n: sets.length,
            options: listed.join('；或 ') + (sets.length > listed.length ? ` 等` : ''),
          },
          cells: distinct(sets.flat().map((c) => c.cell)).map(refOf),
        });
      } else if (result.lines.length > 0) {
        problems.push({
          messageId: 'unexplainedLine',
          data: { table, count, lines: listLabels(result.lines.map(lineName), 3) },
          cells: distinct(result.lines.flatMap((l) => l.cells)).map(refOf),
        });
      } else {
        problems.push({
          messageId: 'unexplained',
          data: { table, count },
          cells: distinct(result.failing.flatMap((i) => [...i.parts, ...i.totals])).map(refOf),
        });
      }
    }
    return problems;
  },
});
