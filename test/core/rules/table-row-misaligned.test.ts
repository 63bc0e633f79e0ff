import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/table-row-misaligned';
import missing from '../../../src/core/rules/table-row-missing';
import { cellsOf, run } from './input';
import { ISSUE_SAMPLES } from './issue-samples';

describe('table-row-misaligned', () => {
  it('is silent without extraction issues', () => {
    expect(run(rule, {})).toEqual([]);
  });

  it('words each kind of value that could not be placed, as a warning', () => {
    const findings = run(rule, { issues: Object.values(ISSUE_SAMPLES) });
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.message)).toEqual([
      '表二「规章」：该行有 2 个数值格，应为 3 个，未读取',
      '表三「（一）予以公开」：8 个数值格与表头 7 列对不上，未读取',
      '表三「（一）予以公开」：数值格跨越多列，无法与表头 7 列一一对应，未读取',
      '表四：该行有 16 个数值格，有数值落在表头各列之外，疑似整行错位，未读取',
      '表三「2.重复申请」出现两次，只读取第一次',
      '表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」出现两次：印作「（一）部分公开」的一行与该行的写法不符，其数值未读取，也不猜测它属于哪一行',
      '表四数据行之后还有一行数值（1 空 0），未读取',
      '表二「其他对外管理服务事项」没有可用的表头，未读取',
      '表三有数值落在没有对应标签的行上（「无标签」行：3 0），未读取',
      '表三有数值落在没有对应标签的行上（「三、」行：0 空），而 （一）予以公开、（二）部分公开 行为空：数值可能错行，未挪用',
    ]);
    expect(cellsOf(findings.at(-1)!)).toEqual(['requests.granted.total']);
  });

  it('leaves every kind of issue to exactly one of the two table-row rules', () => {
    for (const issue of Object.values(ISSUE_SAMPLES)) {
      const reported = [rule, missing].filter((r) => run(r, { issues: [issue] }).length === 1);
      expect(reported.map((r) => r.id), issue.kind).toHaveLength(1);
      expect(Object.keys(reported[0]!.messages)).toContain(issue.kind);
    }
  });
});
