/**
 * What the text rules share: the figures of 表三/表四 a sentence may speak of, and the guards
 * that keep a rule silent when it cannot tell what a number counts (domain.md: "a rule that
 * cannot tell what a number counts must stay silent").
 */
import type { Sentence } from '../../extract/article';
import { yearsIn } from '../../extract/article';
import type { ExtractedCell } from '../../extract/tables';
import { REQUESTS_APPLICANT_COLUMNS, type RequestsColumnKey, type RequestsRowKey, type ReviewGroupKey } from '../../model/forms';
import type { CellRef, TextRef } from '../../model/schema';
import { cellAt, operand, refOf, textRef, type CheckInput } from './rule';

/** A figure of the tables: its possible values (see `rowFigure`) and the cells behind it. */
export interface Figure {
  values: number[];
  cells: ExtractedCell[];
}

/**
 * A 表三 row's figure: its 总计 cell, or when that is blank, the sum of the six applicant columns
 * (a blank total beside filled parts, as on the Shanghai page, still has a figure). Undefined
 * when a cell is absent or holds text.
 */
function rowFigure(input: CheckInput, row: RequestsRowKey): Figure | undefined {
  const total = cellAt(input, 'requests', row, 'total');
  const parts = REQUESTS_APPLICANT_COLUMNS.map((c) => cellAt(input, 'requests', row, c));
  const partValues = parts.map(operand);
  const values = new Set<number>();
  if (total?.kind === 'number') values.add(total.value!);
  if (partValues.every((v) => v !== undefined) && (total?.kind !== 'number' || total.value !== partValues.reduce((a, b) => a! + b!, 0))) {
    values.add((partValues as number[]).reduce((a, b) => a + b, 0));
  }
  if (values.size === 0) return undefined;
  return { values: [...values], cells: [total, ...parts].filter((c): c is ExtractedCell => c !== undefined) };
}

/** The figure of several 表三 rows together (不予公开 1–8, …): every combination of their values. */
export function requestsFigure(input: CheckInput, rows: readonly RequestsRowKey[]): Figure | undefined {
  const figures = rows.map((r) => rowFigure(input, r));
  if (figures.some((f) => f === undefined)) return undefined;
  let sums = [0];
  for (const f of figures as Figure[]) sums = [...new Set(sums.flatMap((s) => f.values.map((v) => s + v)))].slice(0, 16);
  return { values: sums, cells: (figures as Figure[]).flatMap((f) => f.cells) };
}

/** Rows a count of applications received may be read against: 本年新收, with 上年结转, or （七）总计. */
export const RECEIVED_ROWS: RequestsRowKey[][] = [['newReceived'], ['newReceived', 'carriedOver'], ['total']];

/**
 * Some applicant columns of 表三 summed, on each of RECEIVED_ROWS: what a part of a received
 * count ("其中自然人50件") may be. Undefined when a cell is absent or holds text.
 */
export function applicantFigure(input: CheckInput, columns: readonly RequestsColumnKey[]): Figure | undefined {
  const values = new Set<number>();
  let cells: ExtractedCell[] = [];
  for (const rows of RECEIVED_ROWS) {
    const list = rows.flatMap((r) => columns.map((c) => cellAt(input, 'requests', r, c)));
    const operands = list.map(operand);
    if (operands.some((v) => v === undefined)) return undefined;
    values.add((operands as number[]).reduce((a, b) => a + b, 0));
    if (cells.length === 0) cells = list as ExtractedCell[];
  }
  return { values: [...values], cells };
}

/** 表四 totals of some groups, summed. */
export function reviewFigure(input: CheckInput, groups: readonly ReviewGroupKey[]): Figure | undefined {
  const totals = groups.map((g) => cellAt(input, 'review', g, 'total'));
  const values = totals.map(operand);
  if (values.some((v) => v === undefined)) return undefined;
  return { values: [(values as number[]).reduce((a, b) => a + b, 0)], cells: totals as ExtractedCell[] };
}

/** Words that narrow a sentence to part of the body's work, or speak of someone else's. */
const NARROW_SCOPE = /代表|其中|各部门|各单位|有关部门|下属|所属|乡镇|街道|本级|全[区市县省]各|[区市县]政府办|分别|累计|以来|同比|较上年|比上年|去年/;

/**
 * A sentence a text rule may compare with the tables: it names no other year than the report's
 * and no narrower or different scope.
 */
export function comparable(sentence: Sentence, year: number | null): boolean {
  if (NARROW_SCOPE.test(sentence.norm)) return false;
  const years = yearsIn(sentence.norm);
  return years.every((y) => y === year);
}

/**
 * What of a sentence a text rule may compare with the tables: all of it when comparable; of a
 * received count broken down by applicant, the count ("其中" there narrows nothing: it introduces
 * the parts, "收到申请57件，其中自然人50件、法人或其他组织7件"); otherwise nothing.
 */
export function comparableText(sentence: Sentence, year: number | null): string | null {
  if (!NARROW_SCOPE.test(sentence.norm)) return comparable(sentence, year) ? sentence.norm : null;
  if (!yearsIn(sentence.norm).every((y) => y === year)) return null;
  const breakdown = receivedBreakdown(sentence.norm);
  return breakdown && !NARROW_SCOPE.test(breakdown.head) ? breakdown.head : null;
}

export function refs(sentence: Sentence, cells: ExtractedCell[]): (CellRef | TextRef)[] {
  return [textRef(sentence.text), ...cells.map(refOf)];
}

/**
 * "N 件" right after a pattern's match, with at most a few characters between; a gap holding a
 * conjunction, a total or a result means the number is not the pattern's alone.
 */
const COUNT_PATTERNS = new Map<RegExp, RegExp>();

