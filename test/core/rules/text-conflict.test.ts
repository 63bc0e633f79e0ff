import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/text-conflict';
import { run } from './input';

describe('text-conflict', () => {
  it('is silent when a figure is stated once, or twice alike', () => {
    expect(run(rule, { year: 2021, text: ['截止目前，主动公开政府信息38条，其他方式公开政府信息15条。', '全年主动公开政府信息38条。'] })).toEqual([]);
  });
  it('warns when the same figure is stated twice differently (青石镇 2021: 38 vs 43 条)', () => {
    const [f] = run(rule, { year: 2021, text: ['截止目前，主动公开政府信息38条，其他方式公开政府信息15条。', '2021年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）43条。'] });
    expect(f!.message).toBe('主动公开政府信息数前后不一：先说 38 条，后说 43 条');
    expect(f!.cells.map((c) => 'quote' in c && c.quote.slice(0, 8))).toEqual(['截止目前，主动公', '2021年本行政']);
  });
  it('does not compare figures of different years or parts', () => {
    expect(run(rule, { year: 2020, text: ['2020年我镇共主动公开政府信息2027条。', '2019年主动公开政府信息1530条。'] })).toEqual([]);
    expect(run(rule, { year: 2020, text: ['共主动公开政府信息2027条。', '其中，主动公开政府信息200条涉及扶贫。'] })).toEqual([]);
  });
});
