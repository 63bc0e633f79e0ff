import { describe, expect, it } from 'vitest';
import { headerColumns, headerOf, readActiveHeader, requestsHeaderColumns, reviewHeaderColumns } from '../../src/core/extract/headers';
import { REQUESTS_COLUMNS } from '../../src/core/model/forms';
import { streamOf } from '../helpers';
import { ACTIVE_2021_DOCUMENTS, REQUESTS_HEADER, REVIEW_HEADER, requestsRow } from './drawn';

describe('headerOf', () => {
  it('tells the three tables\' header rows from data rows', () => {
    const rows = streamOf([...REQUESTS_HEADER, requestsRow('一、本年新收政府信息公开申请数量', 1, 0, 0, 0, 0, 0, 1)], REVIEW_HEADER, ACTIVE_2021_DOCUMENTS);
    expect(rows.map((r) => headerOf(r))).toEqual([
      'requests', 'requests', 'requests', null,
      // 表四's third row names results only: the section takes it as a header row (no numbers)
      'review', 'review', null,
      'active', 'active', null, null,
    ]);
  });

  it('does not take a 表三 data row naming 自然人 for the header', () => {
    const [row] = streamOf([['本年新收', '自然人', '3']]);
    expect(headerOf(row!)).toBeNull();
  });
});

describe('headerColumns', () => {
  it('finds where each 表三 column starts, left to right', () => {
    expect(headerColumns(streamOf(REQUESTS_HEADER), REQUESTS_COLUMNS)?.map((h) => `${h.key}@${h.col}`)).toEqual([
      'naturalPerson@3', 'commercial@4', 'research@5', 'socialWelfare@6', 'legalService@7', 'otherOrg@8', 'total@9',
    ]);
  });

  it('is null when a column is not named', () => {
    expect(headerColumns(streamOf(REQUESTS_HEADER.slice(0, 2)), REQUESTS_COLUMNS)).toBeNull();
  });
});

describe('requestsHeaderColumns', () => {
  const header = (...leaves: string[]) => [REQUESTS_HEADER[0]!, [`${leaves[0]}:2x1`, '法人或其他组织:1x5', `${leaves[6]}:2x1`], leaves.slice(1, 6)];
  const read = (...leaves: string[]) => requestsHeaderColumns(streamOf(header(...leaves)))?.map((c) => [c.key, c.col, c.wording ?? null]);

  it('reads a misprinted column label as the one it is near, or by its place between the columns found', () => {
    expect(read('自然人', '商业企来', '科研机构', '社会公益组织', '法律服务机构', '其它', '总计')).toEqual([
      ['naturalPerson', 3, null],
      ['commercial', 4, { printed: '商业企来', official: '商业企业', byPlace: false }],
      ['research', 5, null], ['socialWelfare', 6, null], ['legalService', 7, null],
      ['otherOrg', 8, { printed: '其它', official: '其他', byPlace: true }],
      ['total', 9, null],
    ]);
    expect(read('自然入', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计')![0]).toEqual(['naturalPerson', 3, { printed: '自然入', official: '自然人', byPlace: true }]);
  });

  it('finds no columns where a label fits neither its wording nor its place', () => {
    expect(read('自然人', '商业企业', '单位', '社会公益组织', '法律服务机构', '其他', '总计')).toBeUndefined();
  });
});

describe('reviewHeaderColumns', () => {
  it('reads results broken over two header rows ("结" / "果维持") whole, and a misprinted one as its column', () => {
    const split = [
      ['行政复议:1x5', '行政诉讼:1x10'],
      ['结', '结', '其', '尚', '总计:2x1', '未经复议直接起诉:1x5', '复议后起诉:1x5'],
      ['果维持', '果纠正', '他结果', '未审结', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维护', '结果纠正', '其他结果', '尚未审结', '总计'],
    ];
    const columns = reviewHeaderColumns(streamOf(split))!;
    expect(columns.map((c) => c.col)).toEqual([...Array(15).keys()]);
    expect(columns.flatMap((c) => (c.wording ? [[c.key, c.wording]] : []))).toEqual([[10, { printed: '结果维护', official: '结果维持', byPlace: false }]]);
  });

  it('numbers the 15 leaf cells of 表四 in printed order', () => {
    const columns = reviewHeaderColumns(streamOf(REVIEW_HEADER))!;
    expect(columns.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(columns.map((c) => c.key)).toEqual([...Array(15).keys()]);
  });

  it('is null when the header does not spell every result out', () => {
    expect(reviewHeaderColumns(streamOf(REVIEW_HEADER.slice(0, 2)))).toBeNull();
  });
});

describe('readActiveHeader', () => {
  it('reads the columns after 信息内容 with their format', () => {
    const header = readActiveHeader(streamOf(ACTIVE_2021_DOCUMENTS)[1]!)!;
    expect(header.columns.map((c) => [c.key, c.format])).toEqual([['issued', '2021'], ['repealed', '2021'], ['inForce', '2021']]);
    expect(header.firstValueColumn).toBe(1);
  });

  it('reads a misprinted column label as the one it is near, with the form\'s label; a unit note is no misprint', () => {
    const header = readActiveHeader(streamOf([['信息内容', '本年新制做数量', '本年新公开 数量', '对外公开总数', '采购总金额（元）', '本年制止件数']])[0]!)!;
    expect(header.columns.map((c) => [c.key, c.official ?? null])).toEqual([
      ['newlyMade', '本年新制作数量'], ['newlyPublished', null], ['totalPublished', '对外公开总数量'], ['amount', null],
      // one edit from 本年制发件数 and from 本年废止件数: neither
      [null, null],
    ]);
  });

  it('reads a misprint as the label it is near even where another label\'s pattern matches it; a unit the form prints is put aside on both sides', () => {
    const header = readActiveHeader(streamOf([['信息内容', '本念处理决定数量', '本年收费今额（单位：万元）', '本收年费金额（单位：万元）']])[0]!)!;
    expect(header.columns.map((c) => [c.key, c.format, c.official ?? null])).toEqual([
      ['decisions', '2021', '本年处理决定数量'],
      ['amount', '2021', '本年收费金额（单位：万元）'],
      ['amount', '2021', '本年收费金额（单位：万元）'],
    ]);
    // printed as the 2019 form prints it, it stays 2019's
    expect(readActiveHeader(streamOf([['信息内容', '处理决定数量']])[0]!)!.columns.map((c) => [c.format, c.official ?? null])).toEqual([['2019', null]]);
  });

  it('takes a different unit for a misprint where the form prints one', () => {
    const header = readActiveHeader(streamOf([['信息内容', '本年收费金额（单位：元）', '本年收费金额 (单位：万元)']])[0]!)!;
    expect(header.columns.map((c) => c.official ?? null)).toEqual(['本年收费金额（单位：万元）', null]);
  });

  it('keeps an unknown column label in its place, and starts at the first known label without 信息内容', () => {
    const header = readActiveHeader(streamOf([['', '上一年项目数量', '本年增/减', '备注']])[0]!)!;
    expect(header.columns.map((c) => c.key)).toEqual(['previousYear', 'change', null]);
    expect(header.firstValueColumn).toBe(1);
  });
});
