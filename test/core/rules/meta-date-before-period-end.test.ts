import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/meta-date-before-period-end';
import { run } from './input';

describe('meta-date-before-period-end', () => {
  it('accepts dates after the period (the next January)', () => {
    expect(run(rule, { year: 2020, dates: [{ date: '2021-01-26', kind: 'signature', quote: '2021年1月26日' }] })).toEqual([]);
  });
  it('fails a signature before 31 December of the reported year (青石镇: 2021年12月10日)', () => {
    const [f] = run(rule, { year: 2021, dates: [{ date: '2021-12-10', kind: 'signature', quote: '2021年12月10日' }] });
    expect(f!.severity).toBe('error');
    expect(f!.message).toBe('落款日期 2021-12-10 早于 2021 年度统计期的结束日 2021-12-31');
    expect(f!.cells).toEqual([{ table: 'text', quote: '2021年12月10日' }]);
  });
  it('says nothing without a report year', () => {
    expect(run(rule, { year: null, dates: [{ date: '2021-12-10', kind: 'publication', quote: 'x' }] })).toEqual([]);
  });
});
