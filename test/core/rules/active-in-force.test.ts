import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/active-in-force';
import { cellsOf, run, zeroActive } from './input';

describe('active-in-force', () => {
  it('passes when 现行有效 ≥ 制发 − 废止', () => {
    expect(run(rule, { active: zeroActive('2021', { normativeDocuments: { issued: '62', repealed: '33', inForce: '440' } }) })).toEqual([]);
  });
  it('warns when fewer documents are in force than were issued net of repeals', () => {
    const [finding] = run(rule, { active: zeroActive('2021', { regulations: { issued: '8', repealed: '1', inForce: '5' } }) });
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toBe('规章：现行有效件数 5 < 本年制发件数 − 本年废止件数 = 8 − 1 = 7');
    expect(cellsOf(finding!)).toEqual(['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.inForce']);
  });
});
