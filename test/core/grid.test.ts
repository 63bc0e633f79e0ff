import { describe, expect, it } from 'vitest';
import { toGrid } from '../../src/core/extract/grid';
import { drawnTable as table, rowCells } from '../helpers';
import type { RawTable } from '../../src/core/extract/raw';

/**
 * Tables are drawn as rows of cells "Text" or "Text:rowspan x colspan" (drawnTable); the grid is
 * drawn back as rows of the covering cell's text, "." for a hole. Each case is a small picture.
 */
function draw(raw: RawTable): string[] {
  const grid = toGrid(raw);
  return grid.slots.map((line) => line.map((id) => (id < 0 ? '.' : grid.cells[id]!.text)).join(' '));
}

describe('toGrid', () => {
  it('places a rowspan and pushes later cells right', () => {
    expect(draw(table([['A:2x1', 'B'], ['C']]))).toEqual([
      'A B',
      'A C',
    ]);
  });

  it('draws 表三 corner: a 3×3 note beside a header of three rows', () => {
    expect(draw(table([
      ['N:3x3', 'H:1x3'],
      ['P:2x1', 'O:1x1', 'T:2x1'],
      ['c'],
    ]))).toEqual([
      'N N N H H H',
      'N N N P O T',
      'N N N P c T',
    ]);
  });

  it('draws 表四 header over an unlabelled row of numbers', () => {
    expect(draw(table([
      ['R:1x2', 'L:1x2'],
      ['u:2x1', 't:2x1', 'D:1x1', 'A:1x1'],
      ['d', 'a'],
      ['1', '2', '3', '4'],
    ]))).toEqual([
      'R R L L',
      'u t D A',
      'u t d a',
      '1 2 3 4',
    ]);
  });

  it('extends rowspan=0 to the end of its row group only', () => {
    expect(draw(table([['A:0x1', 'B'], ['C'], ['D', 'E']], [1, 1, 3]))).toEqual([
      'A B',
      'A C',
      'D E',
    ]);
  });

  it('clips a rowspan that runs past the table and says so', () => {
    const raw = table([['A:5x1', 'B'], ['C']]);
    expect(draw(raw)).toEqual(['A B', 'A C']);
    expect(toGrid(raw).anomalies).toEqual(['row 1: rowspan 5 runs past the end of its row group']);
  });

  it('records overlapping spans instead of overwriting the first cell', () => {
    // B's colspan reaches into the slot A's rowspan already holds.
    const raw = table([['x', 'A:2x1'], ['B:1x2']]);
    expect(draw(raw)).toEqual(['x A', 'B A']);
    expect(toGrid(raw).anomalies).toEqual(['row 2, column 2: cells overlap']);
  });

  it('pads ragged rows with holes', () => {
    expect(draw(table([['A', 'B', 'C'], ['D']]))).toEqual(['A B C', 'D . .']);
  });

  it('caps absurd colspans at the grid width limit', () => {
    const grid = toGrid(table([['A:1x999'], ['B']]));
    expect(grid.width).toBe(256);
    expect(grid.cells[0]!.colSpan).toBe(256);
  });

  it('lists a row\'s distinct cells left to right, marking those spanning from above', () => {
    const grid = toGrid(table([['G:2x1', 'a:1x2'], ['b', 'c']]));
    expect(rowCells(grid, 1).map((c) => `${c.cell.text}${c.own ? '' : '↑'}`)).toEqual(['G↑', 'b', 'c']);
  });

  it('keeps each slot pointing at the origin element', () => {
    const grid = toGrid(table([['A:2x2', 'B'], ['C']]));
    expect(grid.cells[grid.slots[1]![1]!]!.handle).toBe('A');
  });
});
