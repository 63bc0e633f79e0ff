import { attachmentOnly } from './support/elsewhere';
import { defineRule, textRef } from './support/rule';

export default defineRule({
  id: 'attachment-only',
  severity: 'info',
  category: 'table',
  title: '报告只以附件形式发布',
  description: '报告只作为 PDF、Word、WPS 等附件链接发布，页面上没有正文表格，本工具无法核对。公开格式宜同时提供网页正文。此时不报“缺少统计表”。',
  tables: [],
  messages: {
    attachment: '报告只以附件发布：{files}',
  },
  check(input) {
    if (!attachmentOnly(input)) return [];
    return [{
      messageId: 'attachment',
      data: { files: input.article.attachments.map((a) => a.text || a.href || '').join('、') },
      cells: input.article.attachments.map((a) => textRef(a.text || a.href || '')),
    }];
  },
});
