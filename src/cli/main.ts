/**
 * nianbao-lint: the core over saved pages and URLs.
 *   nianbao-lint check <file.html|url> [--json]
 *   nianbao-lint extract <file.html|url> --format tsv|csv|json|md
 * Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (one line on stderr).
 */
import { readFile, stat } from 'node:fs/promises';
import { checkDocument, type Analysis } from '../core/check';
import { layOutTables } from '../core/export/official-layout';
import { toCsv, toMarkdown, toTsv } from '../core/export/text-formats';
import { ReportJsonSchema } from '../core/model/schema';
import { decodeHtml, parseHtmlDocument } from './html';
import { formatReport } from './report-text';
import { version as VERSION } from '../../package.json';

const USAGE = `nianbao-lint ${VERSION} — 检查政府信息公开工作年度报告 (checks annual government-information-disclosure reports)

用法 usage:
  nianbao-lint check <file.html|url> [--json] [--timeout <seconds>]
  nianbao-lint extract <file.html|url> --format tsv|csv|json|md [--timeout <seconds>]
  nianbao-lint --help | -h      this text
  nianbao-lint --version        the version

check     the findings, the most probable wrong cells first; --json prints the JSON contract
extract   the three tables in the official layout (TSV pastes into Excel/WPS; CSV has a BOM)

Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (one line on stderr).`;

/** Larger than any real report page by far; refusing it keeps a stray dump from hanging the CLI. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_S = 20;

export class InputError extends Error {}

const tooLarge = (source: string) => new InputError(`${source}: 超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB，不像是一个报告页面 (input too large)`);

interface Loaded {
  html: string;
  url: string;
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

function toHtml(bytes: Uint8Array, source: string, headerCharset: string | null): string {
  if (bytes.length === 0) throw new InputError(`${source}: 文件为空 (empty input)`);
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(source);
  if (looksBinary(bytes)) throw new InputError(`${source}: 不是 HTML 页面，是二进制数据 (binary data, not HTML)`);
  const html = decodeHtml(bytes, headerCharset);
  if (!/<\s*(html|head|body|table|p|div|meta|title|!doctype)\b/i.test(html)) {
    throw new InputError(`${source}: 不是 HTML 页面 (no HTML markup found)`);
  }
  return html;
}

async function load(target: string, timeoutSeconds: number): Promise<Loaded> {
  if (/^https?:\/\//i.test(target)) {
    // One deadline for the whole download, not only for the headers.
    const signal = AbortSignal.timeout(timeoutSeconds * 1000);
    const timedOut = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    try {
      const response = await fetch(target, { signal, redirect: 'follow' });
      if (!response.ok) throw new InputError(`${target}: HTTP ${response.status}`);
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_INPUT_BYTES) throw tooLarge(target);
      const charset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1]?.toLowerCase() ?? null;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { html: toHtml(bytes, target, charset), url: response.url || target };
    } catch (error) {
      if (error instanceof InputError) throw error;
      const reason = timedOut(error) ? `${timeoutSeconds} 秒内没有响应 (timed out)` : `无法访问 (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`;
      throw new InputError(`${target}: ${reason}`);
    }
  }
  let size: number;
  try {
    const info = await stat(target);
    if (!info.isFile()) throw new InputError(`${target}: 不是文件 (not a file)`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${target}: 无法读取 (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(target);
  const bytes = new Uint8Array(await readFile(target));
  return { html: toHtml(bytes, target, null), url: `file://${target}` };
}

export async function analyze(target: string, timeoutSeconds = DEFAULT_TIMEOUT_S): Promise<Analysis> {
  const { html, url } = await load(target, timeoutSeconds);
  return checkDocument(parseHtmlDocument(html), url);
}

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
    const analysis = await analyze(args.target, args.timeout);
    if (args.command === 'check') {
      const json = ReportJsonSchema.parse(analysis.json);
      io.out(args.json ? `${JSON.stringify(json, null, 2)}\n` : formatReport(analysis));
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
