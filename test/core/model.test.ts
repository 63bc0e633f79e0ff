/** The ids and keys of docs/report-model.md: one tuple each, literal key types, one cell key. */
import { describe, expect, it } from 'vitest';
import { cellKey, formatForYear, REQUESTS_ROWS } from '../../src/core/model/forms';
import { FORMATS, SEVERITIES, TABLE_IDS } from '../../src/core/model/ids';
import { CellRefSchema, MetaSchema, SeveritySchema } from '../../src/core/model/schema';
import { cellAt } from '../../src/core/rules/support/rule';
import { inputFrom, zeroRequests } from './rules/input';

describe('the model\'s ids', () => {
  it('gives the zod enums of the JSON contract the tuples\' values', () => {
    expect(SeveritySchema.options).toEqual([...SEVERITIES]);
    expect(CellRefSchema.shape.table.options).toEqual([...TABLE_IDS]);
    expect(FORMATS.map((f) => MetaSchema.safeParse({ title: null, agency: null, year: null, format: f, publishedAt: null }).success)).toEqual([true, true]);
    expect(MetaSchema.safeParse({ title: null, agency: null, year: null, format: '2020', publishedAt: null }).success).toBe(false);
  });

  it('rejects a misspelt row or column key at compile time', () => {
    const input = inputFrom({ requests: zeroRequests('2021') });
    expect(cellAt(input, 'requests', 'newReceived', 'total')?.value).toBe(0);
    // @ts-expect-error 'newRecieved' is not a 表三 row: tsc fails if this line compiles
    expect(cellAt(input, 'requests', 'newRecieved', 'total')).toBeUndefined();
    // @ts-expect-error 'pending' is a 表四 column, not a 表三 one
    expect(cellAt(input, 'requests', 'newReceived', 'pending')).toBeUndefined();
  });

  it('names a cell by one key, table first', () => {
    expect(cellKey({ table: 'requests', row: REQUESTS_ROWS[0]!.key, column: 'total' })).toBe('requests/newReceived/total');
  });
});

describe('formatForYear', () => {
  it('is the 2019 trial format for 2019 and 2020 reports and the revised format from 2021', () => {
    expect([2019, 2020, 2021, 2024].map(formatForYear)).toEqual(['2019', '2019', '2021', '2021']);
  });
});
