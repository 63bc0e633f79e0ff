/**
 * The words around the tables: the article's lines, its sentences, the six section headings and
 * the dates it states. Built once per check from the blocks readDom found (not the site's
 * navigation or footer: readDom reads only the article container when there is one).
 */
import type { RawBlock } from './raw';
import { compact, toHalfWidth, tidyText } from './text';

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

// Real titles vary a little; each pattern must match the whole heading after its numeral and
// before a trailing parenthesis ("（有关情况附表）").
const SECTION_PATTERNS: RegExp[] = [
  /^(?:政府信息公开(?:工作)?)?(?:总体情况|概述|基本情况)$/,
  /^主动公开政府信息(?:的)?情况$/,
  /^(?:收到和处理政府信息公开申请|依申请公开政府信息)(?:的)?情况$/,
  /^(?:因)?(?:政府信息公开(?:工作)?)?(?:被申请)?行政复议[、和及与]?(?:提起)?行政诉讼(?:的)?情况$/,
  /^(?:政府信息公开工作)?存在的?(?:主要)?问题(?:及|和|与)?(?:改进|整改)(?:情况|措施)?$/,
  /^其他需要报告的?事项$/,
];

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

/** A section heading in a line already tidied (readArticle's lines), or null. */
export function matchSection(text: string): Omit<SectionHeading, 'line'> | null {
  if (!SECTION_WORDS.test(text)) return null;
  if (text.length > 40 || SUB_NUMERAL.test(text) || /[。；]$/.test(text)) return null;
  const half = toHalfWidth(text);
  const numeral = NUMERAL.exec(half);
  const title = (numeral ? half.slice(numeral[0].length) : half)
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '');
  const index = SECTION_PATTERNS.findIndex((p) => p.test(title));
  if (index < 0) return null;
  return { section: index + 1, text, numeral: numeral ? numeral[0].trim() : null };
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
      const heading = matchSection(line);
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
  return article;
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
