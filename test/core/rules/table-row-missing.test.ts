import { describe, expect, it } from 'vitest';
import type { ExtractionIssue } from '../../../src/core/extract/issues';
import type { ActiveRowKey } from '../../../src/core/model/forms';
import rule from '../../../src/core/rules/table-row-missing';
import { cellsOf, run } from './input';
import { ISSUE_SAMPLES } from './issue-samples';

describe('table-row-missing', () => {
  it('is silent without extraction issues', () => {
    expect(run(rule, {})).toEqual([]);
  });

  it('reports the rows extraction did not find, with their cells', () => {
    const [finding, ...rest] = run(rule, { issues: [ISSUE_SAMPLES.rowsMissing, ISSUE_SAMPLES.extraReviewRow] });
    expect(rest).toEqual([]);
    expect(finding!.message).toBe('表三未找到 1 行：（五）2.重复申请');
    expect(cellsOf(finding!)).toEqual(['requests.notProcessed.duplicate.total']);
  });

  it('names 表二 rows by the label of the page\'s format', () => {
    const issue = (rows: ActiveRowKey[]): ExtractionIssue => ({ kind: 'rowsMissing', table: 'active', rows, cells: [] });
    expect(run(rule, { format: '2019', issues: [issue(['normativeDocuments', 'procurement'])] })[0]!.message).toBe('表二未找到 2 行：规范性文件、政府集中采购');
    expect(run(rule, { format: '2021', issues: [issue(['normativeDocuments'])] })[0]!.message).toBe('表二未找到 1 行：行政规范性文件');
  });

  it('names the cells missing from rows that were read', () => {
    expect(run(rule, { format: '2019', issues: [ISSUE_SAMPLES.cellsMissing] })[0]!.message).toBe('表二按格式应有的 2 个单元格没有读到：规章·本年新制作数量、规范性文件·本年新制作数量');
  });

  it('reports 表四 without its row of values', () => {
    expect(run(rule, { issues: [ISSUE_SAMPLES.noDataRow] })[0]!.message).toBe('表四只有表头，没有找到数据行');
  });
});
