import { formatForYear } from '../model/forms';
import { defineRule, textRef } from './support/rule';
import { structureReadable } from './support/structure';

const FEE_STATEMENT = /信息处理费|处理费|(?:未|没有|无|不)[^。；]{0,12}收(?:取)?(?:任何)?费|收(?:取)?费(?:用)?[^。；]{0,8}(?:情况|元|0)/;

export default defineRule({
  id: 'content-fee',
  severity: 'warning',
  category: 'text',
  title: '未说明是否收取信息处理费',
  description: '自 2021 年格式起，“六、其他需要报告的事项”应报告依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况，未收取的也应写明。'
    + '适用于 2021 年格式的报告（格式判断不了时，按报告年度 2021 年及以后）。',
  tables: [],
  messages: {
    missing: '报告没有说明本年度是否收取信息处理费',
  },
  check(input) {
    if (!structureReadable(input)) return [];
    const year = input.meta.year;
    const format = input.format ?? (year === null ? null : formatForYear(year));
    if (format !== '2021') return [];
    if (input.article.sentences.some((s) => FEE_STATEMENT.test(s.norm))) return [];
    const other = input.article.headings.find((h) => h.section === 6);
    return [{ messageId: 'missing', data: {}, cells: other ? [textRef(other.text)] : [] }];
  },
});
