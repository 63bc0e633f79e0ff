import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/section-numbering';
import { run, SIX_SECTIONS } from './input';

const SIX = SIX_SECTIONS;

describe('section-numbering', () => {
  it('is silent on 一、 to 六、', () => {
    expect(run(rule, { text: SIX })).toEqual([]);
  });
  it('notes a missing numeral, an Arabic numeral and a dash typed for 一', () => {
    const [f] = run(rule, { text: ['—、总体情况', '主动公开政府信息情况', '3、 收到和处理政府信息公开申请情况', ...SIX.slice(3)] });
    expect(f!.severity).toBe('info');
    expect(f!.cells).toEqual([
      { table: 'text', quote: '—、总体情况' }, { table: 'text', quote: '主动公开政府信息情况' }, { table: 'text', quote: '3、 收到和处理政府信息公开申请情况' },
    ]);
    expect(f!.message).toContain('「主动公开政府信息情况」应为「二、」（无序号）');
  });
});
