import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/text-review';
import { run, zeroReview } from './input';

// Shanghai 2019: 复议 5 维持 + 2 未审结 = 7; 诉讼 8 维持 + 1 未审结 = 9
const review = zeroReview({
  reconsideration: { upheld: '5', pending: '2', total: '7' },
  litigationDirect: { upheld: '8', pending: '1', total: '9' },
});

describe('text-review', () => {
  it('is silent when the counts agree and nothing contradicts "均获维持"', () => {
    expect(run(rule, { year: 2019, review, text: ['信息公开类行政复议7件，诉讼9件。'] })).toEqual([]);
    const allUpheld = zeroReview({ reconsideration: { upheld: '3', total: '3' } });
    expect(run(rule, { year: 2019, review: allUpheld, text: ['行政复议3件，均获维持。'] })).toEqual([]);
  });
  it('warns on "均获维持" when 表四 has cases not upheld, naming them (Shanghai 2019)', () => {
    const [f] = run(rule, { year: 2019, review, text: ['信息公开类行政复议7件，诉讼9件，均获维持，继续保持了零败诉的记录。'] });
    expect(f!.message).toContain('“均获维持”');
    expect(f!.message).toContain('有 3 件不是维持');
    expect(f!.cells.slice(1).map((c) => 'row' in c && `${c.row}.${c.column}`)).toEqual(['reconsideration.pending', 'litigationDirect.pending']);
  });
  it('warns when a count differs', () => {
    const [f] = run(rule, { year: 2019, review, text: ['全年发生行政复议5件。'] });
    expect(f!.message).toBe('正文说行政复议 5 件，表四为 7 件');
  });
  it('does not take a count of one result for the number of cases', () => {
    expect(run(rule, { year: 2019, review, text: ['被申请行政复议7件，经复议维持5件。'] })).toEqual([]);
  });
  it('reads "未发生因政府信息公开引起的行政复议"', () => {
    const [f] = run(rule, { year: 2019, review, text: ['本年度未发生因政府信息公开引起的行政复议。'] });
    expect(f!.message).toBe('正文说没有行政复议，表四行政复议总计为 7 件');
  });
  it('warns on "未发生行政复议" with cases in 表四, and not on a combined count', () => {
    const [f] = run(rule, { year: 2019, review, text: ['本年度未发生行政复议。'] });
    expect(f!.message).toBe('正文说没有行政复议，表四行政复议总计为 7 件');
    expect(run(rule, { year: 2019, review, text: ['行政复议和行政诉讼共16件。'] })).toEqual([]);
  });
});
