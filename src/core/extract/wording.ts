/**
 * Printed wording against the official wording of the format documents. Real reports misprint
 * labels and headings the way typing goes wrong: a character missing, one extra, one wrong, two
 * swapped; punctuation of the other width, spaces and line breaks anywhere. The comparison is on
 * the words alone, and tolerant by one edit (two for long labels); a label within tolerance of
 * two official labels is ambiguous and matches neither.
 */
import type { CellPointer, TableId } from '../model/forms';
import { normalizeLabel } from './text';

const NOT_A_WORD = /[^\p{Script=Han}\p{L}\p{N}]+/gu;

/** The words of a text: no whitespace, no punctuation of either width ("3.危及“三安全一稳定”" → "3危及三安全一稳定"). */
export const wordsOf = (text: string): string => normalizeLabel(text).replace(NOT_A_WORD, '');

/** Leading numbering as the forms print it: "一、", "（一）", "1." (after normalizeLabel). */
export const NUMBERING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+\.)+/;

/** The words without the leading numbering: a label printed without "（一）" or "1." says the same. */
export const wordsWithoutNumbering = (text: string): string => wordsOf(normalizeLabel(text).replace(NUMBERING, ''));

/**
 * Edits between two texts up to `max` (restricted Damerau–Levenshtein: insert, delete, substitute,
 * swap two neighbours), or max + 1 when there are more. Labels are short; rows stop early.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j += 1) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * Edits a misprint of official words of this length may have: none below four characters (规章,
 * 总计, 其他 are too short to tell a misprint from another word), one up to eleven, two beyond.
 */
export const tolerance = (length: number): number => (length < 4 ? 0 : length < 12 ? 1 : 2);

/**
 * Edits allowed when the table's fixed order already points at the one official row a printed
 * label can be (it stands between the rows before and after that one): a third of the words.
 */
export const toleranceInPlace = (length: number): number => Math.floor(length / 3);

/** An official wording to match against, with its words computed once. */
export interface Official<K> {
  key: K;
  /** as the format prints it */
  text: string;
  words: string;
}

export const official = <K>(key: K, text: string): Official<K> => ({ key, text, words: wordsOf(text) });

/**
 * The official wordings the printed words are within tolerance of (`allowed` edits for words of
 * that length), nearest first. More than one means the printed label cannot be told apart.
 */
export function within<K>(words: string, candidates: readonly Official<K>[], allowed = tolerance): Official<K>[] {
  const hits: { candidate: Official<K>; distance: number }[] = [];
  for (const candidate of candidates) {
    const max = allowed(candidate.words.length);
    const distance = max === 0 ? (words === candidate.words ? 0 : 1) : editDistance(words, candidate.words, max);
    if (distance <= max) hits.push({ candidate, distance });
  }
  return hits.sort((x, y) => x.distance - y.distance).map((h) => h.candidate);
}

/** A printed label that differs from the form's wording. */
export interface Deviation {
  printed: string;
  official: string;
}

/**
 * A label the page prints otherwise than the form, read as the form's label all the same: what
 * label-wording reports, once per printed label.
 */
export interface LabelWording extends Deviation {
  table: TableId;
  /** read by its place in the fixed order: the wording alone was too far off to tell */
  byPlace: boolean;
  /** the cells read under the label */
  cells: CellPointer[];
}
