/**
 * The batch's table files (--summary, --findings, extract --format xlsx): CSV with a BOM, Markdown
 * or XLSX, by the file's extension. Rows come from an async source and go to disk as they come;
 * the file appears under its name only when complete (written beside it, then renamed), so a
 * reader never sees half a workbook.
 */
import { open, rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { csvLine, markdownHeader, markdownLine } from '../core/export/text-formats';
import { writeXlsx, type Sheet } from '../core/export/xlsx';
import { ZipWriter, type ZipSink } from '../core/export/zip-write';
import { InputError } from './load';

export type TableFormat = 'csv' | 'md' | 'xlsx';

/** The format a file's extension names, among those an option accepts; else one line for stderr. */
export function tableFormat(option: string, path: string, allowed: readonly TableFormat[]): TableFormat {
  const ext = extname(path).slice(1).toLowerCase() as TableFormat;
  if (!allowed.includes(ext)) throw new InputError(`${option} 的文件名须以 ${allowed.map((f) => `.${f}`).join('、')} 结尾 (got "${path}")`);
  return ext;
}

/** CSV records end in CRLF and the file starts with a BOM, so that Excel and WPS read the Chinese as UTF-8. */
export const CSV_BOM = '\ufeff';

async function* textLines(format: 'csv' | 'md', sheet: Sheet): AsyncGenerator<string> {
  yield format === 'csv' ? `${CSV_BOM}${csvLine(sheet.header)}\r\n` : `${markdownHeader(sheet.header)}\n`;
  for await (const row of sheet.rows) yield format === 'csv' ? `${csvLine(row)}\r\n` : `${markdownLine(row)}\n`;
}

/** Writes `sheets` (CSV and Markdown: the first only) to `path`, replacing it when complete. */
export async function writeTableFile(path: string, format: TableFormat, sheets: readonly Sheet[]): Promise<void> {
  const part = `${path}.${process.pid}.part`;
  const file = await open(part, 'w');
  try {
    if (format === 'xlsx') {
      let end = 0;
      const sink: ZipSink = {
        async write(bytes) {
          await file.write(bytes, 0, bytes.length, end);
          end += bytes.length;
        },
        async patch(position, bytes) {
          await file.write(bytes, 0, bytes.length, position);
        },
      };
      await writeXlsx(new ZipWriter(sink), sheets);
    } else {
      for await (const text of textLines(format, sheets[0]!)) await file.write(text);
    }
    await file.close();
    await rename(part, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(part, { force: true });
    throw error;
  }
}
