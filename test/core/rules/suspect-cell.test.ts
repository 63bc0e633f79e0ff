import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/suspect-cell';
import { cellsOf, run, zeroRequests, zeroReview } from './input';

/** 自然人 column of a small 2021 表三: 147 received, 109 + 38 handled. */
const requests = (overrides: Record<string, Record<string, string>> = {}) => zeroRequests('2021', {
  newReceived: { naturalPerson: '147', total: '147' },
  granted: { naturalPerson: '109', total: '109' },
  partiallyGranted: { naturalPerson: '38', total: '38' },
  total: { naturalPerson: '147', total: '147' },
  ...overrides,
});

describe('suspect-cell', () => {
  it('is silent when every identity holds', () => {
    expect(run(rule, { requests: requests(), review: zeroReview() })).toEqual([]);
  });

  it('names a blank cell and the value that makes the identities hold, with a fix', () => {
    const [finding] = run(rule, { requests: requests({ partiallyGranted: { naturalPerson: '', total: '38' } }) });
    expect(finding!.messageId).toBe('unique');
    expect(finding!.message).toBe('（二）部分公开·自然人 空白；若为 38，表三的 2 个等式全部成立');
    expect(finding!.cells).toEqual([{ table: 'requests', row: 'partiallyGranted', column: 'naturalPerson', text: '' }]);
    expect(finding!.fix).toEqual([{ cell: { table: 'requests', row: 'partiallyGranted', column: 'naturalPerson' }, value: 38 }]);
  });

  it('says when the printed number is the needed one mistyped', () => {
    const [finding] = run(rule, { requests: requests({ total: { naturalPerson: '174', total: '147' } }) });
    expect(finding!.message).toBe('（七）总计·自然人 印为 174；若为 147，表三的 3 个等式全部成立（174 与 147 相邻两位数字颠倒，疑为笔误）');
    expect(finding!.fix).toEqual([{ cell: { table: 'requests', row: 'total', column: 'naturalPerson' }, value: 147 }]);
  });

  it('lists the candidates of an ambiguous 表四 group and gives no fix', () => {
    const [finding] = run(rule, { review: zeroReview({ reconsideration: { upheld: '1', total: '3' } }) });
    expect(finding!.messageId).toBe('candidates');
    expect(finding!.fix).toBeUndefined();
    expect(cellsOf(finding!)).toEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review.reconsideration.${c}`));
    expect(finding!.message).toBe('表四有 1 个等式不成立，至少要改 1 个单元格，有 5 种同样可能的改法：'
      + '行政复议·结果维持 应为 3；或 行政复议·结果纠正 应为 2；或 行政复议·其他结果 应为 2；或 行政复议·尚未审结 应为 2；或 行政复议·总计 应为 1；无法断定是哪一种');
  });

  it('names the row when more than three cells would have to change', () => {
    const zeros = requests({
      granted: { naturalPerson: '100', commercial: '9', research: '1', otherOrg: '2', total: '112' },
      newReceived: { naturalPerson: '138', commercial: '9', research: '1', otherOrg: '2', total: '150' },
      total: { naturalPerson: '0', total: '0' },
    });
    const [finding] = run(rule, { requests: zeros });
    expect(finding!.messageId).toBe('unexplainedLine');
    expect(finding!.message).toBe('表三有 10 个等式不成立，改动 3 个以内的单元格无法使其全部成立；问题集中在（七）总计行');
    expect(cellsOf(finding!).every((c) => c.startsWith('requests.total.'))).toBe(true);
    expect(finding!.fix).toBeUndefined();
  });

  it('gives one finding per group of connected identities (表三 and each 表四 group apart)', () => {
    const findings = run(rule, {
      requests: requests({ granted: { naturalPerson: '110', total: '109' } }),
      review: zeroReview({ litigationDirect: { upheld: '2', corrected: '1', total: '0' } }),
    });
    expect(findings.map((f) => [f.messageId, f.fix?.map((x) => `${x.cell.row}.${x.cell.column}=${x.value}`)])).toEqual([
      ['unique', ['granted.naturalPerson=109']],
      ['unique', ['litigationDirect.total=3']],
    ]);
  });
});
