import { describe, expect, it } from 'vitest';
import type { CellTable } from '../../src/core/extract/cells';
import { missingCells } from '../../src/core/extract/missing';
import { requestsRowsFor } from '../../src/core/model/forms';
import { inputFrom, zeroActive, zeroRequests } from './rules/input';

const tablesOf = (spec: Parameters<typeof inputFrom>[0]) => {
  const { tables } = inputFrom(spec).extraction;
  return Object.fromEntries(Object.entries(tables).map(([id, t]) => [id, t.cells])) as Record<string, CellTable>;
};

describe('missingCells', () => {
  it('names the rows of the format a table lacks, with all their cells', () => {
    const requests = zeroRequests('2021');
    delete requests['notProcessed.duplicate'];
    const active = zeroActive('2021');
    delete active.fees;
    const [req, act] = missingCells('2021', { tables: tablesOf({ requests, active }), reviewData: true });
    expect(req).toMatchObject({ kind: 'rowsMissing', table: 'requests', rows: ['notProcessed.duplicate'] });
    expect(req!.cells).toHaveLength(7);
    expect(act).toEqual({ kind: 'rowsMissing', table: 'active', rows: ['fees'], cells: [{ table: 'active', row: 'fees', column: 'amount' }] });
  });

  it('names the cells missing from rows that were read, apart from the rows missing whole', () => {
    const active = zeroActive('2019');
    delete active.regulations!.newlyMade;
    delete active.normativeDocuments!.newlyMade;
    delete active.fees;
    expect(missingCells('2019', { tables: tablesOf({ active }), reviewData: true })).toEqual([
      { kind: 'rowsMissing', table: 'active', rows: ['fees'], cells: [{ table: 'active', row: 'fees', column: 'previousYear' }, { table: 'active', row: 'fees', column: 'change' }] },
      { kind: 'cellsMissing', table: 'active', cells: [{ table: 'active', row: 'regulations', column: 'newlyMade' }, { table: 'active', row: 'normativeDocuments', column: 'newlyMade' }] },
    ]);
  });

  it('judges by the decided format: a 2019 table lacks the 2021 （六） sub-rows', () => {
    const [issue] = missingCells('2021', { tables: tablesOf({ requests: zeroRequests('2019') }), reviewData: true });
    expect(issue).toMatchObject({ rows: requestsRowsFor('2021').filter((r) => r.formats.length === 1).map((r) => r.key) });
  });

  it('reports 表四 without its row of values, and nothing for tables the page does not have', () => {
    expect(missingCells('2021', { tables: tablesOf({ review: {} }), reviewData: false }).map((i) => [i.kind, i.cells.length])).toEqual([['noDataRow', 15]]);
    expect(missingCells('2021', { tables: tablesOf({ review: {} }), reviewData: true }).map((i) => [i.kind, 'rows' in i && i.rows])).toEqual([
      ['rowsMissing', ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']],
    ]);
    expect(missingCells('2021', { tables: {}, reviewData: false })).toEqual([]);
  });
});