/** A count in the units countAfter reads: a sentence without one has nothing for it. */
export const HAS_COUNT = /\d(?:件|起|宗|个|份)/;

/** A count read from a sentence: the number, where its digits start, and where its unit ends. */
export interface Count {
  count: number;
  at: number;
  end: number;
}

export function countAfter(norm: string, pattern: RegExp): Count[] {
  const out: Count[] = [];
  if (!HAS_COUNT.test(norm)) return out;
  let re = COUNT_PATTERNS.get(pattern);
  if (!re) {
    re = new RegExp(`(?:${pattern.source})([^。；，,、\\d]{0,8}?)(\\d+)(?:件|起|宗|个|份)`, 'g');
    COUNT_PATTERNS.set(pattern, re);
  }
  for (const m of norm.matchAll(re)) {
    // "复议和诉讼共3件" is a combined count; "经复议维持1件" counts one result, not all cases
    if (/[和及与共计合]|诉讼|复议|维持|纠正|撤销|驳回|确认|审结|败诉|胜诉|终止/.test(m[1]!)) continue;
    const end = m.index + m[0].length;
    out.push({ count: Number(m[2]), at: end - m[0].length + m[0].lastIndexOf(m[2]!), end });
  }
  return out;
}

/**
 * Applications received, as reports state them: a verb of receiving, the applications, an optional
 * total word, then the count ("共受理政府信息公开申请95件", "收到依申请信息公开26件", "收到申请，
 * 共计57件"); or the count before the applications ("共收到70件申请"); or "依申请公开N件". Not
 * "办理行政许可申请": the applications must be for information, or have at most two characters
 * before them. A result word between the applications and the count ("予以公开5件") means the
 * count is that result's, not the applications'.
 */
const RECEIVED = /(?:收到|受理|接收|接到|新收|办理)(?:[^。；，,\d]{0,12}?(?:信息|公开)[^。；，,\d]{0,6}?|[^。；，,\d]{0,2})申请(?:数量|数)?(?:,?(?:共计|总计|合计|共|为))?/;
const RECEIVED_BY_NAME = /依申请公开(?:政府信息)?(?:申请)?(?:共计|共|为)?/;
const COUNT_FIRST = /(?:收到|受理|接收|接到|新收)(?:了)?(?:各类)?(\d+)件(?:政府信息公开|信息公开|依申请公开)?申请/g;
const RESULT_BETWEEN = /予以|不予|部分|无法|答复|办结|处理|结转|转办|告知/;

export function receivedCounts(norm: string): Count[] {
  if (!norm.includes('申请') || !HAS_COUNT.test(norm)) return [];
  const counts = [...countAfter(norm, RECEIVED), ...countAfter(norm, RECEIVED_BY_NAME)];
  for (const m of norm.matchAll(COUNT_FIRST)) counts.push({ count: Number(m[1]), at: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length });
  // one number read once, and not where a result word stands before it
  const seen = new Set<number>();
  return counts.sort((a, b) => a.at - b.at).filter((c) => {
    const between = norm.slice(Math.max(0, c.at - 8), c.at);
    if (seen.has(c.at) || RESULT_BETWEEN.test(between.slice(between.lastIndexOf('申请') + 1))) return false;
    seen.add(c.at);
    return true;
  });
}

const ORGANISATIONS: RequestsColumnKey[] = ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'];
/** The applicants a part of a breakdown names, longest name first; "法人" alone is not read (which of them?). */
const APPLICANTS: [string, RequestsColumnKey[]][] = [
  ['法人或其他组织', ORGANISATIONS], ['法人和其他组织', ORGANISATIONS], ['法人及其他组织', ORGANISATIONS],
  ['社会公益组织', ['socialWelfare']], ['法律服务机构', ['legalService']], ['商业企业', ['commercial']], ['科研机构', ['research']],
  ['其他组织', ['otherOrg']], ['自然人', ['naturalPerson']], ['企业', ['commercial']], ['其他', ['otherOrg']],
];
const PART = new RegExp(`([、,和及])?(${APPLICANTS.map(([name]) => name).join('|')})(?:提出|提交)?(?:的)?(?:申请)?(?:共)?(\\d+)件`, 'y');
const PARTS_START = /^,?(?:其中|涉及|包括|含)?[:,]?/;

/** A breakdown names at least one applicant other than 其他: a sentence without one has none. */
const NAMES_AN_APPLICANT = /自然人|法人|企业|机构|组织/;

/** A part of a received count: the applicants it names, and its count. */
export interface ApplicantPart {
  name: string;
  columns: RequestsColumnKey[];
  count: number;
}

/**
 * A received count broken down by applicant: "收到申请57件，其中自然人50件、法人或其他组织7件".
 * `head` is the sentence up to the count; the parts must follow it directly, and nothing after
 * them may hold a number or narrow the scope.
 */
export function receivedBreakdown(norm: string): { total: number; head: string; parts: ApplicantPart[] } | null {
  if (!NAMES_AN_APPLICANT.test(norm)) return null;
  const [first] = receivedCounts(norm);
  if (!first) return null;
  const rest = norm.slice(first.end);
  let at = PARTS_START.exec(rest)![0].length;
  const parts: ApplicantPart[] = [];
  for (;;) {
    PART.lastIndex = at;
    const m = PART.exec(rest);
    // the first part follows the count, each other one a separator
    if (!m || (parts.length > 0) !== (m[1] !== undefined)) break;
    parts.push({ name: m[2]!, columns: APPLICANTS.find(([name]) => name === m[2])![1], count: Number(m[3]) });
    at = PART.lastIndex;
  }
  const after = rest.slice(at);
  if (parts.length === 0 || /\d/.test(after) || NARROW_SCOPE.test(after)) return null;
  return { total: first.count, head: norm.slice(0, first.end), parts };
}
