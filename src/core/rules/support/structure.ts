/** What the rules about the report's text share: whether its structure was read well enough to judge. */
import type { CheckInput } from './rule';

/** Fewer sections than this and the page's structure is not readable enough to judge its text. */
export const READABLE_HEADINGS = 4;

/**
 * The report's text is on the page and readable: at least four of its six section headings were
 * found. Rules about what the text lacks stay silent otherwise (the text may be in an image, an
 * attachment, or markup this reader does not understand).
 */
export function structureReadable(input: Pick<CheckInput, 'article'>): boolean {
  return new Set(input.article.headings.map((h) => h.section)).size >= READABLE_HEADINGS;
}
