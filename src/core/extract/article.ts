/**
 * The words around the tables: the article's lines, its sentences, the six section headings and
 * the dates it states. Built once per check from the blocks readDom found (not the site's
 * navigation or footer: readDom reads only the article container when there is one).
 */
import type { RawBlock } from './raw';
import { compact, toHalfWidth, tidyText } from './text';
import { official, within, wordsOf, type Official } from './wording';

export interface Sentence {
  /** as printed, whitespace tidied: what a finding quotes */
  text: string;
  /** for matching: half-width, no whitespace */
  norm: string;
  /** index of the line it belongs to */
  line: number;
  /** the section (1–6) it stands in, or 0 before the first heading */
  section: number;
}

export interface SectionHeading {
  /** 1 总体情况 … 6 其他需要报告的事项 */
  section: number;
  text: string;
  /** the numeral with its mark as printed ("一、", "3、", "—、", "一"), or null when there is none */
  numeral: string | null;
  line: number;
  /** the format's title, when the printed one is a misprint of it (read all the same) */
  official?: string;
}

/** An image or an attachment link in the article, and the section it stands in (0 before any). */
export interface ArticleMedia {
  text: string;
  href: string;
  section: number;
}

export interface Article {
  lines: string[];
  sentences: Sentence[];
  headings: SectionHeading[];
  images: ArticleMedia[];
  attachments: ArticleMedia[];
}

/** The six sections of the format (domain.md, "Document-level requirements"), as printed. */
export const SECTION_TITLES = [
  '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项',
] as const;

/** The numeral the format prints before a section (1 → 一). */
export const sectionNumeral = (section: number): string => '一二三四五六'[section - 1]!;

/**
 * The titles real reports print for each section, as parts each printed one of several ways
 * ('' when it may be left out). A title is the whole heading after its numeral and before a
 * trailing parenthesis ("（有关情况附表）").
 */
const SECTION_TITLE_PARTS: string[][][] = [
  [['', '政府信息公开', '政府信息公开工作'], ['总体情况', '概述', '基本情况']],
  [['主动公开政府信息'], ['', '的'], ['情况']],
  [['收到和处理政府信息公开申请', '依申请公开政府信息'], ['', '的'], ['情况']],
  [['', '因'], ['', '政府信息公开', '政府信息公开工作'], ['', '被申请'], ['行政复议'], ['', '、', '和', '及', '与'], ['', '提起'], ['行政诉讼'], ['', '的'], ['情况']],
  [['', '政府信息公开工作'], ['存在'], ['', '的'], ['', '主要'], ['问题'], ['', '及', '和', '与'], ['改进', '整改'], ['', '情况', '措施']],
  [['其他需要报告'], ['', '的'], ['事项']],
];

const SECTION_PATTERNS = SECTION_TITLE_PARTS.map((parts) => new RegExp(`^${parts.map((ways) => `(?:${ways.join('|')})`).join('')}$`));

/** Every title of a section the parts spell, by its words: what a misprint is compared with. */
const spelled = (parts: string[][]): string[] => parts.reduce<string[]>((titles, ways) => titles.flatMap((t) => ways.map((w) => t + w)), ['']);
const SECTION_WORDINGS: Official<number>[][] = SECTION_TITLE_PARTS.map((parts, i) =>
  [...new Map(spelled(parts).map((t) => official(i + 1, t)).map((o) => [o.words, o])).values()]);

/** Most edits a misprinted title has (wording.ts tolerance: two on titles of twelve characters and more). */
const MOST_EDITS = 2;
/** Per section, the characters its titles use: a line with more others than edits allowed is no misprint of them. */
const SECTION_CHARS = SECTION_WORDINGS.map((list) => new Set(list.flatMap((o) => [...o.words])));
const strangers = (title: string, chars: ReadonlySet<string>): number => {
  let n = 0;
  for (const c of title) if (!chars.has(c) && /\p{Script=Han}/u.test(c)) n += 1;
  return n;
};

/** A top-level numeral: "一、", "3、", "—、" (a dash typed for 一), "一 " or "一" alone. */
const NUMERAL = /^([一二三四五六七八九十]{1,2}|\d{1,2}|[—一-])\s*(?:[、.．,，:：]\s*|\s+|(?=[\u4e00-\u9fff]))/;
/** "（一）" and "1." introduce sub-headings, never sections. */
const SUB_NUMERAL = /^[（(][一二三四五六七八九十\d]+[）)]/;

/**
 * Every section title above has one of these characters (情况, 概述, 问题, 事项); single
 * characters, because headings are often letter-spaced ("总 体 情 况"). Lines without any are
 * not headings.
 */
const SECTION_WORDS = /[况述题项]/;

/** A numeral's section: 一 to 六, 1 to 6, and a dash typed for 一. */
const numeralSection = (numeral: string): number | null => (/^[—一-]$/.test(numeral) ? 1 : parseSmallNumber(numeral));

