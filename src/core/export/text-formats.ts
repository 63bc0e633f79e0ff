/** Serializations of laid-out tables: TSV (pastes into Excel/WPS), CSV with BOM, Markdown. */
import type { LaidOutTable } from './official-layout';

/** The serializations read only the printed rows. */
type Printed = Pick<LaidOutTable, 'title' | 'rows'>;

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** A cell of the rows the batch files hold (summary, 问题清单): text, a number, or nothing. */
export type Cell = string | number | null;

const cellText = (cell: Cell): string => (cell === null ? '' : String(cell));

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first; a page can put anything in a
 * quoted sentence) gets a leading apostrophe; numbers, signed ones too, stay as they are.
 */
const inert = (text: string): string => (/^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(?:\.\d+)?$/.test(text) && !/^-+$/.test(text) ? `'${text}` : text);

/** Tab-separated rows; several tables are separated by a blank line under their titles. */
export function toTsv(tables: Printed[]): string {
  const one = (t: Printed) => t.rows.map((r) => r.map((c) => inert(oneLine(c))).join('\t')).join('\n');
  if (tables.length === 1) return `${one(tables[0]!)}\n`;
  return tables.map((t) => `${t.title}\n${one(t)}\n`).join('\n');
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** RFC 4180 CSV with a UTF-8 BOM, so that Excel opens the Chinese labels correctly. */
export function toCsv(tables: Printed[]): string {
  const lines: string[] = [];
  tables.forEach((t, i) => {
    if (i > 0) lines.push('');
    if (tables.length > 1) lines.push(csvField(t.title));
    for (const row of t.rows) lines.push(row.map((c) => csvField(inert(c))).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Markdown renders HTML in a table cell: a page's markup stays text (&, <, > as entities). */
const mdCell = (s: string) => oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One CSV record (no line end): RFC 4180 quoting, formulas made inert. */
export const csvLine = (cells: readonly Cell[]): string => cells.map((c) => csvField(inert(cellText(c)))).join(',');

/** One row of a Markdown table. */
export const markdownLine = (cells: readonly Cell[]): string => `| ${cells.map((c) => mdCell(cellText(c))).join(' | ')} |`;

/** A Markdown table's header and the rule under it. */
export const markdownHeader = (columns: readonly string[]): string => `${markdownLine(columns)}\n|${columns.map(() => ' --- ').join('|')}|`;

export function toMarkdown(tables: Printed[]): string {
  return tables.map((t) => {
    const [head = [], ...body] = t.rows;
    const lines = [`### ${t.title}`, '', markdownHeader(head), ...body.map(markdownLine)];
    return lines.join('\n');
  }).join('\n\n') + '\n';
}
