import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/table-missing';
import { run, zeroRequests, zeroReview } from './input';

describe('table-missing', () => {
  it('is silent when the three tables are there', () => {
    expect(run(rule, { active: {}, requests: zeroRequests('2021'), review: zeroReview() })).toEqual([]);
  });
  it('reports each missing table of a report', () => {
    const findings = run(rule, { requests: zeroRequests('2021') });
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', '页面上没有找到表二 主动公开政府信息情况'],
      ['error', '页面上没有找到表四 政府信息公开行政复议、行政诉讼情况'],
    ]);
  });
  it('says nothing on a page that is not a report', () => {
    expect(run(rule, { detected: false })).toEqual([]);
  });
});
