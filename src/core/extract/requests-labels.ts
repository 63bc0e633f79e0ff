/**
 * 表三 row labels beyond the exact patterns (issue 16): misprints read by their wording or by
 * their place in the fixed order of rows, labels broken over two lines read whole, and every
 * label printed otherwise than the form prints it, for label-wording to report.
 */
import { REQUESTS_ROWS, requestsRow, type RequestsRowKey } from '../model/forms';
import type { Label, RequestsRow } from './sections';
import { normalizeLabel, tidyText } from './text';
import { NUMBERING, official, tolerance, toleranceInPlace, within, wordsOf, wordsWithoutNumbering, type Deviation, type Official } from './wording';

const ORDER = new Map(REQUESTS_ROWS.map((r, i) => [r.key, i]));
const WITH_NUMBERING = REQUESTS_ROWS.map((r) => official(r.key, r.label));
const WITHOUT_NUMBERING = WITH_NUMBERING.map((o) => ({ ...o, words: wordsWithoutNumbering(o.text) }));

/** Official rows a printed label is near: numbering compared, and left out (a label printed without it). */
function nearRows(label: string, candidates: ReadonlySet<RequestsRowKey>, allowed = tolerance): RequestsRowKey[] {
  const keys = new Set<RequestsRowKey>();
  for (const [list, words] of [[WITH_NUMBERING, wordsOf(label)], [WITHOUT_NUMBERING, wordsWithoutNumbering(label)]] as const) {
    for (const o of within(words, list.filter((c) => candidates.has(c.key)), allowed)) keys.add(o.key);
  }
  return [...keys];
}

const hasNumbers = (r: RequestsRow): boolean => r.parts.values.some((v) => v.parsed.kind === 'number');

/** The row's label and the next row's together begin its official wording: one label broken over lines. */
function continues(key: RequestsRowKey, label: Label, next: Label): boolean {
  if (next.norm === '' || isFormLabel(key, label)) return false;
  const words = wordsWithoutNumbering(label.text + next.text);
  return words.length > wordsWithoutNumbering(label.text).length && wordsWithoutNumbering(requestsRow(key).label).startsWith(words);
}

const joined = (a: Label, b: Label): Label => ({ text: a.text + b.text, norm: a.norm + b.norm });

/**
 * 表三 rows in order with every label read that can be. A row whose label matched no pattern is
 * read as the one official row its wording is a misprint of, when that row is not read yet and
 * stands at this place in the fixed order; or, when the rows read before and after it leave one
 * or two official rows for it, as the one of those its wording is within a third of
 * ("2.其他法律行政止公开" between "1.属于国家秘密" and "3.危及…"). A label near two rows, or near
 * one that belongs elsewhere, stays unread and says what it is near. A row's label broken over
 * two lines ("3.补正后申请内容仍" / "不明确") is read whole.
 */
export function readLabels(rows: RequestsRow[]): RequestsRow[] {
  // Most 表三s: every row labelled, no label twice in a row; nothing to read further.
  if (rows.every((r, i) => r.key !== null && r.key !== rows[i - 1]?.key)) return rows;
  const read = new Set<RequestsRowKey>();
  for (const r of rows) if (r.key) read.add(r.key);
  const out: RequestsRow[] = [];
  rows.forEach((row, i) => {
    const previous = out.at(-1);
    const key = previous?.key;
    if (key && previous.at === row.at - 1 && (row.key === null || row.key === key) && continues(key, previous.label, row.label)) {
      const label = joined(previous.label, row.label);
      out[out.length - 1] = { ...previous, label };
      if (row.key !== null || hasNumbers(row)) out.push({ ...row, key, label });
      return;
    }
    if (row.key !== null || row.label.norm === '') {
      out.push(row);
      return;
    }
    const before = out.findLast((r) => r.key !== null)?.key ?? undefined;
    const after = rows.slice(i + 1).find((r) => r.key !== null)?.key ?? undefined;
    const place = new Set(REQUESTS_ROWS.filter((r) => !read.has(r.key)
      && (before === undefined || ORDER.get(r.key)! > ORDER.get(before)!)
      && (after === undefined || ORDER.get(r.key)! < ORDER.get(after)!)).map((r) => r.key));
    const near = nearRows(row.label.text, new Set(REQUESTS_ROWS.map((r) => r.key).filter((k) => !read.has(k))));
    const inPlace = near.length === 0 && place.size <= 2 ? nearRows(row.label.text, place, toleranceInPlace) : [];
    const misprinted = near.length === 1 && place.has(near[0]!) ? near[0]! : inPlace.length === 1 ? inPlace[0]! : null;
    if (misprinted) {
      read.add(misprinted);
      out.push({ ...row, key: misprinted, matched: near.length === 1 ? 'wording' : 'place' });
    } else if (hasNumbers(row)) {
      out.push(near.length > 0 ? { ...row, near: { labels: near.map((k) => requestsRow(k).label), inPlace: near.some((k) => place.has(k)) } } : row);
    }
  });
  return out;
}

