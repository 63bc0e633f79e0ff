/** Test helpers: load fixtures the way the CLI does, and flatten findings for one-line asserts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type Analysis } from '../src/core/check';
import type { Finding } from '../src/core/model/schema';
import { forEachRowCell, toGrid, type Grid, type RowCell } from '../src/core/extract/grid';
import type { RawTable } from '../src/core/extract/raw';
import { cellKey, formCells } from '../src/core/model/forms';
import { TABLE_IDS } from '../src/core/model/ids';
import { rowStream, type StreamRow } from '../src/core/extract/row-stream';
import { RULES } from '../src/core/rules';
import type { RuleCategory } from '../src/core/rules/support/rule';
import { decodeHtml, parseHtmlDocument } from '../src/cli/html';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export function loadDocument(...parts: string[]): Document {
  return parseHtmlDocument(decodeHtml(new Uint8Array(readFileSync(fixturePath(...parts)))));
}

export function checkFixture(...parts: string[]): Analysis {
  return checkDocument(loadDocument(...parts), `file://${fixturePath(...parts)}`);
}

export function checkHtml(html: string, url = ''): Analysis {
  return checkDocument(parseHtmlDocument(html), url);
}

/** The ids of the rules that look at one thing (tables, text, history): a test's filter for one kind of finding. */
export const ruleIdsOf = (category: RuleCategory): ReadonlySet<string> =>
  new Set(RULES.filter((r) => r.category === category).map((r) => r.id));

/** A finding as one line: rule id and its cells as table.row.column (after Frictionless' flatten). */
export function flatten(findings: Finding[]): [string, string[]][] {
  return findings.map((f) => [f.ruleId, f.cells.map((c) => (c.table === 'text' ? `text:${c.quote}` : `${c.table}.${c.row}.${c.column}`))]);
}

/**
 * Cells the decided format gives a table the page has that are neither read nor named by a
 * table-row-missing finding: a value of the format lost without a word (issue 16). Must be none.
 */
export function unreportedCells(analysis: Analysis): string[] {
  const format = analysis.extraction.format;
  if (!format) return [];
  const named = new Set(analysis.findings.filter((f) => f.ruleId === 'table-row-missing')
    .flatMap((f) => f.cells.flatMap((c) => (c.table === 'text' ? [] : [cellKey(c)]))));
  return TABLE_IDS.flatMap((id) => {
    const table = analysis.extraction.tables[id];
    return table ? formCells(id, format).filter((c) => !table.cells.get(c.row, c.column) && !named.has(cellKey(c))).map(cellKey) : [];
  });
}

export const idsOf = (findings: Finding[]): string[] => findings.map((f) => f.ruleId);
export const errorsOf = (findings: Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');

/** A row's distinct cells, left to right, as forEachRowCell visits them. */
export function rowCells(grid: Grid, r: number): RowCell[] {
  const out: RowCell[] = [];
  forEachRowCell(grid, r, (cell, own) => out.push({ cell, own }));
  return out;
}

/**
 * A table drawn as rows of cells "Text" or "Text:rowspan x colspan" ("N:3x3"); each cell's
 * handle is its text. `groups` gives each row's row group (thead/tbody), 0 by default.
 */
export function drawnTable(rows: string[][], groups?: number[]): RawTable {
  return {
    handle: null,
    rows: rows.map((cells, r) => ({
      group: groups?.[r] ?? 0,
      handle: null,
      cells: cells.map((spec) => {
        const [text, span] = spec.split(':');
        const [rowSpan, colSpan] = (span ?? '1x1').split('x').map(Number);
        return { text: text!, rowSpan: rowSpan!, colSpan: colSpan!, handle: text };
      }),
    })),
  };
}

/** The row stream of drawn tables, as extraction reads a page that has them in this order. */
export const streamOf = (...tables: string[][][]): StreamRow[] => rowStream(tables.map((t) => toGrid(drawnTable(t))));
