/**
 * nianbao-lint: the core over saved pages, PDF and DOCX files, and URLs.
 *   nianbao-lint check <file|url> [--json]                 one report
 *   nianbao-lint check A B dir/ URL --list FILE [--summary F] [--findings F]   a batch
 *   nianbao-lint extract <file|url|dir/ ...> --format tsv|csv|json|md|xlsx
 * Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (one line on stderr; in a
 * batch: no input could be read), 130 interrupted.
 */
import { availableParallelism } from 'node:os';
import { layOutTables } from '../core/export/official-layout';
import { findingRows, FINDINGS_COLUMNS, summaryRow, SUMMARY_COLUMNS, cellsOf } from '../core/export/summary';
import { toCsv, toMarkdown, toTsv } from '../core/export/text-formats';
import { widen } from '../core/export/xlsx';
import { ReportJsonSchema } from '../core/model/schema';
import { checkBatch, type Write } from './batch-check';
import { extractBatch, type ExtractFormat } from './batch-extract';
import { checkInput, DEFAULT_TIMEOUT_S, InputError, load } from './load';
import { progressOn } from './progress';
import { formatReport } from './report-text';
import { collectSources, namesFolder } from './sources';
import { tableFormat, writeTableFile, type TableFormat } from './table-files';
import { version as VERSION } from '../../package.json';

const USAGE = `nianbao-lint ${VERSION} — 检查政府信息公开工作年度报告 (checks annual government-information-disclosure reports)

用法 usage:
  nianbao-lint check <file.html|url> [--json] [--timeout <seconds>]
  nianbao-lint check <file|dir/|url>... [--list <file>] [--json] [--summary <out.csv|.xlsx|.md>] [--findings <out.csv|.xlsx>]
  nianbao-lint extract <file.html|url> --format tsv|csv|json|md [--timeout <seconds>]
  nianbao-lint extract <file|dir/|url>... [--list <file>] --format tsv|csv|json|md|xlsx [--output <file>]
  nianbao-lint --help | -h      this text
  nianbao-lint --version        the version
  (a file may be a page, a PDF or a DOCX: its type is read from its first bytes, not its name)

check       the findings, the most probable wrong cells first; --json prints the JSON contract
extract     the three tables in the official layout (TSV pastes into Excel/WPS; CSV has a BOM)

Several inputs 多份报告: files, folders written with a trailing / (every .html/.htm/.pdf/.docx
inside, hidden folders skipped) and URLs, and --list FILE (one path or URL a line), checked in
parallel; reports of one body for consecutive years are compared (history-* rules).
  --json            JSON Lines, one object per input with "source" ({source, error} if unreadable)
  --summary FILE    one row per report, worst first: ${SUMMARY_COLUMNS.join(', ')}
  --findings FILE   the 问题清单, one row per finding: ${FINDINGS_COLUMNS.join(', ')}
  --output FILE     extract: write to FILE (required for xlsx: one sheet per table)
  --jobs N          worker threads (default: one per core)    --quiet   no progress line
Downloads: 4 at a time, 2 per host, --timeout each (default ${DEFAULT_TIMEOUT_S} s).

Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (one line on stderr; several
inputs: none could be read), 130 interrupted (Ctrl-C; what was checked is still written).`;

interface Args {
  /** --help / -h / --version: answered before anything else */
  info: 'help' | 'version' | null;
  command: string | undefined;
  targets: string[];
  lists: string[];
  json: boolean;
  format: string;
  timeout: number;
  summary: string | null;
  findings: string | null;
  output: string | null;
  jobs: number;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    info: null, command: undefined, targets: [], lists: [], json: false, format: 'tsv', timeout: DEFAULT_TIMEOUT_S,
    summary: null, findings: null, output: null, jobs: availableParallelism(), quiet: false,
  };
  const positive = (option: string, value: string | undefined, integer = false) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new InputError(`${option} 需要正数${option === '--timeout' ? '秒数' : ''} (got "${value ?? ''}")`);
    return n;
  };
  const fileOption = (option: string, value: string | undefined) => {
    if (value === undefined || value === '') throw new InputError(`${option} 需要一个文件名 (missing file name)`);
    return value;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const next = () => inline ?? argv[++i];
    if (name === '--help' || name === '-h') args.info ??= 'help';
    else if (name === '--version' || name === '-V') args.info ??= 'version';
    else if (name === '--json') args.json = true;
    else if (name === '--quiet' || name === '-q') args.quiet = true;
    else if (name === '--format') args.format = next() ?? '';
    else if (name === '--timeout') args.timeout = positive('--timeout', next());
    else if (name === '--jobs') args.jobs = positive('--jobs', next(), true);
    else if (name === '--list') args.lists.push(fileOption('--list', next()));
    else if (name === '--summary') args.summary = fileOption('--summary', next());
    else if (name === '--findings') args.findings = fileOption('--findings', next());
    else if (name === '--output' || name === '-o') args.output = fileOption('--output', next());
    else if (arg.startsWith('-')) throw new InputError(`未知选项 unknown option: ${arg}（见 nianbao-lint help）`);
    else if (args.command === undefined) args.command = arg;
    else args.targets.push(arg);
  }
  return args;
}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

let stdoutClosed = false;

/**
 * stdout for a batch: waits while the pipe is full; once the reader has gone (`| head`), output
 * is dropped and the run still writes its files.
 */
