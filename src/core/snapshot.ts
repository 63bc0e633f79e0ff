/**
 * What the history-* rules keep of a report to compare the next year's with: plain JSON, small
 * enough to store by the thousand (a CLI batch spools one per input; the extension keeps them in
 * storage.local). The tables are the contract's values; the article is one hash per sentence,
 * taken after the years and numbers are folded, so that a copy with "2023年" changed to "2024年"
 * still matches.
 */
import type { Article } from './extract/article';
import type { Meta } from './extract/meta';
import { compact } from './extract/text';
import type { Extraction } from './extract/tables';
import type { Format } from './model/forms';
import { reportTables, type ReportTables } from './report';

export interface ReportSnapshot {
  /** where the report was read: the path or URL as given; history messages name it */
  source: string;
  /** the reporting body as the report names it */
  agency: string | null;
  year: number | null;
  format: Format | null;
  /** the three tables' values as the JSON contract has them: null where no number was read */
  tables: ReportTables;
  /** the article's sentences outside the tables: [section 0–6, hash of the folded text] each */
  sentences: [section: number, hash: number][];
}

/** What a snapshot is made of: a check's input, or its Analysis. */
export interface SnapshotSource {
  meta: Meta;
  format: Format | null;
  extraction: Extraction;
  article: Article;
}

/** Sentences shorter than this (folded) are headings, "无。", list marks: they say nothing about copying. */
const MIN_SENTENCE_CHARS = 8;

/**
 * A sentence as the duplicate check compares it: no whitespace, ASCII forms, every run of digits
 * (years, counts, percentages, dates) one "#", no punctuation.
 */
export function foldSentence(text: string): string {
  return compact(text).replace(/\d+(?:[.,]\d+)*/g, '#').replace(/[\p{P}\p{S}]/gu, '');
}

/** cyrb53: a 53-bit string hash, exact as a JSON number; collisions among a report's ~100 sentences are negligible. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function snapshotOf(report: SnapshotSource, source: string): ReportSnapshot {
  const sentences: [number, number][] = [];
  for (const s of report.article.sentences) {
    const folded = foldSentence(s.text);
    if (folded.length >= MIN_SENTENCE_CHARS) sentences.push([s.section, hash53(folded)]);
  }
  return {
    source,
    agency: report.meta.agency,
    year: report.meta.year,
    format: report.format,
    tables: reportTables(report.extraction, report.format),
    sentences,
  };
}

/**
 * The body a report is of, as reports of one body are matched across years: the agency with
 * spaces removed and full-width forms folded (docs/report-model.md, "Across years").
 */
export function bodyKey(agency: string | null): string | null {
  if (agency === null) return null;
  const key = compact(agency);
  return key === '' ? null : key;
}

/** `previous` is the same body's report of the year before `current`'s: the only pair history rules compare. */
export function isPredecessor(previous: Pick<ReportSnapshot, 'agency' | 'year'>, current: Pick<ReportSnapshot, 'agency' | 'year'>): boolean {
  const body = bodyKey(current.agency);
  return body !== null && body === bodyKey(previous.agency)
    && current.year !== null && previous.year !== null && previous.year + 1 === current.year;
}
