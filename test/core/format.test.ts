import { describe, expect, it } from 'vitest';
import { decideFormat, type FormatSignal } from '../../src/core/extract/format';
import type { Format } from '../../src/core/model/forms';

const signals = (...formats: Format[]): FormatSignal[] => formats.map((format) => ({
  format, label: '', cells: [], source: { tableIndex: 0, cell: { id: 0, text: '', row: 0, col: 0, rowSpan: 1, colSpan: 1, handle: null } },
}));

describe('decideFormat', () => {
  it('takes the format most labels belong to, whatever the year', () => {
    expect(decideFormat(signals('2019', '2019', '2021'), 2023)).toBe('2019');
    expect(decideFormat(signals('2021', '2019', '2021'), 2020)).toBe('2021');
  });

  it('breaks a tie, or no signal at all, by the report year', () => {
    expect(decideFormat(signals('2019', '2021'), 2020)).toBe('2019');
    expect(decideFormat(signals(), 2022)).toBe('2021');
    expect(decideFormat(signals(), null)).toBeNull();
  });
});
