import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/cell-blank';
import { cellsOf, run, zeroRequests, zeroReview } from './input';

describe('cell-blank', () => {
  it('is silent when every cell holds a number', () => {
    expect(run(rule, { requests: zeroRequests('2021'), review: zeroReview() })).toEqual([]);
  });
  it('lists every blank cell, one finding per table, with its printed text', () => {
    const findings = run(rule, {
      requests: zeroRequests('2021', { total: { naturalPerson: '', total: '\u00a0' } }),
      review: zeroReview({ litigationDirect: { other: '' } }),
    });
    expect(findings.map((f) => [f.severity, cellsOf(f)])).toEqual([
      ['warning', ['requests.total.naturalPerson', 'requests.total.total']],
      ['warning', ['review.litigationDirect.other']],
    ]);
    expect(findings[0]!.message).toBe('表三 收到和处理政府信息公开申请情况有 2 个空白单元格：（七）总计·自然人、（七）总计·总计');
    expect(findings[0]!.cells[0]).toMatchObject({ text: '' });
  });
  it('does not call a placeholder blank', () => {
    expect(run(rule, { requests: zeroRequests('2021', { granted: { research: '/' } }) })).toEqual([]);
  });
});
