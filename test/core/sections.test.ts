import { describe, expect, it } from 'vitest';
import { readSections, type Sections } from '../../src/core/extract/sections';
import { streamOf } from '../helpers';
import { ACTIVE_2021_DOCUMENTS, REQUESTS_HEADER, REVIEW_HEADER, requestsRow } from './drawn';

const cellTexts = (cells: { cell: { text: string } }[]) => cells.map((c) => c.cell.text);
/** Each table's rows as "key: values" (表四: its data row and the rows after it). */
function summary(s: Sections) {
  return {
    active: s.active.map((r) => `${r.key}${r.header ? '' : ' (no header)'}: ${cellTexts(r.parts.values).join(' ')}`),
    requests: s.requests.map((r) => `${r.key ?? '?'}: ${cellTexts(r.parts.values).join(' ')}`),
    review: s.review.data && cellTexts(s.review.data.values).join(' '),
    extra: s.review.extra.map((v) => cellTexts(v).join(' ')),
    headerSeen: s.headerSeen,
  };
}
const zeros = (n: number) => Array<string>(n).fill('0');

describe('readSections', () => {
  it('sorts the rows of the three tables, 表三\'s unlabelled values and 表四\'s one data row', () => {
    const sections = readSections(streamOf(
      ACTIVE_2021_DOCUMENTS,
      [...REQUESTS_HEADER, requestsRow('一、本年新收政府信息公开申请数量', 1, 0, 0, 0, 0, 0, 1), requestsRow('三、', ...zeros(7)), requestsRow('（七）总计', 1, 0, 0, 0, 0, 0, 1)],
      [...REVIEW_HEADER, [...zeros(14), '1'], ['1', '2']],
    ));
    expect(summary(sections)).toEqual({
      active: ['regulations: 1 0 5', 'normativeDocuments: 2 1 9'],
      requests: ['newReceived: 1 0 0 0 0 0 1', `?: ${zeros(7).join(' ')}`, 'total: 1 0 0 0 0 0 1'],
      review: `${zeros(14).join(' ')} 1`,
      extra: ['1 2'],
      headerSeen: { active: true, requests: true, review: true },
    });
    expect(sections.requests[0]!.header?.map((h) => h.col)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(sections.review.data!.headerRows).toHaveLength(3);
  });

  it('keeps 表二 rows printed before any header, for the format\'s columns to decide', () => {
    expect(summary(readSections(streamOf([['行政许可', '3'], ['行政处罚', '2']]))).active).toEqual(['licensing (no header): 3', 'penalty (no header): 2']);
  });

  it('follows 表三 over a page break into the next <table>, but not 表四 past its data row', () => {
    const sections = readSections(streamOf(
      [...REQUESTS_HEADER, requestsRow('一、本年新收政府信息公开申请数量', ...zeros(7))],
      [requestsRow('（七）总计', ...zeros(7))],
      [...REVIEW_HEADER, zeros(15)],
      [['索引号', '2024'], ['1', '2']],
    ));
    expect(summary(sections).requests).toEqual([`newReceived: ${zeros(7).join(' ')}`, `total: ${zeros(7).join(' ')}`]);
    expect(summary(sections).extra).toEqual([]);
  });

  it('reads 表四\'s row of numbers from the <table> after the one holding its header', () => {
    expect(summary(readSections(streamOf(REVIEW_HEADER, [zeros(15)]))).review).toBe(zeros(15).join(' '));
  });

  it('reads a row with a 表二 row label as data, beside a header word (the item label spanning on the left)', () => {
    const sections = readSections(streamOf([['第二十条第（一）项:2x1', '规章', '1', '0', '5'], ['行政规范性文件', '2', '1', '9']]));
    expect(summary(sections).active).toEqual(['regulations (no header): 1 0 5', 'normativeDocuments (no header): 2 1 9']);
  });

  it('reads a misprinted 表二 row label inside 表二 only', () => {
    const sections = readSections(streamOf([...ACTIVE_2021_DOCUMENTS, ['行政规范姓文件', '1', '0', '2']], [['行政规范姓文件', '1', '0', '2']]));
    expect(sections.active.map((r) => [r.key, r.official ?? null])).toEqual([
      ['regulations', null], ['normativeDocuments', null], ['normativeDocuments', '行政规范性文件'],
    ]);
  });

  it('takes "总计" for a 表三 row only in 表三', () => {
    expect(summary(readSections(streamOf([['总计', '3']]))).requests).toEqual([]);
  });
});
