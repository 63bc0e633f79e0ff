import { describe, expect, it } from 'vitest';
import { placeActive } from '../../src/core/extract/place-active';
import { readSections } from '../../src/core/extract/sections';
import { streamOf } from '../helpers';
import { ACTIVE_2021_DOCUMENTS } from './drawn';

const rowsOf = (...tables: string[][][]) => readSections(streamOf(...tables)).active;
const values = (placed: ReturnType<typeof placeActive>) => placed.cells.all().map((c) => `${c.row}.${c.column}=${c.text}`);

describe('placeActive', () => {
  it('maps a row\'s values to its header\'s columns, each placed value a signal of the column\'s format', () => {
    const placed = placeActive(rowsOf(ACTIVE_2021_DOCUMENTS), null);
    expect(values(placed)).toEqual([
      'regulations.issued=1', 'regulations.repealed=0', 'regulations.inForce=5',
      'normativeDocuments.issued=2', 'normativeDocuments.repealed=1', 'normativeDocuments.inForce=9',
    ]);
    expect(placed.signals.map((s) => [s.format, s.label, s.cells.map((c) => c.column).join()])).toEqual([
      ['2021', '本年制发件数', 'issued'], ['2021', '本年废止件数', 'repealed'], ['2021', '现行有效件数', 'inForce'],
      ['2021', '本年制发件数', 'issued'], ['2021', '本年废止件数', 'repealed'], ['2021', '现行有效件数', 'inForce'],
      // the row label 行政规范性文件 is the 2021 format's, and names the row's cells
      ['2021', '行政规范性文件', 'issued,repealed,inForce'],
    ]);
    expect(placed.signals[0]!.source.cell.text).toBe('本年制发件数');
    expect(placed.issues).toEqual([]);
  });

  it('keeps each misprinted label it read, row or column, with the cells under it', () => {
    const placed = placeActive(rowsOf([['信息内容', '本年制发件数', '本年废止件数', '现行有效件效'], ['规章', '1', '0', '5'], ['行政规范性文件', '2', '1', '9'], ['行政规范姓文件', '0', '0', '1']]), null);
    expect(placed.wordings.map((w) => [w.printed, w.official, w.cells.map((c) => `${c.row}.${c.column}`).join()])).toEqual([
      ['现行有效件效', '现行有效件数', 'regulations.inForce'],
      ['现行有效件效', '现行有效件数', 'normativeDocuments.inForce'],
      ['现行有效件效', '现行有效件数', 'normativeDocuments.inForce'],
      ['行政规范姓文件', '行政规范性文件', 'normativeDocuments.issued,normativeDocuments.repealed,normativeDocuments.inForce'],
    ]);
  });

  it('takes no format signal from a misprinted (行政)规范性文件: "行正规范性文件" says nothing of 行政', () => {
    const placed = placeActive(rowsOf([...ACTIVE_2021_DOCUMENTS.slice(0, 3), ['行正规范性文件', '2', '1', '9']]), null);
    expect(values(placed)).toContain('normativeDocuments.inForce=9');
    expect(placed.signals.filter((s) => s.label.includes('规范'))).toEqual([]);
    expect(placed.wordings.map((w) => [w.printed, w.official])).toEqual([['行正规范性文件', '行政规范性文件']]);
  });

  it('skips the values under a column label of neither format, keeping the others in place', () => {
    const placed = placeActive(rowsOf([['信息内容', '本年制发件数', '备注', '现行有效件数'], ['规章', '1', 'x', '5']]), null);
    expect(values(placed)).toEqual(['regulations.issued=1', 'regulations.inForce=5']);
  });

  it('reports a row whose values do not fit its header, by its printed label, and reads none of them', () => {
    const placed = placeActive(rowsOf([...ACTIVE_2021_DOCUMENTS.slice(0, 2), ['规 章', '1', '0']]), null);
    expect(placed.cells.size).toBe(0);
    expect(placed.issues).toEqual([{ kind: 'valueCount', table: 'active', label: '规 章', values: 2, columns: 3, cells: [] }]);
  });

  it('reads rows before any header with the decided format\'s columns, or reports them when it has none', () => {
    const rows = rowsOf([['行政许可', '3', '1', '7'], ['其他对外管理服务事项', '0', '0', '0']]);
    expect(values(placeActive(rows, '2019'))).toEqual([
      'licensing.previousYear=3', 'licensing.change=1', 'licensing.decisions=7',
      'otherServices.previousYear=0', 'otherServices.change=0', 'otherServices.decisions=0',
    ]);
    expect(placeActive(rows, '2019').signals.map((s) => [s.format, s.label])).toEqual([['2019', '其他对外管理服务事项']]);
    const in2021 = placeActive(rows, '2021');
    expect(in2021.issues.map((i) => [i.kind, 'label' in i && i.label])).toEqual([['valueCount', '行政许可'], ['noHeader', '其他对外管理服务事项']]);
    expect(placeActive(rows, null).issues.map((i) => i.kind)).toEqual(['noHeader', 'noHeader']);
  });
});
