import { REQUESTS_ROWS, type RequestsRowKey } from '../model/forms';
import { defineRule, type Problem } from './rule';
import { comparable, countAfter, HAS_COUNT, refs, requestsFigure, type Figure } from './text-support';

const rowsOf = (prefix: string) => REQUESTS_ROWS.filter((r) => r.key === prefix || r.key.startsWith(`${prefix}.`)).map((r) => r.key);

/**
 * Statements the text makes about 表三, each with the rows whose 总计 it states. Ordered so that
 * "予以公开及部分公开" is read before "予以公开" and "部分公开" alone.
 */
/**
 * `word` is a literal every match of `pattern` contains: a sentence without it is passed over
 * with one indexOf instead of a regular-expression scan (most sentences name one or two).
 */
const STATEMENTS: { name: string; word: string; pattern: RegExp; rows: RequestsRowKey[][] }[] = [
  // applications for information: "受理政府信息公开申请", "收到依申请信息公开", "收到申请"; not "办理行政许可申请"
  { name: '收到申请', word: '申请', pattern: /(?:收到|受理|接到|新收|办理)(?:[^。；，,\d]{0,12}?(?:信息|公开)[^。；，,\d]{0,6}?|[^。；，,\d]{0,2})申请/, rows: [['newReceived'], ['newReceived', 'carriedOver'], ['total']] },
  { name: '予以公开及部分公开', word: '部分公开', pattern: /予以公开(?:及|和|与|、)部分公开/, rows: [['granted', 'partiallyGranted']] },
  { name: '予以公开', word: '予以公开', pattern: /(?<!不)予以公开(?!及|和|与|、)/, rows: [['granted']] },
  { name: '部分公开', word: '部分公开', pattern: /(?<!予以公开(?:及|和|与|、))部分公开/, rows: [['partiallyGranted']] },
  { name: '不予公开', word: '不予公开', pattern: /不予公开/, rows: [rowsOf('denied')] },
  { name: '无法提供', word: '无法提供', pattern: /无法提供/, rows: [rowsOf('unavailable')] },
  { name: '不予处理', word: '不予处理', pattern: /不予处理/, rows: [rowsOf('notProcessed')] },
  { name: '结转下年度', word: '结转', pattern: /结转(?:至|到)?下(?:一)?年度/, rows: [['carriedForward']] },
];

const NEW_RECEIVED: RequestsRowKey[] = ['newReceived'];
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|接到|受理)[^。；，,]{0,24}?(?:信息公开|政府信息)[^。；，,]{0,12}?申请/;

export default defineRule({
  id: 'text-requests',
  severity: 'warning',
  title: '正文的申请数与表三不符',
  description: '正文写的收到申请数、予以公开、部分公开、不予公开、无法提供、不予处理、结转下年度的件数，应与表三相应行的“总计”一致（总计空白时按该行各列之和）。'
    + '句中写了其他年份、或说的是其中一部分（“其中”“各部门”“代表……”等）时不比较：说不清数字统计的是什么，就不下结论。',
  tables: ['requests'],
  messages: {
    differs: '正文说{name} {stated} 件，表三为 {table} 件',
    noneReceived: '正文说没有收到申请，表三本年新收为 {table} 件',
  },
  check(input) {
    const problems: Problem<'differs' | 'noneReceived'>[] = [];
    const year = input.meta.year;
    // The same figures are asked for again by each sentence that states them: compute each once.
    const figures = new Map<RequestsRowKey[], Figure | undefined>();
    const figureOf = (rows: RequestsRowKey[]): Figure | undefined => {
      if (!figures.has(rows)) figures.set(rows, requestsFigure(input, rows));
      return figures.get(rows);
    };
    for (const sentence of input.article.sentences) {
      const noneReceived = NONE_RECEIVED.test(sentence.norm);
      // the cheap tests first: most sentences state no count at all
      if ((!noneReceived && !HAS_COUNT.test(sentence.norm)) || !comparable(sentence, year)) continue;
      if (noneReceived) {
        const figure = figureOf(NEW_RECEIVED);
        if (figure && !figure.values.includes(0)) {
          problems.push({ messageId: 'noneReceived', data: { table: figure.values[0]! }, cells: refs(sentence, figure.cells) });
        }
        continue;
      }
      for (const statement of STATEMENTS) {
        if (!sentence.norm.includes(statement.word)) continue;
        for (const { count } of countAfter(sentence.norm, statement.pattern)) {
          const stated = statement.rows.map(figureOf).filter((f): f is Figure => f !== undefined);
          if (stated.length === 0 || stated.some((f) => f.values.includes(count))) continue;
          problems.push({
            messageId: 'differs',
            data: { name: statement.name, stated: count, table: stated[0]!.values[0]! },
            cells: refs(sentence, stated[0]!.cells),
          });
        }
      }
    }
    return problems;
  },
});
