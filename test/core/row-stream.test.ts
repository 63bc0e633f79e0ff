import { describe, expect, it } from 'vitest';
import { splitRow, type RowParts } from '../../src/core/extract/row-stream';
import { streamOf } from '../helpers';

const texts = (parts: RowParts) => ({ labels: parts.labels.map((c) => c.cell.text), values: parts.values.map((c) => c.cell.text), leaf: parts.leaf, own: parts.own });

describe('rowStream', () => {
  it('reads the rows of every table in order, a spanned cell once with its reading shared', () => {
    const stream = streamOf([['A:2x1', '1'], ['2']], [['规 章', '3']]);
    expect(stream.map((r) => [r.tableIndex, r.row, r.cells.map((c) => `${c.cell.text}${c.own ? '' : '↑'}`).join(' ')])).toEqual([
      [0, 0, 'A 1'], [0, 1, 'A↑ 2'], [1, 0, '规 章 3'],
    ]);
    expect(stream[1]!.cells[0]!.parsed).toBe(stream[0]!.cells[0]!.parsed);
    expect(stream[2]!.cells.map((c) => [c.norm, c.isLabel, c.parsed.kind])).toEqual([['规章', true, 'text'], ['3', false, 'number']]);
  });

  it('reads a cell of prose as neither a label nor a value', () => {
    const [row] = streamOf([['说明'.repeat(90), '1']]);
    expect(row!.cells[0]).toMatchObject({ isLabel: false, norm: '', parsed: { kind: 'text', value: null } });
  });
});

describe('splitRow', () => {
  it('without a header: labels up to the last label (blank placeholders before it dropped), the rest values', () => {
    const [row] = streamOf([['', '规章', '', '1', '', '3']]);
    expect(texts(splitRow(row!, null))).toEqual({ labels: ['规章'], values: ['', '1', '', '3'], leaf: '规章', own: '规章' });
  });

  it('keeps a group label spanning from above among the labels but not in the row\'s own text', () => {
    const [, second] = streamOf([['（三）不予公开:2x1', '1.属于国家秘密', '0'], ['2.其他法律行政法规禁止公开', '4']]);
    expect(texts(splitRow(second!, null))).toEqual({
      labels: ['（三）不予公开', '2.其他法律行政法规禁止公开'], values: ['4'], leaf: '2.其他法律行政法规禁止公开', own: '2.其他法律行政法规禁止公开',
    });
  });

  it('with the header\'s first value column: splits by position, and a label pushed right is still a label', () => {
    const [row] = streamOf([['', '规章', '1', '0', '5']]);
    expect(texts(splitRow(row!, 1))).toEqual({ labels: ['规章'], values: ['1', '0', '5'], leaf: '规章', own: '规章' });
  });
});
