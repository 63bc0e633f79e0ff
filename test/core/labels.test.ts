import { describe, expect, it } from 'vitest';
import { matchActiveRow, matchRequestsRow, nearActiveRow } from '../../src/core/extract/labels';
import { splitRow } from '../../src/core/extract/row-stream';
import { streamOf } from '../helpers';

/** The parts of each row of a drawn table, split without a header. */
const partsOf = (rows: string[][]) => streamOf(rows).map((r) => splitRow(r, null));

describe('matchRequestsRow', () => {
  it('matches a row by its own label, with the group label spanning beside it', () => {
    const [first, second, third] = partsOf([['（三）不予公开:3x1', '1.属于国家秘密', '0'], ['2.其他法律行政法规 禁止公开', '0'], ['3.危及“三安全一稳定”', '0']]);
    expect([first, second, third].map((p) => matchRequestsRow(p!, true))).toEqual(['denied.stateSecret', 'denied.prohibitedByLaw', 'denied.safetyStability']);
  });

  it('reads generic labels ("总计", "其他") as 表三 rows only inside 表三', () => {
    const [total, other] = partsOf([['总计', '1'], ['3.其他', '0']]);
    expect([matchRequestsRow(total!, true), matchRequestsRow(other!, true)]).toEqual(['total', 'other.other']);
    expect([matchRequestsRow(total!, false), matchRequestsRow(other!, false)]).toEqual([null, null]);
  });

  it('matches on all of a row\'s own labels together when the last alone names no row', () => {
    const [row] = partsOf([['（七）', '总计', '5']]);
    expect(matchRequestsRow(row!, true)).toBe('total');
  });

  it('matches no 表三 row on labels of other tables', () => {
    expect(partsOf([['规章', '1'], ['行政复议', '0']]).map((p) => matchRequestsRow(p, true))).toEqual([null, null]);
  });
});

describe('matchActiveRow', () => {
  it('matches the rows of both formats', () => {
    expect(partsOf([['规章'], ['规范性文件'], ['行政规范性文件'], ['其他对外管理服务事项'], ['政府集中采购'], ['行政事业性收费']]).map(matchActiveRow))
      .toEqual(['regulations', 'normativeDocuments', 'normativeDocuments', 'otherServices', 'procurement', 'fees']);
  });

  it('matches a whole label only', () => {
    expect(partsOf([['行政许可证办理'], ['信息内容']]).map(matchActiveRow)).toEqual([null, null]);
  });
});

describe('nearActiveRow', () => {
  it('reads a label one character off the row of either format it is near', () => {
    expect(partsOf([['行政许诃'], ['行政事业收费'], ['其他对外管理服务事頂'], ['行政规范文件']]).map(nearActiveRow)).toEqual([
      { key: 'licensing', official: '行政许可' }, { key: 'fees', official: '行政事业性收费' },
      { key: 'otherServices', official: '其他对外管理服务事项' }, { key: 'normativeDocuments', official: '行政规范性文件' },
    ]);
  });

  it('reads no label near two rows, nor any of the short 规章', () => {
    expect(partsOf([['行政处可'], ['规草'], ['行政复议']]).map(nearActiveRow)).toEqual([null, null, null]);
  });
});
