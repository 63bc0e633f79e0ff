import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/meta-period';
import { run } from './input';

describe('meta-period', () => {
  it('accepts the calendar year however it is written', () => {
    expect(run(rule, { year: 2025, text: ['本报告中所列数据统计期限为2025年1月1日至12月31日。'] })).toEqual([]);
    expect(run(rule, { year: 2024, text: ['报告中所列数据统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。'] })).toEqual([]);
    expect(run(rule, { year: 2021, text: ['所列数据截止日期为2021年12月31日，电子版可下载。'] })).toEqual([]);
  });
  it('warns on a period that is not the report year', () => {
    const [f] = run(rule, { year: 2019, text: ['本报告所列数据统计期限从2019年1月1日到11月30日止。'] });
    expect(f!.message).toBe('写明的统计期限为 2019-01-01 至 2019-11-30，应为 2019-01-01 至 2019-12-31');
    const [g] = run(rule, { year: 2021, text: ['所列数据截止日期为2021年12月10日。'] });
    expect(g!.message).toBe('写明的数据截止日期为 2021-12-10，应为 2021-12-31');
  });
  it('does not read a milestone date in the prose as the period', () => {
    expect(run(rule, { year: 2021, text: ['截止2021年6月30日，已完成全部网站整改。'] })).toEqual([]);
  });
});
