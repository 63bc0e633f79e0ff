import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/review-group-total';
import { cellsOf, run, zeroReview } from './input';

describe('review-group-total', () => {
  it('passes when each group adds up', () => {
    expect(run(rule, { review: zeroReview({ reconsideration: { upheld: '5', pending: '2', total: '7' } }) })).toEqual([]);
  });

  it('fails a group whose total is short (洪泽 2023: 维持 10 + 纠正 1, 总计 0)', () => {
    const [finding] = run(rule, { review: zeroReview({ reconsideration: { upheld: '10', corrected: '1', total: '0' } }) });
    expect(finding!.messageId).toBe('mismatch');
    expect(finding!.message).toBe('行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11 ≠ 总计 0，差 11；非零项：结果维持 10、结果纠正 1');
    expect(cellsOf(finding!)).toEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review.reconsideration.${c}`));
  });
});
