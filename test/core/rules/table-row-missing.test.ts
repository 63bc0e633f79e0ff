import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/table-row-missing';
import { cellsOf, run } from './input';

describe('table-row-missing', () => {
  it('is silent without extraction issues', () => {
    expect(run(rule, {})).toEqual([]);
  });
  it('reports the rows extraction did not find, with their cells', () => {
    const [finding] = run(rule, {
      issues: [{ ruleId: 'table-row-missing', table: 'requests', message: '表三未找到 1 行：（五）2.重复申请', cells: [{ table: 'requests', row: 'notProcessed.duplicate', column: 'total' }] },
        { ruleId: 'table-row-misaligned', table: 'review', message: 'other kind', cells: [] }],
    });
    expect(finding!.message).toBe('表三未找到 1 行：（五）2.重复申请');
    expect(cellsOf(finding!)).toEqual(['requests.notProcessed.duplicate.total']);
  });
});
