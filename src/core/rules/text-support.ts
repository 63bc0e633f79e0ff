/**
 * What the text rules share: the figures of 表三/表四 a sentence may speak of, and the guards
 * that keep a rule silent when it cannot tell what a number counts (domain.md: "a rule that
 * cannot tell what a number counts must stay silent").
 */
import type { Sentence } from '../extract/article';
import { yearsIn } from '../extract/article';
import type { ExtractedCell } from '../extract/tables';
import { REQUESTS_APPLICANT_COLUMNS, type RequestsRowKey, type ReviewGroupKey } from '../model/forms';
import type { CellRef, TextRef } from '../model/schema';
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

export function countAfter(norm: string, pattern: RegExp): { count: number; at: number }[] {
  const out: { count: number; at: number }[] = [];
  if (!HAS_COUNT.test(norm)) return out;
  let re = COUNT_PATTERNS.get(pattern);
  if (!re) {
    re = new RegExp(`(?:${pattern.source})([^。；，,、\\d]{0,8}?)(\\d+)(?:件|起|宗|个|份)`, 'g');
    COUNT_PATTERNS.set(pattern, re);
  }
  for (const m of norm.matchAll(re)) {
    // "复议和诉讼共3件" is a combined count; "经复议维持1件" counts one result, not all cases
    if (/[和及与共计合]|诉讼|复议|维持|纠正|撤销|驳回|确认|审结|败诉|胜诉|终止/.test(m[1]!)) continue;
    out.push({ count: Number(m[2]), at: m.index ?? 0 });
  }
  return out;
}
