import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/cell-not-number';
import { cellsOf, run, zeroReview } from './input';

describe('cell-not-number', () => {
  it('is silent on numbers, units and placeholders', () => {
    expect(run(rule, { review: zeroReview({ reconsideration: { upheld: '3件', other: '/' } }) })).toEqual([]);
  });
  it('reports text that holds no number as an error', () => {
    const [finding] = run(rule, { review: zeroReview({ reconsideration: { upheld: '不适用' } }) });
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toContain('行政复议·结果维持「不适用」');
    expect(cellsOf(finding!)).toEqual(['review.reconsideration.upheld']);
  });
});
