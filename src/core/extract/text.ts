/**
 * Text helpers shared by extraction and rules. Real pages write labels and numbers with
 * full-width characters, &nbsp; runs, ideographic spaces and line breaks inside words
 * (design doc "How reports look on real pages"); these functions fold all of that.
 */

const INVISIBLE = /[\s\u00a0\u2000-\u200d\u2028\u2029\u3000\ufeff]+/g;

/** A character INVISIBLE matches: JavaScript's \s, and the zero-width spaces and joiners. */
function isInvisible(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Full-width ASCII variants (！ to ～) to ASCII, and INVISIBLE characters dropped when asked.
 * One char-code pass that copies nothing when there is nothing to fold: Chinese prose has a
 * full-width comma or bracket every few characters, and a replace callback per match cost a
 * fifth of reading an article; a replace and then a second pass cost most of reading a label.
 */
function fold(text: string, dropInvisible: boolean): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += text.slice(copied, i) + String.fromCharCode(code - 0xfee0);
      copied = i + 1;
    } else if (dropInvisible && isInvisible(code)) {
      out += text.slice(copied, i);
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export const toHalfWidth = (text: string): string => fold(text, false);

/**
 * No whitespace at all, ASCII digits and brackets: the first step for labels and values alike
 * (toHalfWidth of the text without INVISIBLE).
 */
export const compact = (text: string): string => fold(text, true);

const FOLDED_IN_LABELS = /\d[、．]|[〔【〕】]/;
const foldLabel = (compacted: string): string => (!FOLDED_IN_LABELS.test(compacted) ? compacted : compacted
  .replace(/(\d)[、．]/g, '$1.')
  .replace(/[〔【]/g, '(')
  .replace(/[〕】]/g, ')'));

/** A label as the matcher sees it: no whitespace at all, ASCII digits and brackets, "1、" → "1.". */
export function normalizeLabel(text: string): string {
  return foldLabel(compact(text));
}

/** Collapse runs of whitespace to one space and trim: for display and quotes. */
export function tidyText(text: string): string {
  return text.replace(INVISIBLE, ' ').trim();
}

export type CellKind = 'number' | 'blank' | 'placeholder' | 'text';

export interface ParsedCell {
  kind: CellKind;
  /** the number read, or null when the cell holds none */
  value: number | null;
  /** a unit printed beside the number ("万", "元", "件"), when there is one */
  unit?: string;
}

// "/", "—", "-", "无" and their look-alikes stand for "nothing" (domain.md, blank cells).
const PLACEHOLDER = /^(?:[/\\／＼]|[-—–－─━一]+|无|空|N\/?A|\*)$/i;
const UNITS = '万元|亿元|千元|元|万|件|个|条|项|次|人|宗|家|份';
const NUMBER_WITH_UNIT = new RegExp(
  `^([+-]?\\d+(?:\\.\\d+)?)[(（]?(${UNITS})[)）]?$|^[(（]?(${UNITS})[)）]?([+-]?\\d+(?:\\.\\d+)?)$`,
);

/**
 * Digits with visible space between them ("1 2", "3<br>4" read as "3\n4"): two numbers, or one
 * broken in two; either way not a number to compute with (zero-width characters do not count).
 */
const DIGITS_APART = /[\d０-９][^\S\ufeff]+[\d０-９]/;

/** A number as printed; "-0" (a dash typed before 0) is 0, not JavaScript's −0. */
const toNumber = (text: string): number => Number(text) + 0;

/** Read a value cell's printed text. Never invents a number: text that holds none is `text`. */
export const parseCell = (raw: string): ParsedCell => readCell(raw).parsed;

/** `raw` as printed, `compacted` without its whitespace. */
function parseCompacted(raw: string, compacted: string): ParsedCell {
  if (compacted === '') return { kind: 'blank', value: null };
  if (!/\d/.test(compacted)) return { kind: PLACEHOLDER.test(compacted) ? 'placeholder' : 'text', value: null };
  if (DIGITS_APART.test(raw)) return { kind: 'text', value: null };
  const text = compacted
    .replace(/^[−–—－](?=\d)/, '-') // a minus sign written as a dash
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1'); // thousands separators
  if (/^[+-]?\d+(?:\.\d+)?$/.test(text)) return exact(text) ? { kind: 'number', value: toNumber(text) } : { kind: 'text', value: null };
  const withUnit = NUMBER_WITH_UNIT.exec(text);
  if (withUnit) {
    const number = withUnit[1] ?? withUnit[4]!;
    const unit = withUnit[2] ?? withUnit[3];
    return exact(number) ? { kind: 'number', value: toNumber(number), unit } : { kind: 'text', value: null };
  }
  return { kind: 'text', value: null };
}

const BLANK_CELL: { parsed: ParsedCell; norm: string } = { parsed: { kind: 'blank', value: null }, norm: '' };
const MAX_EXACT_DIGITS = 15;

/**
 * Most cells in one char-code pass: nothing but INVISIBLE characters is a blank (&nbsp; runs
 * included); one run of 1–15 ASCII digits with only those around it is that number. Anything
 * else is null, for the general reading (which drops the same characters, so both agree).
 */
function readPlainCell(raw: string): { parsed: ParsedCell; norm: string } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (last >= 0 && last !== i - 1) return null; // digits apart: not one number
      if (first < 0) first = i;
      last = i;
    } else if (!isInvisible(code)) return null;
  }
  if (first < 0) return BLANK_CELL;
  if (last - first >= MAX_EXACT_DIGITS) return null;
  const value = Number(raw.slice(first, last + 1));
  return { parsed: { kind: 'number', value }, norm: String(value) };
}

/**
 * A cell read both ways at once, folding its text only once: its value, and its label form
 * (a plain number's label form is the number itself; a blank's is empty).
 */
export function readCell(raw: string): { parsed: ParsedCell; norm: string } {
  const plain = readPlainCell(raw);
  if (plain) return plain;
  const compacted = compact(raw);
  const parsed = parseCompacted(raw, compacted);
  const norm = parsed.kind === 'number' && parsed.unit === undefined ? String(parsed.value)
    : parsed.kind === 'blank' ? '' : foldLabel(compacted);
  return { parsed, norm };
}

/**
 * A number JavaScript holds exactly (at most 15 integer digits). No count in a report is larger,
 * and arithmetic on a rounded value could invent an identity failure: such text is not read.
 */
function exact(number: string): boolean {
  return number.replace(/^[+-]/, '').split('.')[0]!.replace(/^0+(?=\d)/, '').length <= 15;
}

/** True when the text has a Han character: the mark of a label rather than a value. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
