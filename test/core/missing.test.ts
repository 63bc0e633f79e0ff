import { describe, expect, it } from 'vitest';
import { CellTable } from '../../src/core/extract/cells';
import { missingRows } from '../../src/core/extract/missing';
import { requestsRowsFor } from '../../src/core/model/forms';
import { inputFrom, zeroActive, zeroRequests } from './rules/input';

const tablesOf = (spec: Parameters<typeof inputFrom>[0]) => {
  const { tables } = inputFrom(spec).extraction;
  return Object.fromEntries(Object.entries(tables).map(([id, t]) => [id, t.cells])) as Record<string, CellTable>;
};

describe('missingRows', () => {
  it('names the rows of the format a table lacks, with all their cells', () => {
    const requests = zeroRequests('2021');
    delete requests['notProcessed.duplicate'];
    const active = zeroActive('2021');
    delete active.fees;
    const [req, act] = missingRows('2021', { tables: tablesOf({ requests, active }), reviewData: true });
    expect(req).toMatchObject({ kind: 'rowsMissing', table: 'requests', rows: ['notProcessed.duplicate'] });
    expect(req!.cells).toHaveLength(7);
    expect(act).toEqual({ kind: 'rowsMissing', table: 'active', rows: ['fees'], cells: [{ table: 'active', row: 'fees', column: 'amount' }] });
  });

  it('judges by the decided format: a 2019 table lacks the 2021 （六） sub-rows', () => {
    const [issue] = missingRows('2021', { tables: tablesOf({ requests: zeroRequests('2019') }), reviewData: true });
    expect(issue).toMatchObject({ rows: requestsRowsFor('2021').filter((r) => r.formats.length === 1).map((r) => r.key) });
  });

  it('reports 表四 without its row of values, and nothing for tables the page does not have', () => {
    expect(missingRows('2021', { tables: tablesOf({ review: {} }), reviewData: false }).map((i) => [i.kind, i.cells.length])).toEqual([['noDataRow', 15]]);
    expect(missingRows('2021', { tables: {}, reviewData: false })).toEqual([]);
  });
});
