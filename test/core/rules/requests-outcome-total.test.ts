import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/requests-outcome-total';
import { cellsOf, run, zeroRequests } from './input';

describe('requests-outcome-total', () => {
  it('passes when （七）总计 equals the outcome rows, 2021 sub-rows included', () => {
    const requests = zeroRequests('2021', {
      granted: { naturalPerson: '5' }, 'other.unpaidFee': { naturalPerson: '1' }, total: { naturalPerson: '6' },
    });
    expect(run(rule, { requests })).toEqual([]);
  });

  it('counts the single 2019 （六）其他处理 row', () => {
    const requests = zeroRequests('2019', { other: { commercial: '2' }, total: { commercial: '3' } });
    const [finding] = run(rule, { requests, format: '2019' });
    expect(finding!.message).toBe('商业企业列：各办理结果之和 2（0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 2）≠ （七）总计 3');
    expect(cellsOf(finding!)).toHaveLength(20);
    expect(cellsOf(finding!).at(-1)).toBe('requests.total.commercial');
  });

  it('treats a blank part as 0 and a blank total as 0', () => {
    const requests = zeroRequests('2021', { granted: { total: '4' }, partiallyGranted: { total: '' }, total: { total: '' } });
    const findings = run(rule, { requests });
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^总计列：各办理结果之和 4（4 \+ 0 .*≠ （七）总计 0$/)]);
  });
});
