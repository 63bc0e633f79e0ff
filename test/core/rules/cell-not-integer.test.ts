import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/cell-not-integer';
import { cellsOf, run, zeroActive, zeroRequests } from './input';

describe('cell-not-integer', () => {
  it('allows a decimal fee amount', () => {
    expect(run(rule, { active: zeroActive('2021', { fees: { amount: '18651.06' } }) })).toEqual([]);
  });
  it('reports a fractional count', () => {
    const [finding] = run(rule, { requests: zeroRequests('2021', { granted: { naturalPerson: '2.5' } }) });
    expect(finding!.severity).toBe('error');
    expect(cellsOf(finding!)).toEqual(['requests.granted.naturalPerson']);
  });
});
