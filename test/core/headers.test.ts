import { describe, expect, it } from 'vitest';
import { headerColumns, headerOf, readActiveHeader, reviewHeaderColumns } from '../../src/core/extract/headers';
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

describe('reviewHeaderColumns', () => {
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

  it('keeps an unknown column label in its place, and starts at the first known label without 信息内容', () => {
    const header = readActiveHeader(streamOf([['', '上一年项目数量', '本年增/减', '备注']])[0]!)!;
    expect(header.columns.map((c) => c.key)).toEqual(['previousYear', 'change', null]);
    expect(header.firstValueColumn).toBe(1);
  });
});
