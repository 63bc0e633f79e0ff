import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/cell-placeholder';
import { cellsOf, run, zeroRequests } from './input';

describe('cell-placeholder', () => {
  it('is silent on numbers and blanks', () => {
    expect(run(rule, { requests: zeroRequests('2021', { granted: { research: '' } }) })).toEqual([]);
  });
  it('lists "/", "—" and "无" with their text', () => {
    const [finding] = run(rule, { requests: zeroRequests('2021', { granted: { research: '/', otherOrg: '—' }, total: { research: '无' } }) });
    expect(finding!.severity).toBe('info');
    expect(cellsOf(finding!)).toEqual(['requests.granted.research', 'requests.granted.otherOrg', 'requests.total.research']);
    expect(finding!.cells.map((c) => 'text' in c && c.text)).toEqual(['/', '—', '无']);
  });
});
