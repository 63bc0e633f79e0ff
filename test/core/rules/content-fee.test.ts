import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/content-fee';
import { run, SIX_SECTIONS } from './input';

describe('content-fee', () => {
  it('is silent when the report states the fee, charged or not', () => {
    expect(run(rule, { format: '2021', text: [...SIX_SECTIONS, '2024年，无收取信息处理费情况。'] })).toEqual([]);
    expect(run(rule, { format: '2021', text: [...SIX_SECTIONS, '2023年度，县发展和改革局政府信息公开未发生收费情况。'] })).toEqual([]);
    expect(run(rule, { format: '2021', text: [...SIX_SECTIONS, '全年收取政府信息公开信息处理费 0 元。'] })).toEqual([]);
  });
  it('warns on a 2021-format report that says nothing about it', () => {
    const [f] = run(rule, { format: '2021', text: [...SIX_SECTIONS, '2021年青石镇已实现跨省通办。'] });
    expect(f!.message).toBe('报告没有说明本年度是否收取信息处理费');
    expect(f!.cells).toEqual([{ table: 'text', quote: '六、其他需要报告的事项' }]);
  });
  it('says nothing when the report\'s text is not readable on the page', () => {
    expect(run(rule, { format: '2021', text: ['附件：年度报告.pdf'] })).toEqual([]);
  });
  it('does not apply to the 2019 format', () => {
    expect(run(rule, { format: '2019', year: 2019, text: [...SIX_SECTIONS, '无。'] })).toEqual([]);
  });
});
