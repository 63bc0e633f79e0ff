import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/section-missing';
import { run, SIX_SECTIONS } from './input';

const SIX = SIX_SECTIONS;

describe('section-missing', () => {
  it('is silent when the six sections are there, numbered or not, with their real-world variants', () => {
    expect(run(rule, { text: SIX })).toEqual([]);
    expect(run(rule, { text: ['一总体情况', '主动公开政府信息情况（有关情况附表）', '3、收到和处理政府信息公开申请情况', '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', '五、存在问题及整改措施', '六、其他需要报告的事项'] })).toEqual([]);
  });
  it('is silent when a heading is there, misprinted (the real 四、政府信息公开行政法复议、行政诉讼情况)', () => {
    expect(run(rule, { text: SIX.map((h) => h.replace('行政复议', '行政法复议')) })).toEqual([]);
  });
  it('names the missing section', () => {
    const [f] = run(rule, { text: SIX.filter((_, i) => i !== 4) });
    expect(f!.severity).toBe('error');
    expect(f!.message).toBe('没有找到第五部分：存在的主要问题及改进情况');
  });
  it('does not count sub-headings like （一）主动公开政府信息情况 as sections', () => {
    const [f] = run(rule, { text: ['一、总体情况', '（一）主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '六、其他需要报告的事项'] });
    expect(f!.message).toContain('第二、五部分');
  });
  it('stays silent when too few headings are readable to judge', () => {
    expect(run(rule, { text: ['一、总体情况', '六、其他需要报告的事项', '正文……'] })).toEqual([]);
  });
});
