import { describe, expect, it } from 'vitest';
import { layOutTables } from '../../src/core/export/official-layout';
import { toCsv, toMarkdown, toTsv } from '../../src/core/export/text-formats';
import { checkFixture } from '../helpers';

describe('official layouts', () => {
  const tables = layOutTables(checkFixture('seeds', '002_27ba472c7186d65d.html').extraction);
  const [active, requests, review] = tables;

  it('lays out 表二 of the 2019 format item by item', () => {
    expect(active!.rows.slice(0, 4)).toEqual([
      ['第二十条第（一）项', '', '', ''],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '0', '0', '0'],
    ]);
    expect(active!.rows.at(-1)).toEqual(['政府集中采购', '108', '310', '']);
  });

  it('lays out 表三 with the group labels on their first row, blanks where the page is blank', () => {
    expect(requests!.rows[3]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '1', '0', '0', '0', '0', '11', '12']);
    expect(requests!.rows[5]).toEqual(['三、本年度办理结果', '（一）予以公开', '', '1', '0', '0', '0', '0', '11', '12']);
    expect(requests!.rows[7]!.slice(0, 3)).toEqual(['', '（三）不予公开', '1.属于国家秘密']);
    expect(requests!.rows[8]!.slice(0, 3)).toEqual(['', '', '2.其他法律行政法规禁止公开']);
    expect(requests!.rows.at(-2)).toEqual(['', '（七）总计', '', '', '', '', '', '', '', '']);
    expect(requests!.rows).toHaveLength(3 + 23);
  });

  it('lays out 表四 as three header rows over fifteen numbers', () => {
    expect(review!.rows).toHaveLength(4);
    expect(review!.rows[3]).toEqual(['0', '0', '0', '1', '1', ...Array(10).fill('0')]);
  });
});

describe('serializations', () => {
  const tables = layOutTables(checkFixture('corpus', 'test-city-2025-clean.html').extraction);

  it('TSV: one line per row, tab-separated, tables under their titles', () => {
    const tsv = toTsv(tables);
    expect(tsv.split('\n')[0]).toBe('表二 主动公开政府信息情况');
    expect(tsv).toContain('\n规章\t3\t5\t74\n');
    expect(toTsv([tables[2]!]).split('\n')[3]!.split('\t')).toHaveLength(15);
  });

  it('CSV: UTF-8 BOM, CRLF, quoted fields where needed', () => {
    const csv = toCsv(tables);
    expect(csv.startsWith('\ufeff表二 主动公开政府信息情况\r\n')).toBe(true);
    expect(csv).toContain('\r\n规章,3,5,74\r\n');
    expect(toCsv([{ title: 't', rows: [['a,b', 'say "hi"']] }])).toBe('\ufeff"a,b","say ""hi"""\r\n');
  });

  it('Markdown: a pipe table per table with escaped pipes', () => {
    const md = toMarkdown(tables);
    expect(md).toContain('### 表三 收到和处理政府信息公开申请情况');
    expect(md).toContain('| 规章 | 3 | 5 | 74 |');
    expect(toMarkdown([{ title: 't', rows: [['h'], ['a|b']] }])).toBe('### t\n\n| h |\n| --- |\n| a\\|b |\n');
  });
});
