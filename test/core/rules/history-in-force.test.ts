import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/history-in-force';
import { cellsOf, runWithPrevious, snapshotFrom, zeroActive, type InputSpec } from './input';

type Row = Record<string, string>;
const report = (year: number, normativeDocuments: Row, more: InputSpec = {}): InputSpec => ({
  agency: '平潭综合实验区', year, format: '2021', active: zeroActive('2021', { normativeDocuments }), ...more,
});

describe('history-in-force', () => {
  // The real pair 平潭综合实验区 2021 → 2022: 665 in force, then 88 issued and 55 repealed, 698 in force.
  it('is silent when 现行有效 = last year’s + 制发 − 废止 (the real 2021 → 2022 figures of 平潭综合实验区)', () => {
    expect(runWithPrevious(rule, report(2022, { issued: '88', repealed: '55', inForce: '698' }), report(2021, { issued: '69', repealed: '3', inForce: '665' }))).toEqual([]);
  });

  it('warns with last year’s count, the arithmetic and its source, and says 清理 can explain it', () => {
    const previous = snapshotFrom(report(2021, { inForce: '665' }), 'https://www.example.gov.cn/2021.html');
    const [f, ...rest] = runWithPrevious(rule, report(2022, { issued: '88', repealed: '55', inForce: '731' }), previous);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('行政规范性文件：现行有效件数 731，而 2021 年报告的现行有效件数 665 + 本年制发 88 − 本年废止 55 = 698'
      + '（上年报告：https://www.example.gov.cn/2021.html）；文件清理、修改或到期失效也会改变现行有效件数，请核对');
    expect(cellsOf(f!)).toEqual(['active.normativeDocuments.inForce', 'active.normativeDocuments.issued', 'active.normativeDocuments.repealed']);
  });

  it('needs the 2021 format in both years and numbers in all four cells', () => {
    const before = report(2021, { inForce: '665' });
    const wrong = { issued: '88', repealed: '55', inForce: '731' };
    expect(runWithPrevious(rule, report(2022, wrong), { ...before, format: '2019', active: zeroActive('2019') })).toEqual([]);
    expect(runWithPrevious(rule, report(2022, { ...wrong, repealed: '' }), before)).toEqual([]);
    expect(runWithPrevious(rule, report(2022, wrong), report(2021, { inForce: '—' }))).toEqual([]);
  });

  it('compares only the same body and consecutive years', () => {
    const wrong = report(2022, { issued: '88', repealed: '55', inForce: '731' });
    expect(runWithPrevious(rule, wrong, report(2020, { inForce: '665' }))).toEqual([]);
    expect(runWithPrevious(rule, wrong, report(2021, { inForce: '665' }, { agency: '福州市人民政府' }))).toEqual([]);
  });
});
