import { describe, expect, it } from 'vitest';
import rule, { deadlineFor } from '../../../src/core/rules/meta-publish-deadline';
import { run } from './input';

const published = (date: string) => [{ date, kind: 'publication' as const, quote: `发布日期：${date}` }];

describe('meta-publish-deadline', () => {
  it('gives departments 31 January and governments (or unknown bodies) 31 March', () => {
    expect(deadlineFor('沭阳县发展和改革局', 2023).date).toBe('2024-01-31');
    expect(deadlineFor('上海市人民政府办公厅', 2019).date).toBe('2020-01-31');
    expect(deadlineFor('淮安市洪泽区人民政府', 2024).date).toBe('2025-03-31');
    expect(deadlineFor('平潭综合实验区', 2024).date).toBe('2025-03-31');
    expect(deadlineFor(null, 2024).assumed).toContain('未能从标题判断');
  });
  it('is silent in time, and on a signature date alone', () => {
    expect(run(rule, { year: 2023, agency: '沭阳县发展和改革局', dates: published('2024-01-17') })).toEqual([]);
    expect(run(rule, { year: 2023, agency: '沭阳县发展和改革局', dates: [{ date: '2024-03-01', kind: 'signature', quote: '2024年3月1日' }] })).toEqual([]);
  });
  it('warns when a department publishes after 31 January, saying what it assumed', () => {
    const [f] = run(rule, { year: 2023, agency: '沭阳县发展和改革局', dates: published('2024-02-20') });
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('发布日期 2024-02-20 晚于 2024-01-31（按政府部门的报告判断，期限为次年 1 月 31 日）');
  });
  it('warns when a government publishes after 31 March', () => {
    const [f] = run(rule, { year: 2024, agency: '淮安市洪泽区人民政府', dates: published('2025-04-02') });
    expect(f!.message).toContain('晚于 2025-03-31');
  });
});
