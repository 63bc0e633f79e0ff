import { describe, expect, it } from 'vitest';
import { toGrid } from '../../src/core/extract/grid';
import { extractTables } from '../../src/core/extract/tables';
import { requestsRowsFor } from '../../src/core/model/forms';
import { drawnTable } from '../helpers';
import { REQUESTS_HEADER, REVIEW_HEADER, requestsRow } from './drawn';

const extract = (year: number | null, ...tables: string[][][]) => extractTables(tables.map((t) => toGrid(drawnTable(t))), year);
const zeros = (n: number) => Array<string>(n).fill('0');
const requests2019 = [...REQUESTS_HEADER, ...requestsRowsFor('2019').map((r) => requestsRow(r.label, ...zeros(7)))];

describe('extractTables', () => {
  it('judges no format where no table was read: the year alone is a hint, not the format', () => {
    expect(extract(2023, [['政府信息公开工作年度报告'], ['本机关', '2023年']]).format).toBeNull();
  });

  it('reads the three tables, decides the format from their labels, and names what is missing', () => {
    const e = extract(2021,
      [['第二十条第（五）项:1x4'], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '3', '1', '7']],
      requests2019,
      [...REVIEW_HEADER, zeros(15)],
    );
    expect(Object.keys(e.tables)).toEqual(['active', 'requests', 'review']);
    expect(e.tables.active!.cells.row('licensing').map((c) => c.value)).toEqual([3, 1, 7]);
    expect(e.tables.requests!.cells.size).toBe(7 * requestsRowsFor('2019').length);
    expect(e.tables.review!.cells.size).toBe(15);
    // three 2019 column labels and the 2019 （六） row outvote the report year
    expect(e.format).toBe('2019');
    expect(e.formatSignals.map((s) => s.label)).toEqual(['上一年项目数量', '本年增/减', '处理决定数量', '（六）其他处理']);
    // the label cell travels with each signal, to be marked in the page
    expect(e.formatSignals[0]!.source.cell.handle).toBe('上一年项目数量');
    expect(e.issues.map((i) => [i.kind, i.table, 'rows' in i ? i.rows.length : 0])).toEqual([['rowsMissing', 'active', 7]]);
  });

  it('reads 表二 rows printed before any header with the columns of the format the other tables show', () => {
    const e = extract(null, [['行政许可', '3', '1', '7'], ['行政处罚', '0', '0', '2']], requests2019);
    expect(e.format).toBe('2019');
    expect(e.tables.active!.cells.row('penalty').map((c) => `${c.column}=${c.value}`)).toEqual(['previousYear=0', 'change=0', 'decisions=2']);
  });

  it('has no table, no format and no issue on a page without the report\'s tables', () => {
    expect(extract(null, [['索引号', '2024-001'], ['发布机构', '某县人民政府']])).toEqual({ tables: {}, format: null, formatSignals: [], issues: [], wordings: [] });
  });
});
