import type { Article } from '../extract/article';
import { TABLE_TITLES, type TableId } from '../model/forms';
import { defineRule, textRef } from './rule';

/** Which table each section holds: 二 → 表二, 三 → 表三, 四 → 表四. */
const SECTION_TABLE: Record<number, TableId> = { 2: 'active', 3: 'requests', 4: 'review' };

/** Images that stand in the section where a missing table belongs. */
export function tablesShownAsImages(input: { article: Article; extraction: { tables: Partial<Record<TableId, unknown>> } }): TableId[] {
  const { headings, images } = input.article;
  if (images.length === 0) return [];
  const imageSections = new Set(images.map((img) => img.section));
  return Object.entries(SECTION_TABLE)
    .filter(([section, table]) => !input.extraction.tables[table] && headings.some((h) => h.section === Number(section)) && imageSections.has(Number(section)))
    .map(([, table]) => table);
}

export default defineRule({
  id: 'tables-as-images',
  severity: 'info',
  title: '统计表以图片发布',
  description: '表格以图片形式发布时，读者无法复制数据，屏幕阅读器无法朗读，本工具也无法核对。此时不报“缺少统计表”，只作提示。',
  tables: [],
  messages: {
    images: '{table}以图片形式发布，无法核对其中的数字',
  },
  check(input) {
    return tablesShownAsImages(input).map((table) => ({
      messageId: 'images',
      data: { table: TABLE_TITLES[table] },
      cells: input.article.images.filter((i) => SECTION_TABLE[i.section] === table).map((i) => textRef(i.text || i.href || '图片')),
    }));
  },
});
