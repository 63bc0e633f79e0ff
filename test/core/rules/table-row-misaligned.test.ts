import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/table-row-misaligned';
import { cellsOf, run } from './input';

describe('table-row-misaligned', () => {
  it('is silent without extraction issues', () => {
    expect(run(rule, {})).toEqual([]);
  });
  it('reports values extraction could not place, as a warning', () => {
    const [finding] = run(rule, {
      issues: [{ ruleId: 'table-row-misaligned', table: 'requests', message: '表三有数值落在没有对应标签的行上', cells: [{ table: 'requests', row: 'granted', column: 'total' }] }],
    });
    expect(finding!.severity).toBe('warning');
    expect(cellsOf(finding!)).toEqual(['requests.granted.total']);
  });
});
