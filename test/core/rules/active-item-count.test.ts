import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/active-item-count';
import { cellsOf, run, zeroActive } from './input';

describe('active-item-count', () => {
  it('passes a signed change that leaves a non-negative count', () => {
    expect(run(rule, { format: '2019', active: zeroActive('2019', { licensing: { previousYear: '10', change: '-3' } }) })).toEqual([]);
  });
  it('fails when the change takes the count below zero', () => {
    const [finding] = run(rule, { format: '2019', active: zeroActive('2019', { penalty: { previousYear: '2', change: '-5' } }) });
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toBe('行政处罚：上一年项目数量 + 本年增/减 = 2 + (-5) = -3 < 0');
    expect(cellsOf(finding!)).toEqual(['active.penalty.previousYear', 'active.penalty.change']);
  });
});
