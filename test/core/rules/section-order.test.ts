import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/section-order';
import { run, SIX_SECTIONS } from './input';

const SIX = SIX_SECTIONS;

describe('section-order', () => {
  it('is silent on six sections in order', () => {
    expect(run(rule, { text: SIX })).toEqual([]);
  });
  it('reports a heading that appears twice (营前镇 2020: 二、 twice)', () => {
    const [f] = run(rule, { text: [SIX[0]!, SIX[1]!, '（一）2020年我镇共主动公开政府信息2027条。', SIX[1]!, ...SIX.slice(2)] });
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('第二部分的标题出现了 2 次：「二、主动公开政府信息情况」');
  });
  it('reports sections out of order', () => {
    const findings = run(rule, { text: [SIX[0]!, SIX[2]!, SIX[1]!, ...SIX.slice(3)] });
    expect(findings.map((f) => f.message)).toEqual(['「二、主动公开政府信息情况」排在「三、收到和处理政府信息公开申请情况」之后，顺序颠倒']);
  });
});
