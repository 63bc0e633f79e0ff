/** Serializations of laid-out tables: TSV (pastes into Excel/WPS), CSV with BOM, Markdown. */
import type { LaidOutTable } from './official-layout';

/** The serializations read only the printed rows. */
type Printed = Pick<LaidOutTable, 'title' | 'rows'>;

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** Tab-separated rows; several tables are separated by a blank line under their titles. */
export function toTsv(tables: Printed[]): string {
  const one = (t: Printed) => t.rows.map((r) => r.map(oneLine).join('\t')).join('\n');
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
    for (const row of t.rows) lines.push(row.map(csvField).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const mdCell = (s: string) => oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

export function toMarkdown(tables: Printed[]): string {
  return tables.map((t) => {
    const [head = [], ...body] = t.rows;
    const lines = [
      `### ${t.title}`,
      '',
      `| ${head.map(mdCell).join(' | ')} |`,
      `|${head.map(() => ' --- ').join('|')}|`,
      ...body.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    ];
    return lines.join('\n');
  }).join('\n\n') + '\n';
}
