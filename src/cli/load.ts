/**
 * One input of the CLI, a file or a URL: its bytes (one deadline for a whole download), then the
 * reader its signature calls for (a page, a PDF, a DOCX; a name can lie). Whatever cannot be read
 * is an InputError with one line that names the input: the single check prints it and exits 2, a
 * batch makes it the input's row.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analysis } from '../core/check';
import { checkPage } from '../core/check';
import { isZip, ReportFileError, sniffFileType } from '../core/extract/file-type';
import { readHtmlReport, readReportFile, type ReportFile } from './read-report-file';
import { concatBytes } from '../core/bytes';

/** Larger than any real report page by far; refusing it keeps a stray dump from hanging the CLI. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_S = 20;

export class InputError extends Error {}

export const isUrl = (target: string): boolean => /^https?:\/\//i.test(target);

const tooLarge = (source: string) => new InputError(`${source}: 超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB，不像是一个报告页面 (input too large)`);

/** An input's bytes and what came with them. */
export interface Loaded {
  bytes: Uint8Array;
  /** the URL the page was read from (after redirects), or file:// and the path */
  url: string;
  /** the charset of an HTTP Content-Type header */
  charset: string | null;
}

const timedOut = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
const causeOf = (error: unknown) => (error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error));

/** Downloads a URL within the timeout; `stop` aborts it early (a batch interrupted). */
export async function download(target: string, timeoutSeconds: number, stop?: AbortSignal): Promise<Loaded> {
  const deadline = AbortSignal.timeout(timeoutSeconds * 1000);
  const signal = stop ? AbortSignal.any([deadline, stop]) : deadline;
  try {
    const response = await fetch(target, { signal, redirect: 'follow' });
    if (!response.ok) throw new InputError(`${target}: HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_INPUT_BYTES) throw tooLarge(target);
    const charset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1]?.toLowerCase() ?? null;
    const bytes = await bodyWithin(response, target);
    return { bytes, url: response.url || target, charset };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (stop?.aborted) throw new InputError(`${target}: 已中断 (interrupted)`);
    throw new InputError(`${target}: ${timedOut(error) ? `${timeoutSeconds} 秒内没有响应 (timed out)` : `无法访问 (${causeOf(error)})`}`);
  }
}

/** The body, read until it passes the size limit: a server may send no length, or an endless body. */
async function bodyWithin(response: Response, target: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_INPUT_BYTES) {
      await reader.cancel();
      throw tooLarge(target);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

export async function readLocalFile(target: string): Promise<Loaded> {
  let size: number;
  try {
    const info = await stat(target);
    if (info.isDirectory()) throw new InputError(`${target}: 是文件夹，不是文件；要检查其中的每份报告，请写成 ${join(target, '/')} (a folder, not a file: add a slash to check the reports in it)`);
    if (!info.isFile()) throw new InputError(`${target}: 不是文件 (not a file)`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(target, error);
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(target);
  const bytes = await readFile(target).catch((error: unknown) => { throw unreadable(target, error); });
  return { bytes: new Uint8Array(bytes), url: `file://${target}`, charset: null };
}

const REASONS: Record<string, string> = { ENOENT: '文件不存在', EACCES: '没有读取权限', EPERM: '没有读取权限' };
function unreadable(target: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(`${target}: ${REASONS[code ?? ''] ?? '无法打开'} (${code ?? 'unreadable'})`);
}

export const load = (target: string, timeoutSeconds: number): Promise<Loaded> =>
  (isUrl(target) ? download(target, timeoutSeconds) : readLocalFile(target));

const looksBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);
const HTML_MARKUP = /<\s*(html|head|body|table|p|div|meta|title|!doctype)\b/i;

/**
 * The report in the bytes. PDF, DOCX and legacy Word go by their signature; anything else must
 * be a page: not binary, with some HTML markup (text before the first tag is allowed, as the CLI
 * always allowed it).
 */
export async function readReport(loaded: Loaded, source: string): Promise<ReportFile> {
  const { bytes } = loaded;
  if (bytes.length === 0) throw new InputError(`${source}: 文件为空 (empty input)`);
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(source);
  try {
    const type = sniffFileType(bytes);
    if (type === 'pdf' || type === 'docx' || type === 'legacy-word') return await readReportFile(bytes, loaded.url, loaded.charset);
    if (isZip(bytes)) throw new InputError(`${source}: 是 ZIP 文件，但不是可读的 DOCX（没有 word/document.xml，或文件已损坏） (a ZIP that is no readable DOCX)`);
    if (looksBinary(bytes)) throw new InputError(`${source}: 不是 HTML 页面，是二进制数据 (binary data, not HTML)`);
    const { decodeHtml } = await import('./html'); // linkedom is loaded for pages only
    const html = decodeHtml(bytes, loaded.charset);
    if (!HTML_MARKUP.test(html)) throw new InputError(`${source}: 不是 HTML 页面 (no HTML markup found)`);
    return await readHtmlReport(html, loaded.url);
  } catch (error) {
    if (error instanceof ReportFileError) throw new InputError(`${source}: ${error.message}`);
    throw error;
  }
}

/** An input's report file and its analysis. */
export interface Checked {
  file: ReportFile;
  analysis: Analysis;
}

export async function checkInput(loaded: Loaded, source: string): Promise<Checked> {
  const file = await readReport(loaded, source);
  return { file, analysis: checkPage(file.page, file.detection) };
}
