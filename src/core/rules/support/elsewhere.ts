/**
 * Tables that are published but not on the page as tables (an attachment, images): what
 * table-missing, tables-as-images and attachment-only share.
 */
import type { Article } from '../../extract/article';
import type { TableId } from '../../model/forms';

/** Which table each section holds: 二 → 表二, 三 → 表三, 四 → 表四. */
export const SECTION_TABLE: Record<number, TableId> = { 2: 'active', 3: 'requests', 4: 'review' };

/** The report is only a linked file: no table on the page and an attachment link. */
export function attachmentOnly(input: { article: Article; extraction: { tables: object } }): boolean {
  return Object.keys(input.extraction.tables).length === 0 && input.article.attachments.length > 0;
}

/** Images that stand in the section where a missing table belongs. */
export function tablesShownAsImages(input: { article: Article; extraction: { tables: Partial<Record<TableId, unknown>> } }): TableId[] {
  const { headings, images } = input.article;
  if (images.length === 0) return [];
  const imageSections = new Set(images.map((img) => img.section));
  return Object.entries(SECTION_TABLE)
    .filter(([section, table]) => !input.extraction.tables[table] && headings.some((h) => h.section === Number(section)) && imageSections.has(Number(section)))
    .map(([, table]) => table);
}