const writeStdout: Write = (text) => new Promise((resolve) => {
  if (stdoutClosed || process.stdout.write(text)) {
    resolve();
    return;
  }
  const done = () => {
    process.stdout.off('drain', done).off('close', done);
    resolve();
  };
  process.stdout.once('drain', done).once('close', done);
});

process.stdout.on('error', () => { stdoutClosed = true; });

const EXTRACT_FORMATS: readonly ExtractFormat[] = ['tsv', 'csv', 'json', 'md', 'xlsx'];

/** The worker script sits beside the built CLI (dist/cli); a name, not a literal URL, so the bundler leaves it alone. */
const WORKER_FILE = './batch-worker.mjs';

/**
 * Ctrl-C during a batch: the first stops it and what was done is still written (exit 130); a
 * second one quits at once.
 */
function interruptions(): { signal: AbortSignal; release(): void } {
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: stop.signal, release: () => process.off('SIGINT', onSigint) };
}

/** Several inputs, a folder or a list: the batch engine. */
async function runBatch(args: Args, io: Io): Promise<number> {
  const sources = await collectSources(args.targets, args.lists);
  const interrupt = interruptions();
  const note = (line: string) => io.err(`nianbao-lint: ${line}\n`);
  const common = {
    timeout: args.timeout, jobs: args.jobs, worker: new URL(WORKER_FILE, import.meta.url),
    progress: progressOn(process.stderr, !args.quiet), stop: interrupt.signal,
  };
  try {
    if (args.command === 'extract') {
      return await extractBatch(sources, { ...common, format: args.format as ExtractFormat, output: args.output }, writeStdout, note);
    }
    const file = (option: string, path: string | null, allowed: readonly TableFormat[]) => (path === null ? null : { path, format: tableFormat(option, path, allowed) });
    return await checkBatch(sources, {
      ...common, json: args.json,
      summary: file('--summary', args.summary, ['csv', 'xlsx', 'md']), findings: file('--findings', args.findings, ['csv', 'xlsx']),
    }, writeStdout, note);
  } finally {
    interrupt.release();
  }
}

const once = <T>(items: T[]) => (async function* () { yield* items; })();

/** One input: the output of old, and the summary files when asked for. */
async function runSingle(args: Args, io: Io): Promise<number> {
  const target = args.targets[0]!;
  const summary = args.summary === null ? null : tableFormat('--summary', args.summary, ['csv', 'xlsx', 'md']);
  const findings = args.findings === null ? null : tableFormat('--findings', args.findings, ['csv', 'xlsx']);
  const { file, analysis } = await checkInput(await load(target, args.timeout), target);
  if (args.command === 'check') {
    const json = ReportJsonSchema.parse(analysis.json);
    io.out(args.json ? `${JSON.stringify(json, null, 2)}\n` : formatReport(analysis, file.scannedPages));
    const result = { source: target, report: json, verdict: analysis.verdict.reason };
    if (summary) {
      const row = cellsOf(SUMMARY_COLUMNS, summaryRow(result));
      await writeTableFile(args.summary!, summary, [{ name: '汇总', header: SUMMARY_COLUMNS, rows: once([row]), widths: widen(widen([], SUMMARY_COLUMNS), row) }]);
    }
    if (findings) {
      const rows = findingRows(result).map((r) => cellsOf(FINDINGS_COLUMNS, r));
      await writeTableFile(args.findings!, findings, [{ name: '问题清单', header: FINDINGS_COLUMNS, rows: once(rows), widths: rows.reduce(widen, widen([], FINDINGS_COLUMNS)) }]);
    }
    return json.findings.some((f) => f.severity === 'error') ? 1 : 0;
  }
  if (!analysis.detected) throw new InputError(`${target}: 没有找到年度报告的统计表 (no report tables found)`);
  const tables = layOutTables(analysis.extraction);
  const output = args.format === 'csv' ? toCsv(tables)
    : args.format === 'md' ? toMarkdown(tables)
      : args.format === 'json' ? `${JSON.stringify(tables.map(({ id, title, rows }) => ({ id, title, rows })), null, 2)}\n`
        : toTsv(tables);
  if (args.output) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(args.output, output);
  } else io.out(output);
  return 0;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.info === 'version') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    if (args.info === 'help' || args.command === 'help') {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (args.command === undefined) throw new InputError('缺少命令 missing command: check 或 extract（见 nianbao-lint help）');
    if (args.command !== 'check' && args.command !== 'extract') throw new InputError(`未知命令 unknown command: ${args.command}（见 nianbao-lint help）`);
    if (args.targets.length === 0 && args.lists.length === 0) throw new InputError(`缺少文件或网址 missing <file.html|url>（见 nianbao-lint help）`);
    if (args.command === 'extract' && !EXTRACT_FORMATS.includes(args.format as ExtractFormat)) {
      throw new InputError(`--format 只能是 tsv、csv、json、md、xlsx (got "${args.format}")`);
    }
    if (args.command === 'extract' && args.format === 'xlsx' && args.output === null) throw new InputError('--format xlsx 需要 --output <file.xlsx>');
    const batch = args.targets.length > 1 || args.lists.length > 0 || namesFolder(args.targets[0]!) || (args.command === 'extract' && args.format === 'xlsx');
    return await (batch ? runBatch(args, io) : runSingle(args, io));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `内部错误 internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`nianbao-lint: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
}
