import { REQUESTS_ROWS, type RequestsRowKey } from '../model/forms';
import { defineRule, type Problem } from './support/rule';
import { comparableText, countAfter, HAS_COUNT, RECEIVED_ROWS, receivedCounts, refs, requestsFigure, type Count, type Figure } from './support/text';

const rowsOf = (prefix: string) => REQUESTS_ROWS.filter((r) => r.key === prefix || r.key.startsWith(`${prefix}.`)).map((r) => r.key);

const after = (pattern: RegExp) => (norm: string): Count[] => countAfter(norm, pattern);

/**
 * Statements the text makes about 表三, each with the rows whose 总计 it states. Ordered so that
 * "予以公开及部分公开" is read before "予以公开" and "部分公开" alone. `word` is a literal every
 * statement contains: a sentence without it is passed over with one indexOf instead of a
 * regular-expression scan (most sentences name one or two).
 */
const STATEMENTS: { name: string; word: string; counts: (norm: string) => Count[]; rows: RequestsRowKey[][] }[] = [
  // applications for information, in the shapes receivedCounts reads; not "办理行政许可申请"
  { name: '收到申请', word: '申请', counts: receivedCounts, rows: RECEIVED_ROWS },
  { name: '予以公开及部分公开', word: '部分公开', counts: after(/予以公开(?:及|和|与|、)部分公开/), rows: [['granted', 'partiallyGranted']] },
  { name: '予以公开', word: '予以公开', counts: after(/(?<!不)予以公开(?!及|和|与|、)/), rows: [['granted']] },
  { name: '部分公开', word: '部分公开', counts: after(/(?<!予以公开(?:及|和|与|、))部分公开/), rows: [['partiallyGranted']] },
  { name: '不予公开', word: '不予公开', counts: after(/不予公开/), rows: [rowsOf('denied')] },
  { name: '无法提供', word: '无法提供', counts: after(/无法提供/), rows: [rowsOf('unavailable')] },
  { name: '不予处理', word: '不予处理', counts: after(/不予处理/), rows: [rowsOf('notProcessed')] },
  { name: '结转下年度', word: '结转', counts: after(/结转(?:至|到)?下(?:一)?年度/), rows: [['carriedForward']] },
];

const NEW_RECEIVED: RequestsRowKey[] = ['newReceived'];
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|接到|受理)[^。；，,]{0,24}?(?:信息公开|政府信息)[^。；，,]{0,12}?申请/;

export default defineRule({
  id: 'text-requests',
  severity: 'warning',
  category: 'text',
  title: '正文的申请数与表三不符',
  description: '正文写的收到申请数、予以公开、部分公开、不予公开、无法提供、不予处理、结转下年度的件数，应与表三相应行的“总计”一致（总计空白时按该行各列之和）。'
    + '收到申请的说法按实际报告的写法读取（收到、接收、受理、接到、新收……申请 N 件，“申请共计 N 件”，“共收到 N 件申请”，“依申请公开 N 件”）。'
    + '句中写了其他年份、或说的是其中一部分（“其中”“各部门”“代表……”等）时不比较：说不清数字统计的是什么，就不下结论；“其中”之后只列申请人类别的（“其中自然人50件、法人或其他组织7件”），总数照常比较。',
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
      if (!noneReceived && !HAS_COUNT.test(sentence.norm)) continue;
      const text = comparableText(sentence, year);
      if (text === null) continue;
      if (noneReceived) {
        const figure = figureOf(NEW_RECEIVED);
        if (figure && !figure.values.includes(0)) {
          problems.push({ messageId: 'noneReceived', data: { table: figure.values[0]! }, cells: refs(sentence, figure.cells) });
        }
        continue;
      }
      for (const statement of STATEMENTS) {
        if (!text.includes(statement.word)) continue;
        for (const { count } of statement.counts(text)) {
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
