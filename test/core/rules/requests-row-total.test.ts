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
    expect(finding!.message).toBe('（一）予以公开：自然人至其他六列之和 270（258 + 12 + 0 + 0 + 0 + 0）≠ 总计 0');
    expect(cellsOf(finding!)).toEqual(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((c) => `requests.granted.${c}`));
  });
});
