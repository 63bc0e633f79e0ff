import { describe, expect, it } from 'vitest';
import { placeReview } from '../../src/core/extract/place-review';
import { readSections } from '../../src/core/extract/sections';
import { streamOf } from '../helpers';
import { REVIEW_HEADER } from './drawn';

const placedOf = (...rows: string[][]) => placeReview(readSections(streamOf([...REVIEW_HEADER, ...rows])).review);
const numbers = (from: number) => Array.from({ length: 15 }, (_, i) => String(from + i));

describe('placeReview', () => {
  it('reads the 15 numbers as three groups of five results, in printed order', () => {
    const placed = placedOf(numbers(1));
    expect(placed.cells.all().map((c) => `${c.row}.${c.column}=${c.value}`)).toEqual([
      'reconsideration.upheld=1', 'reconsideration.corrected=2', 'reconsideration.other=3', 'reconsideration.pending=4', 'reconsideration.total=5',
      'litigationDirect.upheld=6', 'litigationDirect.corrected=7', 'litigationDirect.other=8', 'litigationDirect.pending=9', 'litigationDirect.total=10',
      'litigationAfterReconsideration.upheld=11', 'litigationAfterReconsideration.corrected=12', 'litigationAfterReconsideration.other=13',
      'litigationAfterReconsideration.pending=14', 'litigationAfterReconsideration.total=15',
    ]);
    expect(placed.issues).toEqual([]);
  });

  it('reports a second row of values instead of reading it', () => {
    const placed = placedOf(numbers(0), ['1', '', '2']);
    expect(placed.cells.size).toBe(15);
    expect(placed.issues).toEqual([{ kind: 'extraReviewRow', table: 'review', values: ['1', '', '2'], cells: [] }]);
  });

  it('reports a row one cell longer than the header, whose numbers would all sit one column off', () => {
    const placed = placedOf(['', ...numbers(0)]);
    expect(placed.cells.size).toBe(0);
    expect(placed.issues).toEqual([{ kind: 'rowShifted', table: 'review', label: null, values: 16, columns: 15, cells: [] }]);
  });
});
