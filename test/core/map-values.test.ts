import { describe, expect, it } from 'vitest';
import { mapValues } from '../../src/core/extract/map-values';
import { splitRow } from '../../src/core/extract/row-stream';
import { streamOf } from '../helpers';

/** The value cells of a one-row table. */
const values = (row: string[]) => splitRow(streamOf([row])[0]!, null).values;
const header = (...cols: number[]) => cols.map((col, key) => ({ key, col, colSpan: 1 }));
const read = (mapping: ReturnType<typeof mapValues<number>>) => mapping.mapped.map(({ key, cell }) => `${key}=${cell.cell.text}`);

describe('mapValues', () => {
  it('maps by order when the counts agree, after dropping blank cells the page added at the end', () => {
    const mapping = mapValues(values(['规章', '1', '0', '5', '', '']), [0, 1, 2], null);
    expect(read(mapping)).toEqual(['0=1', '1=0', '2=5']);
  });

  it('reports a count that differs, with both counts, when there is no header to go by', () => {
    expect(mapValues(values(['规章', '1', '0']), [0, 1, 2], null).problem).toEqual({ kind: 'valueCount', values: 2, columns: 3 });
  });

  it('maps by the header\'s positions when the count is off, a blank between columns left out', () => {
    const mapping = mapValues(values(['规章', '1', '', '5']), [0, 1], header(1, 3));
    expect(read(mapping)).toEqual(['0=1', '1=5']);
  });

  it('reports a row shifted by an extra cell instead of reading every number one column off', () => {
    expect(mapValues(values(['规章', '', '1', '5']), [0, 1], header(1, 2)).problem).toEqual({ kind: 'rowShifted', values: 3, columns: 2 });
  });

  it('reports a header column that no value, or two, stand under', () => {
    expect(mapValues(values(['规章', '1', '2', '3']), [0, 1], header(1, 5)).problem).toEqual({ kind: 'headerMismatch', values: 3, columns: 2 });
  });

  it('reports one value spanning two header columns', () => {
    expect(mapValues(values(['规章', '1:1x2', '', '']), [0, 1, 2, 3], header(1, 2, 3, 4)).problem)
      .toEqual({ kind: 'valueSpansColumns', values: 3, columns: 4 });
  });
});
