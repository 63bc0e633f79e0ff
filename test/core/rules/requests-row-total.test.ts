import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/requests-row-total';
import { cellsOf, run, zeroRequests } from './input';

describe('requests-row-total', () => {
  it('passes when 总计 is the sum of the six applicant columns', () => {
    const requests = zeroRequests('2021', { newReceived: { naturalPerson: '7', otherOrg: '2', total: '9' } });
    expect(run(rule, { requests })).toEqual([]);
  });

  it('fails on a row, naming its seven cells', () => {
    const requests = zeroRequests('2021', { granted: { naturalPerson: '258', commercial: '12', total: '' } });
    const [finding] = run(rule, { requests });
    expect(finding!.messageId).toBe('mismatch');
    expect(finding!.message).toBe('（一）予以公开：六类申请人之和 270 ≠ 总计 空白，差 270；非零项：自然人 258、商业企业 12');
    expect(cellsOf(finding!)).toEqual(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((c) => `requests.granted.${c}`));
  });
});
