import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/section-count-claim';
import { run, SIX_SECTIONS } from './input';

const SIX = SIX_SECTIONS;

describe('section-count-claim', () => {
  it('is silent when the claim matches (六个部分, 6个部分)', () => {
    expect(run(rule, { text: ['本报告由“总体情况”“主动公开政府信息情况”等六个部分组成。', ...SIX] })).toEqual([]);
    expect(run(rule, { text: ['本报告共分6个部分：总体情况、主动公开政府信息情况。', ...SIX] })).toEqual([]);
  });
  it('warns when the claim differs (柴河镇 2019: 等五部分, six present)', () => {
    const [f] = run(rule, { text: ['内容包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等五部分，所列数据统计期限从2019年1月1日起至2019年12月31日止。', ...SIX] });
    expect(f!.message).toBe('正文说报告有 5 个部分，实际有 6 个部分的标题');
  });
  it('does not read 部分公开 as a count of parts', () => {
    expect(run(rule, { text: ['本年度包括予以公开3件、部分公开1件。', ...SIX] })).toEqual([]);
  });
});
