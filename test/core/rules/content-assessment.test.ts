import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/content-assessment';
import { run, SIX_SECTIONS } from './input';

describe('content-assessment', () => {
  it('warns on a people\'s government report that states no results', () => {
    const [f] = run(rule, { agency: '柴河镇人民政府', text: [...SIX_SECTIONS, '二是制定信息工作考核办法，将其纳入工作考核。'] });
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('柴河镇人民政府的报告没有写明政府信息公开工作考核、社会评议和责任追究的结果情况');
  });
  it('reads the body from the text when the title names none (营前镇: 我镇)', () => {
    expect(run(rule, { agency: null, text: [...SIX_SECTIONS, '2020年，我镇严格按照条例规定推进工作。'] })).toHaveLength(1);
  });
  it('is silent when results are stated', () => {
    expect(run(rule, { agency: '淮安市洪泽区人民政府', text: [...SIX_SECTIONS, '全年未发生政府信息公开工作责任追究情况。'] })).toEqual([]);
    expect(run(rule, { agency: '某县人民政府', text: [...SIX_SECTIONS, '在全市政务公开考核中获评优秀。'] })).toEqual([]);
  });
  it('does not apply to departments', () => {
    expect(run(rule, { agency: '沭阳县发展和改革局', text: [...SIX_SECTIONS, '我局认真做好信息公开。'] })).toEqual([]);
  });
});
