import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/format-mixed';
import type { FormatSignal } from '../../../src/core/extract/tables';
import type { ActiveColumnKey, ActiveRowKey } from '../../../src/core/model/forms';
import { cellsOf, run } from './input';

const signal = (format: '2019' | '2021', label: string, row: ActiveRowKey, column: ActiveColumnKey): FormatSignal => ({
  format, label, cells: [{ table: 'active', row, column }],
  source: { tableIndex: 0, cell: { id: 0, text: label, row: 0, col: 0, rowSpan: 1, colSpan: 1, handle: null } },
});

describe('format-mixed', () => {
  it('is silent when every label belongs to the page\'s format', () => {
    expect(run(rule, { format: '2021', signals: [signal('2021', '本年制发件数', 'regulations', 'issued')] })).toEqual([]);
  });
  it('names the labels and cells of the other format', () => {
    const [finding] = run(rule, {
      format: '2021',
      signals: [signal('2021', '本年制发件数', 'regulations', 'issued'), signal('2019', '规范性文件', 'normativeDocuments', 'issued')],
    });
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toBe('表格为2021 年修订格式，但有1处标签属于2019 年试行格式：「规范性文件」');
    expect(cellsOf(finding!)).toEqual(['active.normativeDocuments.issued']);
  });
});
