import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/export/xlsx';
import { progressLine } from '../../src/cli/progress';

describe('the progress line', () => {
  it('shows the count, the rate, the time left and the current source', () => {
    expect(progressLine({ done: 120, total: 300, elapsed: 2000, current: 'reports/b.html' }, 120))
      .toBe('[████████░░░░░░░░░░░░] 120/300 · 60.0 份/秒 · 剩余 0:03 · reports/b.html');
  });
  it('keeps the end of a long source and fits the terminal', () => {
    const line = progressLine({ done: 1, total: 10, elapsed: 500, current: `${'平潭综合实验区/'.repeat(10)}2024年报告.html` }, 80);
    expect(displayWidth(line)).toBeLessThan(80);
    expect(line).toMatch(/· ….*2024年报告\.html$/);
  });
  it('says nothing of the time left before the first report, and drops the source when there is no room', () => {
    expect(progressLine({ done: 0, total: 10, elapsed: 0, current: 'a.html' }, 40)).toBe('[░░░░░░░░░░░░░░░░░░░░] 0/10 · 0.0 份/秒 · 剩余 —');
  });
});
