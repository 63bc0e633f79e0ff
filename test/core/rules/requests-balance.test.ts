import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/requests-balance';
import { cellsOf, run, zeroRequests } from './input';

describe('requests-balance', () => {
  it('passes when 本年新收 + 上年结转 = 总计 + 结转下年度 in every column', () => {
    const requests = zeroRequests('2021', {
      newReceived: { naturalPerson: '10', total: '10' }, carriedOver: { naturalPerson: '2', total: '2' },
      total: { naturalPerson: '9', total: '9' }, carriedForward: { naturalPerson: '3', total: '3' },
    });
    expect(run(rule, { requests })).toEqual([]);
  });

  it('fails per column, naming the four operands and writing the sums', () => {
    const requests = zeroRequests('2021', { newReceived: { total: '12' }, total: { total: '' } });
    const findings = run(rule, { requests });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.messageId).toBe('unbalanced');
    expect(findings[0]!.message).toBe('总计列：本年新收 + 上年结转 12 ≠ （七）总计 + 结转下年度 0，差 12（12 + 0 ≠ 0 + 0）');
    expect(cellsOf(findings[0]!)).toEqual(['requests.newReceived.total', 'requests.carriedOver.total', 'requests.total.total', 'requests.carriedForward.total']);
    expect(findings[0]!.cells[2]).toEqual({ table: 'requests', row: 'total', column: 'total', text: '' });
  });

  it('does not judge a column whose operand is text or missing', () => {
    const requests = zeroRequests('2021', { newReceived: { total: '12' }, total: { total: '不详' } });
    expect(run(rule, { requests })).toEqual([]);
    const missing = zeroRequests('2021', { newReceived: { total: '12' } });
    delete missing.carriedForward;
    expect(run(rule, { requests: missing })).toEqual([]);
  });

  it('is not applicable without 表三', () => {
    expect(run(rule, {})).toEqual([]);
  });
});
