/**
 * `extract` over many sources: the three tables of each in the official layout, in input order,
 * as one TSV/CSV with `source` and `table` columns, JSON Lines, Markdown under each source, or an
 * XLSX with one sheet per table (`source` first on every row). Results are spooled as they
 * finish and written in input order at the end.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreadable } from '../core/export/summary';
import { csvLine, toMarkdown, type Cell } from '../core/export/text-formats';
import { widen, type Sheet } from '../core/export/xlsx';
import { TABLE_NUMBERS, TABLE_TITLES } from '../core/model/forms';
import { TABLE_IDS, type TableId } from '../core/model/ids';
import type { ExtractRecord } from './batch-job';
import { runJobs, type RunOptions } from './batch';
import type { Write } from './batch-check';
import type { Source } from './sources';
import { Spool, type Place } from './spool';
import { CSV_BOM, writeTableFile } from './table-files';

export type ExtractFormat = 'tsv' | 'csv' | 'json' | 'md' | 'xlsx';

export interface ExtractBatchOptions extends Omit<RunOptions, 'command'> {
  format: ExtractFormat;
  /** required for xlsx (a ZIP is patched in place); stdout otherwise */
  output: string | null;
}

const tsvLine = (cells: readonly Cell[]) => cells.map((c) => (c === null ? '' : String(c).replace(/[\t\r\n]+/g, ' '))).join('\t');

/** One source's lines in a text format. */
function textOf(record: ExtractRecord, format: Exclude<ExtractFormat, 'xlsx'>): string {
  if (format === 'json') return `${JSON.stringify(record)}\n`;
  if (format === 'md') return `## ${record.source}\n\n${'error' in record ? `${unreadable(record.error)}\n` : toMarkdown(record.tables)}\n`;
  const line = format === 'csv' ? csvLine : tsvLine;
  const end = format === 'csv' ? '\r\n' : '\n';
  if ('error' in record) return `${line([record.source, '', unreadable(record.error)])}${end}`;
  return record.tables.flatMap((t) => t.rows.map((row) => `${line([record.source, TABLE_NUMBERS[t.id], ...row])}${end}`)).join('');
}

export async function extractBatch(sources: readonly Source[], options: ExtractBatchOptions, write: Write, note: (line: string) => void): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-lint-'));
  const records = await Spool.create(dir, 'records');
  try {
    const kept: (Place | undefined)[] = new Array(sources.length);
    let anyRead = false;
    const { interrupted } = await runJobs(sources, { ...options, command: 'extract' }, async (index, result) => {
      kept[index] = await records.append(result.record);
      if (result.readable) anyRead = true;
    });
    async function* inOrder(): AsyncGenerator<ExtractRecord> {
      for (const place of kept) if (place) yield JSON.parse(await records.read(place)) as ExtractRecord;
    }
    if (options.format === 'xlsx') await writeSheets(options.output!, inOrder);
    else {
      const format = options.format;
      const out: Write = options.output ? await fileWriter(options.output) : write;
      if (format === 'csv') await out(CSV_BOM);
      if (format === 'csv' || format === 'tsv') await out(`${(format === 'csv' ? csvLine : tsvLine)(['source', 'table'])}${format === 'csv' ? '\r\n' : '\n'}`);
      for await (const record of inOrder()) await out(textOf(record, format));
      if (options.output) await (out as Write & { close(): Promise<void> }).close();
    }
    const done = kept.filter(Boolean).length;
    if (interrupted) {
      note(`已中断：读取了 ${done} 个，未读取 ${sources.length - done} 个；已写出读取过的 (interrupted)`);
      return 130;
    }
    if (!anyRead) {
      note(sources.length === 0 ? '没有找到可读取的文件 (no report files found)' : '没有一个输入读出了统计表 (no report tables found)');
      return 2;
    }
    return 0;
  } finally {
    await records.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One sheet per table; every source's rows of it, `source` first; a source without tables says why on each sheet. */
async function writeSheets(path: string, inOrder: () => AsyncGenerator<ExtractRecord>): Promise<void> {
  const widths = new Map<TableId, number[]>(TABLE_IDS.map((id) => [id, widen([], ['source'])]));
  const rowsOf = (record: ExtractRecord, id: TableId): Cell[][] => ('error' in record
    ? [[record.source, unreadable(record.error)]]
    : (record.tables.find((t) => t.id === id)?.rows ?? []).map((row) => [record.source, ...row]));
  for await (const record of inOrder()) for (const id of TABLE_IDS) for (const row of rowsOf(record, id)) widen(widths.get(id)!, row);
  const sheets: Sheet[] = TABLE_IDS.map((id) => ({
    name: TABLE_TITLES[id].replace(/[[\]:*?/\\]/g, '').slice(0, 31),
    header: ['source'],
    rows: (async function* () { for await (const record of inOrder()) yield* rowsOf(record, id); })(),
    widths: widths.get(id)!,
  }));
  await writeTableFile(path, 'xlsx', sheets);
}

async function fileWriter(path: string): Promise<Write & { close(): Promise<void> }> {
  const file = await open(path, 'w');
  const out = async (text: string) => { await file.write(text); };
  return Object.assign(out, { close: () => file.close() });
}
