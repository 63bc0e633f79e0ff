import type { Sentence } from '../extract/article';
import { ACTIVE_ROWS, type ActiveColumnKey, type ActiveRowKey, type Format } from '../model/forms';
import { cellAt, defineRule, type CheckInput, type Problem } from './support/rule';
import { comparable, refs } from './support/text';

/** What a verb says of 规章 or 规范性文件, as the columns of each format (国办公开办函〔2021〕30号, 〔2019〕60号). */
const VERBS: { pattern: string; columns: Partial<Record<Format, ActiveColumnKey>> }[] = [
  { pattern: '(?:本年)?新?(?:制发|制定|出台|印发)', columns: { '2021': 'issued', '2019': 'newlyMade' } },
  { pattern: '废止', columns: { '2021': 'repealed' } },
  { pattern: '现行有效', columns: { '2021': 'inForce' } },
  { pattern: '(?:主动|新)?公开', columns: { '2019': 'newlyPublished' } },
];
const NOUNS: { pattern: string; row: ActiveRowKey }[] = [
  { pattern: '(?:政府)?规章', row: 'regulations' },
  { pattern: '(?:行政)?规范性文件', row: 'normativeDocuments' },
];
const whole = <T extends { pattern: string }>(list: T[]) => list.map((x) => ({ ...x, whole: new RegExp(`^${x.pattern}$`) }));
const VERB_WORDS = whole(VERBS);
const NOUN_WORDS = whole(NOUNS);
const verbOf = (text: string) => VERB_WORDS.find((v) => v.whole.test(text))!;
const nounOf = (text: string) => NOUN_WORDS.find((n) => n.whole.test(text))!;

const VERB = VERBS.map((v) => v.pattern).join('|');
const NOUN = NOUNS.map((n) => n.pattern).join('|');
const COUNT = '(?:共计|共|为)?(\\d+)件';
/** "制发行政规范性文件3件"; a second document after it shares the verb: "主动公开规章13件，行政规范性文件60件". */
const VERB_FIRST = new RegExp(`(${VERB})(?:了|的)?(${NOUN})${COUNT}(?:[,、](${NOUN})${COUNT})?`, 'g');
/** "行政规范性文件本年制发3件、废止1件、现行有效18件". */
const NOUN_FIRST = new RegExp(`(${NOUN})(?:本年|全年)?[,:]?((?:[、,和及]?(?:${VERB})(?:了)?\\d+件)+)`, 'g');
const NOUN_ITEM = new RegExp(`(${VERB})(?:了)?(\\d+)件`, 'g');
/**
 * 表二's decisions: "作出行政许可决定550件", "行政处罚4119件". Not a count of several kinds together
 * ("行政许可和行政处罚共…"), nor "行政许可申请" (applications, not decisions), nor 条 (items of information).
 */
const DECISIONS = /(?<![和及与、])行政(许可|处罚|强制)(?:决定|事项|案件|措施)?(?:共计|共|为)?(\d+)件/g;
const DECISION_ROWS: Record<string, ActiveRowKey> = { 许可: 'licensing', 处罚: 'penalty', 强制: 'enforcement' };

/** A 表二 figure the sentence states: its row and, per format, its column. */
interface Stated {
  name: string;
  row: ActiveRowKey;
  columns: Partial<Record<Format, ActiveColumnKey>>;
  count: number;
}

/** The cheap test first: a sentence that names no figure of 表二 with a count has nothing here. */
const NAMES_A_FIGURE = /(?:规章|规范性文件|行政许可|行政处罚|行政强制)[^。；]*\d件/;

function statedFigures(norm: string): Stated[] {
  const out: Stated[] = [];
  for (const m of norm.matchAll(VERB_FIRST)) {
    const { columns } = verbOf(m[1]!);
    out.push({ name: m[1]! + m[2]!, row: nounOf(m[2]!).row, columns, count: Number(m[3]) });
    if (m[4]) out.push({ name: m[1]! + m[4], row: nounOf(m[4]).row, columns, count: Number(m[5]) });
  }
  for (const m of norm.matchAll(NOUN_FIRST)) {
    for (const item of m[2]!.matchAll(NOUN_ITEM)) {
      out.push({ name: m[1]! + item[1]!, row: nounOf(m[1]!).row, columns: verbOf(item[1]!).columns, count: Number(item[2]) });
    }
  }
  for (const m of norm.matchAll(DECISIONS)) {
    out.push({ name: `行政${m[1]}`, row: DECISION_ROWS[m[1]!]!, columns: { '2019': 'decisions', '2021': 'decisions' }, count: Number(m[2]) });
  }
  return out;
}

/** "行政规范性文件·本年制发件数": the cell as the page's format labels it. */
function cellName(row: ActiveRowKey, column: ActiveColumnKey, format: Format): string {
  const spec = ACTIVE_ROWS[format].find((r) => r.key === row)!;
  return `${spec.label}·${spec.columns.find((c) => c.key === column)!.label}`;
}

function problemsOf(input: CheckInput, sentence: Sentence, format: Format): Problem<'differs'>[] {
  const problems: Problem<'differs'>[] = [];
  for (const stated of statedFigures(sentence.norm)) {
    const column = stated.columns[format];
    if (!column) continue;
    const cell = cellAt(input, 'active', stated.row, column);
    if (cell?.kind !== 'number' || cell.value === stated.count) continue;
    problems.push({
      messageId: 'differs',
      data: { name: stated.name, stated: stated.count, cell: cellName(stated.row, column, format), table: cell.value! },
      cells: refs(sentence, [cell]),
    });
  }
  return problems;
}

export default defineRule({
  id: 'text-active',
  severity: 'warning',
  category: 'text',
  title: '正文的主动公开数字与表二不符',
  description: '正文写的规章、行政规范性文件的制发、废止、现行有效件数（2019 年格式为新制作、新公开件数），以及行政许可、行政处罚、行政强制的决定件数，应与表二相应单元格一致。'
    + '只比较能确定统计的是哪一格的说法；写了其他年份、说的是其中一部分、几类合在一起，或表二该格不是数字的，不比较。',
  tables: ['active'],
  messages: {
    differs: '正文说{name} {stated} 件，表二{cell}为 {table} 件',
  },
  check(input) {
    const format = input.format;
    if (!format) return [];
    return input.article.sentences.flatMap((s) => (NAMES_A_FIGURE.test(s.norm) && comparable(s, input.meta.year) ? problemsOf(input, s, format) : []));
  },
});
