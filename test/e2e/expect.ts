/** What the pages must show, computed with the core from the same fixture files in Node. */
import { checkDocument } from '../../src/core/check';
import { cellMarks } from '../../src/core/marks';
import { loadDocument } from '../helpers';

/** Runs an expression in the page and returns its value: a Playwright page, a Firefox tab. */
export interface PageLike {
  evaluate<R>(expression: string): Promise<R>;
}

/**
 * A cell's place in its page: table index : row index in that table : cell index in the row.
 * Plain JavaScript with no outside names: the page runs the same function (marksInPage).
 */
export function positionOf(el: Element): string {
  const tables = Array.from(el.ownerDocument.getElementsByTagName('table'));
  const table = el.closest('table')!;
  const rows = Array.from(table.getElementsByTagName('tr')).filter((tr) => tr.closest('table') === table);
  const tr = el.parentElement!;
  const cells = Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.tagName));
  return `${tables.indexOf(table)}:${rows.indexOf(tr as HTMLTableRowElement)}:${cells.indexOf(el)}`;
}

/** What the core, run on the fixture file in Node, says must be marked: position → severity and rules. */
export function expectedMarks(fixture: string): Record<string, string> {
  const doc = loadDocument(...fixture.split('/'));
  const analysis = checkDocument(doc, '');
  const out: Record<string, string> = {};
  for (const mark of cellMarks(analysis.findings).values()) {
    out[positionOf(analysis.locate(mark) as Element)] = `${mark.severity} ${mark.ruleIds.join(' ')}`;
  }
  return out;
}

/** What the page shows marked: position → the two attributes the extension set. */
export async function marksInPage(page: PageLike): Promise<Record<string, string>> {
  return page.evaluate(`(() => {
    const positionOf = ${positionOf.toString()};
    const out = {};
    for (const el of document.querySelectorAll('[data-nianbao-severity]')) {
      out[positionOf(el)] = el.getAttribute('data-nianbao-severity') + ' ' + el.getAttribute('data-nianbao-rules');
    }
    return out;
  })()`);
}
