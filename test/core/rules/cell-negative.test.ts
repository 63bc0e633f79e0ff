import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/cell-negative';
import { cellsOf, run, zeroActive, zeroRequests } from './input';

describe('cell-negative', () => {
  it('allows a negative 2019 本年增/减', () => {
    expect(run(rule, { format: '2019', active: zeroActive('2019', { licensing: { change: '-2' } }) })).toEqual([]);
  });
  it('reports a negative count', () => {
    const [finding] = run(rule, { requests: zeroRequests('2021', { carriedOver: { naturalPerson: '-1' } }) });
    expect(finding!.severity).toBe('error');
    expect(cellsOf(finding!)).toEqual(['requests.carriedOver.naturalPerson']);
  });
});
