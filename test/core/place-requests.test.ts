import { describe, expect, it } from 'vitest';
import { placeRequests } from '../../src/core/extract/place-requests';
import { readSections } from '../../src/core/extract/sections';
import { streamOf } from '../helpers';
import { REQUESTS_HEADER, requestsRow } from './drawn';

const placedOf = (...rows: string[][]) => placeRequests(readSections(streamOf([...REQUESTS_HEADER, ...rows])).requests);
const rowValues = (placed: ReturnType<typeof placeRequests>, row: string) => placed.cells.all().filter((c) => c.row === row).map((c) => c.value);
const zeros = (n: number) => Array<number>(n).fill(0);

describe('placeRequests', () => {
  it('reads each labelled row\'s seven values into the applicant columns', () => {
    const placed = placedOf(requestsRow('一、本年新收政府信息公开申请数量', 1, 0, 0, 0, 0, 2, 3), requestsRow('（七）总计', 1, 0, 0, 0, 0, 2, 3));
    expect(placed.cells.all().slice(0, 7).map((c) => `${c.column}=${c.value}`)).toEqual([
      'naturalPerson=1', 'commercial=0', 'research=0', 'socialWelfare=0', 'legalService=0', 'otherOrg=2', 'total=3',
    ]);
    expect([placed.rowsRead, placed.issues, placed.signals]).toEqual([2, [], []]);
  });

  it('reads a label broken over two rows once, from the row that has the values', () => {
    const blanks = Array<string>(7).fill('');
    const tail = placedOf(requestsRow('3.补正后申请内容仍', 1, 0, 0, 0, 0, 0, 1), requestsRow('仍不明确', ...blanks));
    const head = placedOf(requestsRow('3.补正后申请内容', ...blanks), requestsRow('仍不明确', 1, 0, 0, 0, 0, 0, 1));
    for (const placed of [tail, head]) {
      expect(rowValues(placed, 'unavailable.unclear')).toEqual([1, 0, 0, 0, 0, 0, 1]);
      expect([placed.issues, placed.rowsRead]).toEqual([[], 1]);
    }
  });

  it('reads a label printed twice with values once, and says so', () => {
    const placed = placedOf(requestsRow('2.重复申请', ...zeros(7)), requestsRow('2.重复申请', 1, 0, 0, 0, 0, 0, 1));
    expect(rowValues(placed, 'notProcessed.duplicate')).toEqual(zeros(7));
    expect(placed.issues).toEqual([{ kind: 'rowTwice', table: 'requests', row: 'notProcessed.duplicate', cells: [] }]);
  });

  it('of two rows read under one label, reads the one printed as the form prints the row, and never the other in its place', () => {
    const trueRow = [2, 0, 0, 0, 0, 0, 2] as const;
    const misprintedFirst = placedOf(
      requestsRow('（一）部分公开', 5, 0, 0, 0, 0, 0, 5),
      requestsRow('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...trueRow),
      requestsRow('1.属于三类内部事务', 9, 0, 0, 0, 0, 0, 9),
      requestsRow('5.属于三类内部事务信息', 1, 0, 0, 0, 0, 0, 1),
    );
    expect(rowValues(misprintedFirst, 'partiallyGranted')).toEqual([...trueRow]);
    expect(rowValues(misprintedFirst, 'denied.internalAffairs')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rowValues(misprintedFirst, 'granted')).toEqual([]);
    expect(misprintedFirst.issues).toEqual([
      { kind: 'rowOutOfPlace', table: 'requests', row: 'partiallyGranted', printed: '（一）部分公开', cells: [] },
      { kind: 'rowOutOfPlace', table: 'requests', row: 'denied.internalAffairs', printed: '1.属于三类内部事务', cells: [] },
    ]);
    // the short form, printed with the row's own numbering, also wins over another numbering
    const short = placedOf(requestsRow('（二）部分公开', ...trueRow), requestsRow('（三）部分公开', 5, 0, 0, 0, 0, 0, 5));
    expect(rowValues(short, 'partiallyGranted')).toEqual([...trueRow]);
    expect(short.issues).toEqual([{ kind: 'rowOutOfPlace', table: 'requests', row: 'partiallyGranted', printed: '（三）部分公开', cells: [] }]);
  });

  it('does not move values printed beside their label\'s blank row, and names those blank rows', () => {
    const placed = placedOf(
      requestsRow('三、', 2, 0, 0, 0, 0, 0, 2),
      requestsRow('（一）予以公开', '', '', '', '', '', '', ''),
    );
    expect(rowValues(placed, 'granted')).toEqual(Array(7).fill(null));
    expect(placed.issues).toEqual([{
      kind: 'valuesBesideBlankRows', table: 'requests', rows: [{ label: '三、', values: ['2', '0', '0', '0', '0', '0', '2'] }], blankRows: ['granted'],
      cells: ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((column) => ({ table: 'requests', row: 'granted', column })),
    }]);
  });

  it('signals the 2021 format by （六）\'s sub-rows, and drops a blank 2019 （六） row standing above them as their group label', () => {
    const placed = placedOf(
      requestsRow('（六）其他处理', '', '', '', '', '', '', ''),
      requestsRow('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...zeros(7)),
      requestsRow('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...zeros(7)),
      requestsRow('3.其他', ...zeros(7)),
    );
    expect([...new Set(placed.cells.all().map((c) => c.row))]).toEqual(['other.noCorrection', 'other.unpaidFee', 'other.other']);
    expect(placed.signals.map((s) => [s.format, s.cells.length])).toEqual([['2019', 7], ['2021', 7], ['2021', 7], ['2021', 7]]);
  });

  it('reports a row whose values do not fit the header, by the format\'s label', () => {
    const placed = placedOf(requestsRow('2.重复 申请', 1, 0, 0));
    expect(placed.issues).toEqual([{ kind: 'headerMismatch', table: 'requests', label: '2.重复申请', values: 3, columns: 7, cells: [] }]);
  });
});
