import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/requests-outcome-total';
import { cellsOf, run, zeroRequests } from './input';

describe('requests-outcome-total', () => {
  it('passes when （七）总计 equals the outcome rows, 2021 sub-rows included', () => {
    const requests = zeroRequests('2021', {
      granted: { naturalPerson: '5' }, 'other.unpaidFee': { naturalPerson: '1' }, total: { naturalPerson: '6' },
    });
    expect(run(rule, { requests })).toEqual([]);
  });

  it('counts the single 2019 （六）其他处理 row', () => {
    const requests = zeroRequests('2019', { other: { commercial: '2' }, total: { commercial: '3' } });
    const [finding] = run(rule, { requests, format: '2019' });
    // the message names only the parts that are not zero; the finding keeps all 19 of them and the total
    expect(finding!.messageId).toBe('mismatch');
    expect(finding!.message).toBe('商业企业列：各办理结果之和 2 ≠ （七）总计 3，差 1；非零项：（六）其他处理 2');
    expect(cellsOf(finding!)).toHaveLength(20);
    expect(cellsOf(finding!).at(-1)).toBe('requests.total.commercial');
  });

  it('treats a blank part as 0 and a blank total as 0', () => {
    const requests = zeroRequests('2021', { granted: { total: '4' }, partiallyGranted: { total: '' }, total: { total: '' } });
    const findings = run(rule, { requests });
    expect(findings.map((f) => f.message)).toEqual(['总计列：各办理结果之和 4 ≠ （七）总计 空白，差 4；非零项：（一）予以公开 4']);
  });

  it('says so when every part is 0 or blank', () => {
    const requests = zeroRequests('2021', { total: { naturalPerson: '3', total: '3' }, newReceived: { naturalPerson: '3', total: '3' } });
    expect(run(rule, { requests }).map((f) => f.message)).toEqual([
      '自然人列：各办理结果之和 0 ≠ （七）总计 3，差 3；各项均为 0 或空白', '总计列：各办理结果之和 0 ≠ （七）总计 3，差 3；各项均为 0 或空白',
    ]);
  });

  it('does not judge a column when an outcome row of （一）–（五） is missing (a lost row is no failed sum)', () => {
    const requests = zeroRequests('2021', { granted: { naturalPerson: '2' }, total: { naturalPerson: '2' } });
    delete requests['denied.prohibitedByLaw'];
    requests.total!.naturalPerson = '5';
    expect(run(rule, { requests })).toEqual([]);
  });
});
