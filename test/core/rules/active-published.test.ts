import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/active-published';
import { cellsOf, run, zeroActive } from './input';

describe('active-published', () => {
  it('passes when 对外公开总数量 ≥ 本年新公开数量', () => {
    expect(run(rule, { format: '2019', active: zeroActive('2019', { regulations: { newlyPublished: '13', totalPublished: '524' } }) })).toEqual([]);
  });
  it('warns when the total published is below this year\'s', () => {
    const [finding] = run(rule, { format: '2019', active: zeroActive('2019', { normativeDocuments: { newlyPublished: '60', totalPublished: '6' } }) });
    expect(finding!.message).toBe('规范性文件：对外公开总数量 6 < 本年新公开数量 60');
    expect(cellsOf(finding!)).toEqual(['active.normativeDocuments.newlyPublished', 'active.normativeDocuments.totalPublished']);
  });
});
