/**
 * Page furniture: page numbers and running headers or footers, which are not part of the
 * report's text (a "- 3 -" between two halves of a sentence would break it, and a page number
 * under a table would seem to end it).
 */
import type { TextLine } from './text-lines';

/** Share of the page height at its top and bottom where headers, footers and numbers stand. */
const MARGIN_BAND = 0.1;
/** "- 3 -", "3", "第 3 页", "3/6", "第3页 共6页", "— 3 —" */
const PAGE_NUMBER = /^[-—–~·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–~·\s]*$/;
/** A running header or footer repeats on this share of the pages (and on three at least). */
const REPEATED_SHARE = 0.5;
const MIN_REPEATS = 3;

export interface PageLines {
  height: number;
  lines: TextLine[];
}

type Band = 'top' | 'bottom' | null;

function bandOf(line: TextLine, height: number): Band {
  if (line.box.y1 <= height * MARGIN_BAND) return 'top';
  if (line.box.y0 >= height * (1 - MARGIN_BAND)) return 'bottom';
  return null;
}

/** A header or footer is the same on every page but for its numbers. */
const repeatKey = (line: TextLine, band: Band): string => `${band}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;

/** For each page, its lines without page numbers and running headers or footers. */
export function withoutFurniture(pages: readonly PageLines[]): TextLine[][] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const line of page.lines) {
      const band = bandOf(line, page.height);
      if (band) keys.add(repeatKey(line, band));
    }
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const repeats = Math.max(MIN_REPEATS, Math.ceil(pages.length * REPEATED_SHARE));
  return pages.map((page) => page.lines.filter((line) => {
    const band = bandOf(line, page.height);
    if (!band) return true;
    return !PAGE_NUMBER.test(line.text) && (pagesWith.get(repeatKey(line, band)) ?? 0) < repeats;
  }));
}
