import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/history-carryover';
import { cellsOf, run, runWithPrevious, snapshotFrom, zeroRequests, type InputSpec } from './input';

const lastYear = (carriedForward: Record<string, string>, more: InputSpec = {}): InputSpec => ({
  agency: '平潭综合实验区', year: 2021, requests: zeroRequests('2021', { carriedForward }), ...more,
});
const thisYear = (carriedOver: Record<string, string>, more: InputSpec = {}): InputSpec => ({
  agency: '平潭综合实验区', year: 2022, requests: zeroRequests('2021', { carriedOver }), ...more,
});

describe('history-carryover', () => {
  it('is silent when 上年结转 equals last year’s 结转下年度 in every column', () => {
    expect(runWithPrevious(rule, thisYear({ naturalPerson: '1', total: '1' }), lastYear({ naturalPerson: '1', total: '1' }))).toEqual([]);
  });

  it('names the columns, last year’s values and its source; the cells are this year’s', () => {
    const [f, ...rest] = runWithPrevious(rule, thisYear({}), snapshotFrom(lastYear({ naturalPerson: '1', total: '1' }), 'reports/2021.html'));
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('warning');
    expect(f!.messageId).toBe('differs');
    expect(f!.message).toBe('本年“二、上年结转”与 2021 年报告的“四、结转下年度继续办理”不一致：自然人 0（上年结转下年度 1）、总计 0（上年结转下年度 1）（上年报告：reports/2021.html）');
    expect(cellsOf(f!)).toEqual(['requests.carriedOver.naturalPerson', 'requests.carriedOver.total']);
  });

  it('matches the body with spaces and full-width forms folded', () => {
    const findings = runWithPrevious(rule, thisYear({}, { agency: '平潭 综合实验区（管委会）' }), lastYear({ total: '2' }, { agency: '平潭综合实验区(管委会)' }));
    expect(findings).toHaveLength(1);
  });

  it('compares only the same body and consecutive years', () => {
    expect(runWithPrevious(rule, thisYear({}), lastYear({ total: '2' }, { agency: '平潭综合实验区金井片区管理局' }))).toEqual([]);
    expect(runWithPrevious(rule, thisYear({}), lastYear({ total: '2' }, { year: 2020 }))).toEqual([]);
    expect(runWithPrevious(rule, thisYear({}), lastYear({ total: '2' }, { year: 2022 }))).toEqual([]);
    expect(runWithPrevious(rule, thisYear({}, { agency: null }), lastYear({ total: '2' }, { agency: null }))).toEqual([]);
    expect(runWithPrevious(rule, thisYear({}, { year: null }), lastYear({ total: '2' }))).toEqual([]);
  });

  it('does not compare a column where either year shows no number', () => {
    expect(runWithPrevious(rule, thisYear({ total: '' }), lastYear({ total: '2' }))).toEqual([]);
    expect(runWithPrevious(rule, thisYear({ total: '3' }), lastYear({ total: '/' }))).toEqual([]);
    expect(runWithPrevious(rule, thisYear({ total: '3' }), { agency: '平潭综合实验区', year: 2021 })).toEqual([]);
  });

  it('is not applicable without this year’s 表三, and silent without a previous report', () => {
    expect(runWithPrevious(rule, { agency: '平潭综合实验区', year: 2022 }, lastYear({ total: '2' }))).toEqual([]);
    expect(run(rule, thisYear({}))).toEqual([]);
  });
});
