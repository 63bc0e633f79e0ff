import { FORMAT_NAMES } from '../model/forms';
import { signalLabels } from './support/format';
import { defineRule } from './support/rule';

/** Labels of both formats on one page: a table copied from an old template. */
export default defineRule({
  id: 'format-mixed',
  severity: 'warning',
  category: 'table',
  title: '同一报告混用新旧两种表格格式',
  description: '页面主要使用一种格式，但有表头或行标签属于另一种格式，例如 2021 年格式的表二仍写“规范性文件”而非“行政规范性文件”，或仍有“上一年项目数量”列。',
  tables: [],
  messages: {
    mixed: '表格为{format}，但有{count}处标签属于{other}：{labels}',
  },
  check(input) {
    const { format } = input;
    if (!format) return [];
    const minority = input.extraction.formatSignals.filter((s) => s.format !== format);
    if (minority.length === 0) return [];
    const names = [...new Set(minority.map((s) => `「${s.label}」`))];
    const { cells, labels } = signalLabels(minority);
    return [{
      messageId: 'mixed',
      data: { format: FORMAT_NAMES[format], other: FORMAT_NAMES[format === '2019' ? '2021' : '2019'], count: names.length, labels: names.join('、') },
      cells,
      labels,
    }];
  },
});
