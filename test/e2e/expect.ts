/** What the pages must show, computed with the core from the same fixture files in Node. */
import { checkDocument } from '../../src/core/check';
import { markTargets, type Mark } from '../../src/core/marks';
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

/** A mark as the page's attributes say it: severity, rules, suspect number, light. */
const markText = (m: Pick<Mark, 'severity' | 'ruleIds' | 'suspect' | 'operand'>) =>
  `${m.severity} ${m.ruleIds.join(' ')}${m.suspect !== undefined ? ` suspect=${m.suspect}` : ''}${m.operand ? ' operand' : ''}`;

/** What the core, run on the fixture file in Node, says must be marked: position → its mark. */
export function expectedMarks(fixture: string): Record<string, string> {
  const doc = loadDocument(...fixture.split('/'));
  const analysis = checkDocument(doc, '');
  const out: Record<string, string> = {};
  for (const { handle, mark } of markTargets(analysis)) out[positionOf(handle as Element)] = markText(mark);
  return out;
}

/** What the page shows marked: position → the attributes the extension set. */
export async function marksInPage(page: PageLike): Promise<Record<string, string>> {
  const read: { at: string; severity: string; rules: string; suspect: string | null; operand: boolean }[] = await page.evaluate(`(() => {
    const positionOf = ${positionOf.toString()};
    return [...document.querySelectorAll('[data-nianbao-severity]')].map((el) => ({
      at: positionOf(el), severity: el.getAttribute('data-nianbao-severity'), rules: el.getAttribute('data-nianbao-rules'),
      suspect: el.getAttribute('data-nianbao-suspect'), operand: el.hasAttribute('data-nianbao-operand'),
    }));
  })()`);
  return Object.fromEntries(read.map((r) => [r.at, markText({
    severity: r.severity as Mark['severity'], ruleIds: r.rules.split(' '), suspect: r.suspect === null ? undefined : Number(r.suspect), operand: r.operand,
  })]));
}
