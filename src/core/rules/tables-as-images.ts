import { TABLE_TITLES } from '../model/forms';
import { SECTION_TABLE, tablesShownAsImages } from './support/elsewhere';
import { defineRule, textRef } from './support/rule';

export default defineRule({
  id: 'tables-as-images',
  severity: 'info',
  category: 'table',
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
