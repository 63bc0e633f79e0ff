import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/text-percentage';
import { run } from './input';

const SHANGHAI = '答复政府信息公开申请805件。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。';

describe('text-percentage', () => {
  it('finds the share that does not fit the base the others share (Shanghai 2019: 258/805 = 32.0%)', () => {
    const [f] = run(rule, { text: [SHANGHAI] });
    expect(f!.severity).toBe('info');
    expect(f!.message).toBe('「258件占33.9%」：按同段其他比例共用的基数 805 计算应为 32.0%');
  });
  it('accepts truncated and rounded shares (营前镇 2020: 98%, 0.4%, 0.2% of 2027)', () => {
    expect(run(rule, { text: ['共主动公开政府信息2027条。工作动态类的信息2004条，占总体的比例为98%；人事信息9条，占总体的比例为0.4%；财经信息5条，占总体的比例为0.2%。'] })).toEqual([]);
  });
  it('stays silent without a base shared by most shares', () => {
    expect(run(rule, { text: ['予以公开10件，占50%；不予公开3件，占7%。'] })).toEqual([]);
  });
});
