import { formatForYear } from '../model/forms';
import { signalLabels } from './support/format';
import { defineRule, type Problem } from './support/rule';

const NAMES = { '2019': '2019 年试行格式（国办公开办函〔2019〕60号）', '2021': '2021 年修订格式（国办公开办函〔2021〕30号）' };

/** 2019 and 2020 reports use the 2019 trial format; reports from 2021 on use the 2021 format. */
export default defineRule({
  id: 'format-version',
  severity: 'error',
  category: 'table',
  title: '表格格式与报告年度不符',
  description: '2019、2020 年度报告使用国办公开办函〔2019〕60号的试行格式；2021 年度起使用国办公开办函〔2021〕30号的修订格式。格式由表二表头和表三（六）其他处理的行判断，不看年份。',
  tables: [],
  messages: {
    mismatch: '{year} 年度报告应使用{expected}，页面表格却是{actual}',
  },
  check(input) {
    const { format } = input;
    const year = input.meta.year;
    if (!format || year === null) return [];
    const expected = formatForYear(year);
    if (format === expected) return [];
    const { cells, labels } = signalLabels(input.extraction.formatSignals.filter((s) => s.format === format));
    const problem: Problem<'mismatch'> = { messageId: 'mismatch', data: { year, expected: NAMES[expected], actual: NAMES[format] }, cells, labels };
    return [problem];
  },
});
