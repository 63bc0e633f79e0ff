/**
 * nianbao-lint: the core over saved pages and URLs.
 *   nianbao-lint check <file.html|.pdf|.docx|url> [--json]
 *   nianbao-lint extract <file.html|.pdf|.docx|url> --format tsv|csv|json|md
 * Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (one line on stderr).
 */
import { layOutTables } from '../core/export/official-layout';
import { toCsv, toMarkdown, toTsv } from '../core/export/text-formats';
import { ReportJsonSchema } from '../core/model/schema';
import { checkInput, DEFAULT_TIMEOUT_S, InputError, load } from './load';
import { formatReport } from './report-text';
import { version as VERSION } from '../../package.json';

const USAGE = `nianbao-lint ${VERSION} — 检查政府信息公开工作年度报告 (checks annual government-information-disclosure reports)

用法 usage:
  nianbao-lint check <file.html|url> [--json] [--timeout <seconds>]
  nianbao-lint extract <file.html|url> --format tsv|csv|json|md [--timeout <seconds>]
  (a file may also be a PDF or DOCX; its type is read from its first bytes, not its name)
  nianbao-lint --help | -h      this text
  nianbao-lint --version        the version

check     the findings, the most probable wrong cells first; --json prints the JSON contract
extract   the three tables in the official layout (TSV pastes into Excel/WPS; CSV has a BOM)

Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (one line on stderr).`;

interface Args {
  /** --help / -h / --version: answered before anything else */
  info: 'help' | 'version' | null;
  command: string | undefined;
  target: string | undefined;
  json: boolean;
  format: string;
  timeout: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { info: null, command: undefined, target: undefined, json: false, format: 'tsv', timeout: DEFAULT_TIMEOUT_S };
  const seconds = (value: string | undefined) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InputError(`--timeout 需要正数秒数 (got "${value ?? ''}")`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') args.info ??= 'help';
    else if (arg === '--version' || arg === '-V') args.info ??= 'version';
    else if (arg === '--json') args.json = true;
    else if (arg === '--format') args.format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) args.format = arg.slice('--format='.length);
    else if (arg === '--timeout') args.timeout = seconds(argv[++i]);
    else if (arg.startsWith('--timeout=')) args.timeout = seconds(arg.slice('--timeout='.length));
    else if (arg.startsWith('-')) throw new InputError(`未知选项 unknown option: ${arg}（见 nianbao-lint help）`);
    else if (args.command === undefined) args.command = arg;
    else if (args.target === undefined) args.target = arg;
    else throw new InputError(`多余的参数 unexpected argument: ${arg}（见 nianbao-lint help）`);
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
    if (!args.target) throw new InputError(`缺少文件或网址 missing <file.html|url>（见 nianbao-lint help）`);
    if (args.command === 'extract' && !['tsv', 'csv', 'json', 'md'].includes(args.format)) {
      throw new InputError(`--format 只能是 tsv、csv、json、md (got "${args.format}")`);
    }
    const { file, analysis } = await checkInput(await load(args.target, args.timeout), args.target);
    if (args.command === 'check') {
      const json = ReportJsonSchema.parse(analysis.json);
      io.out(args.json ? `${JSON.stringify(json, null, 2)}\n` : formatReport(analysis, file.scannedPages));
      return json.findings.some((f) => f.severity === 'error') ? 1 : 0;
    }
    if (!analysis.detected) throw new InputError(`${args.target}: 没有找到年度报告的统计表 (no report tables found)`);
    const tables = layOutTables(analysis.extraction);
    const output = args.format === 'csv' ? toCsv(tables)
      : args.format === 'md' ? toMarkdown(tables)
        : args.format === 'json' ? `${JSON.stringify(tables.map(({ id, title, rows }) => ({ id, title, rows })), null, 2)}\n`
          : toTsv(tables);
    io.out(output);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `内部错误 internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`nianbao-lint: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
}