/**
 * A section heading in a line already tidied (readArticle's lines), or null. Its title matches a
 * pattern; or, at a heading position only (a section's own numeral at the start of the line, or a
 * heading element), is a misprint of one of that section's titles ("四、政府信息公开行政法复议、
 * 行政诉讼情况"): read as that section, with the format's title beside it.
 */
export function matchSection(text: string, headingElement = false): Omit<SectionHeading, 'line'> | null {
  if (text.length > 40 || SUB_NUMERAL.test(text) || /[。；]$/.test(text)) return null;
  const half = toHalfWidth(text);
  const numeral = NUMERAL.exec(half);
  const title = (numeral ? half.slice(numeral[0].length) : half)
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '');
  const numeralText = numeral ? numeral[0].trim() : null;
  const index = SECTION_WORDS.test(text) ? SECTION_PATTERNS.findIndex((p) => p.test(title)) : -1;
  if (index >= 0) return { section: index + 1, text, numeral: numeralText };
  const printed = numeral ? numeralSection(numeral[1]!) : null;
  if (printed === null ? !headingElement : printed < 1 || printed > SECTION_WORDINGS.length) return null;
  // the cheap test first: most numbered lines are list items, with words of no section title
  const candidates = printed ? [printed - 1] : SECTION_WORDINGS.map((_, i) => i);
  const near = candidates.filter((i) => strangers(title, SECTION_CHARS[i]!) <= MOST_EDITS);
  if (near.length === 0) return null;
  const sections = new Set(within(wordsOf(title), near.flatMap((i) => SECTION_WORDINGS[i]!)).map((o) => o.key));
  if (sections.size !== 1) return null;
  const section = [...sections][0]!;
  return { section, text, numeral: numeralText, official: `${sectionNumeral(section)}、${SECTION_TITLES[section - 1]}` };
}

/** A sentence with its end mark, or the rest of a line that has none (a global match is far cheaper than splitting at a lookbehind). */
const SENTENCE = /[^。；！？!?]*[。；！？!?]|[^。；！？!?]+$/g;

export function readArticle(blocks: RawBlock[]): Article {
  const article: Article = { lines: [], sentences: [], headings: [], images: [], attachments: [] };
  let section = 0;
  for (const block of blocks) {
    if (block.kind === 'image' || block.kind === 'attachment') {
      const media = { text: tidyText(block.text), href: block.href ?? '', section };
      (block.kind === 'image' ? article.images : article.attachments).push(media);
      continue;
    }
    for (const raw of block.text.split('\n')) {
      const line = tidyText(raw);
      if (line === '') continue;
      const index = article.lines.push(line) - 1;
      const heading = matchSection(line, block.kind === 'heading');
      if (heading) {
        article.headings.push({ ...heading, line: index });
        section = heading.section;
        continue;
      }
      for (const piece of line.match(SENTENCE) ?? []) {
        const text = piece.trim();
        if (text !== '') article.sentences.push({ text, norm: compact(text), line: index, section });
      }
    }
  }
  readUnnumberedMisprints(article);
  return article;
}

/**
 * A section still missing whose title is printed misprinted and without its numeral, as some
 * reports print every heading ("主动公开府信息情况"): read when the line is where that section
 * stands, after the headings of the sections before it and before those after it. Without that
 * place such a line is no heading: "无其他需要报告的事项" under 六 is one edit from its title.
 * Only titles of eight words or more: "具体情况" is one edit from 总体情况.
 */
function readUnnumberedMisprints(article: Article): void {
  const found = new Set(article.headings.map((h) => h.section));
  if (found.size === SECTION_TITLES.length) return;
  article.lines.forEach((line, index) => {
    if (NUMERAL.test(toHalfWidth(line)) || wordsOf(line).length < 8 || article.headings.some((h) => h.line === index)) return;
    const heading = matchSection(line, true);
    if (!heading || found.has(heading.section)) return;
    const before = article.headings.filter((h) => h.line < index);
    const after = article.headings.filter((h) => h.line > index);
    if (before.some((h) => h.section > heading.section) || after.some((h) => h.section < heading.section)) return;
    found.add(heading.section);
    article.headings.splice(before.length, 0, { ...heading, line: index });
    const next = after[0]?.line ?? Number.POSITIVE_INFINITY;
    article.sentences = article.sentences.filter((s) => s.line !== index);
    for (const s of article.sentences) if (s.line > index && s.line < next) s.section = heading.section;
  });
}

/** Years named in a sentence ("2019年", "2019 年度"), as numbers. */
export function yearsIn(norm: string): number[] {
  return [...norm.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
}

/** Chinese or Arabic numerals up to 99 ("六", "十二", "6"). */
export function parseSmallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (text === '十') return 10;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[1] ? digits[m[1]]! : null;
  return (m[1] ? digits[m[1]]! : 1) * 10 + (m[3] ? digits[m[3]]! : 0);
}
