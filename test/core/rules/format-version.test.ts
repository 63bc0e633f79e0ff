import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/format-version';
import type { FormatSignal } from '../../../src/core/extract/tables';
import type { ActiveColumnKey, ActiveRowKey } from '../../../src/core/model/forms';
import { cellsOf, run } from './input';

const header = (text: string) => ({ tableIndex: 0, cell: { id: 0, text, row: 0, col: 0, rowSpan: 1, colSpan: 1, handle: null } });
const signal = (format: '2019' | '2021', row: ActiveRowKey, column: ActiveColumnKey, source = header(column)): FormatSignal => ({
  format, label: column, cells: [{ table: 'active', row, column }], source,
});

describe('format-version', () => {
  it('accepts the 2019 format for 2019 and 2020 reports and the 2021 format after', () => {
    expect(run(rule, { format: '2019', year: 2020 })).toEqual([]);
    expect(run(rule, { format: '2021', year: 2021 })).toEqual([]);
  });
  it('fails a 2022 report in the 2019 format, naming one cell under each 2019 header', () => {
    const previousYear = header('上一年项目数量');
    const signals = [signal('2019', 'licensing', 'previousYear', previousYear), signal('2019', 'penalty', 'previousYear', previousYear)];
    const [finding] = run(rule, { format: '2019', year: 2022, signals });
    expect(finding!.severity).toBe('error');
    expect(finding!.messageId).toBe('mismatch');
    expect(finding!.message).toBe('2022 年度报告应使用2021 年修订格式（国办公开办函〔2021〕30号），页面表格却是2019 年试行格式（国办公开办函〔2019〕60号）');
    expect(cellsOf(finding!)).toEqual(['active.licensing.previousYear']);
  });
  it('says nothing when the year or the format is unknown', () => {
    expect(run(rule, { format: '2019', year: null })).toEqual([]);
    expect(run(rule, { format: null, year: 2022 })).toEqual([]);
  });
});