/** Ways the form prints a row's label: alone, or after its group labels. */
const FORM_LABELS = new Map(REQUESTS_ROWS.map((r) => [r.key, [r.label, ...r.groups.map((_, i) => r.groups.slice(i).join('') + r.label)]]));
/** The same as the matcher sees them (normalizeLabel), for the common case: a label printed as the form prints it. */
const FORM_NORMS = new Map([...FORM_LABELS].map(([key, labels]) => [key, new Set(labels.map(normalizeLabel))]));
/** The same by their words without numbering: punctuation and numbering aside. */
const FORM_WORDS = new Map([...FORM_LABELS].map(([key, labels]) => [key, new Set(labels.map(wordsWithoutNumbering))]));

/** The printed label is one the form prints for the row, punctuation, spaces and numbering aside. */
function isFormLabel(key: RequestsRowKey, label: Label): boolean {
  return FORM_NORMS.get(key)!.has(label.norm) || FORM_WORDS.get(key)!.has(wordsWithoutNumbering(label.text));
}

const numberingOf = (text: string): string => normalizeLabel(text).match(NUMBERING)?.[0] ?? '';
const OWN_NUMBERING = new Map(REQUESTS_ROWS.map((r) => [r.key, numberingOf(r.label)]));

/**
 * How well a printed label fits the row it was read as, to tell which of two rows read under one
 * label is the row: its words as the form prints them (2), and its numbering — the row's own (+1,
 * after any group numbering: "（三）1."), another (−1: "（一）部分公开" is not （二）), or none (0).
 */
export function labelFit(key: RequestsRowKey, label: Label): number {
  const words = isFormLabel(key, label) ? 2 : 0;
  const numbering = numberingOf(label.text);
  if (numbering === '') return words;
  return words + (numbering.endsWith(OWN_NUMBERING.get(key)!) && OWN_NUMBERING.get(key) !== '' ? 1 : -1);
}

/** The group labels of the form (三、本年度办理结果, （三）不予公开 …), by their words without numbering. */
const GROUPS: Official<string>[] = [...new Set(REQUESTS_ROWS.flatMap((r) => r.groups))].map((g) => ({ ...official(g, g), words: wordsWithoutNumbering(g) }));
const GROUP_NORMS = new Set(GROUPS.map((g) => normalizeLabel(g.text)));

/**
 * How a read row's labels differ from the form: its own label (whole, when broken over lines),
 * and a group label starting on the row ("（三）不予公开") that is a misprint of the form's.
 */
export function requestsDeviations(key: RequestsRowKey, row: RequestsRow): Deviation[] {
  // the common case first: the row's one own label, printed as the form prints it
  if (FORM_NORMS.get(key)!.has(row.label.norm) && row.parts.labels.every((c) => !c.own || c.norm === row.label.norm)) return [];
  const out: Deviation[] = [];
  const groups = row.parts.labels.filter((c) => c.own);
  groups.pop(); // the row's own label, row.label
  const own = (): Label => ({ text: groups.map((c) => c.cell.text).join(''), norm: groups.map((c) => c.norm).join('') });
  if (!isFormLabel(key, row.label) && !(groups.length > 0 && isFormLabel(key, joined(own(), row.label)))) {
    out.push({ printed: tidyText(row.label.text), official: requestsRow(key).label });
  }
  for (const { norm, cell } of groups) {
    if (GROUP_NORMS.has(norm)) continue;
    const words = wordsWithoutNumbering(cell.text);
    if (GROUPS.some((g) => g.words === words)) continue;
    const [group, ...more] = within(words, GROUPS);
    if (group && more.length === 0) out.push({ printed: tidyText(cell.text), official: group.text });
  }
  return out;
}
