import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/cell-unit';
import { cellsOf, run, zeroActive } from './input';

describe('cell-unit', () => {
  it('is silent on bare numbers', () => {
    expect(run(rule, { format: '2019', active: zeroActive('2019', { procurement: { amount: '251000' } }) })).toEqual([]);
  });
  it('reports a unit written in the cell, keeping the number', () => {
    const [finding] = run(rule, { format: '2019', active: zeroActive('2019', { procurement: { amount: '251000元' } }) });
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toBe('表二 主动公开政府信息情况有 1 个单元格写了单位：政府集中采购·采购总金额「251000元」');
    expect(cellsOf(finding!)).toEqual(['active.procurement.amount']);
  });
});
