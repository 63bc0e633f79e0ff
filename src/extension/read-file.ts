/**
 * Reports that come as files, in the browser: fetched from the page's own site only (never from
 * another), read by the file reader, and checked like any page. The file reader (the PDF and DOCX
 * readers with pdf.js) is not in the checker: the background injects it (file-reader.content.ts)
 * the first time a file is read.
 */
import { checkPage, type Analysis } from '../core/check';
import { ReportFileError } from '../core/extract/file-type';
import type { FileReader } from './file-reader';
import { toBackground } from './messages';

/** Where the injected file reader leaves its function in the checker's isolated world. */
export const FILE_READER = 'nianbaoReadFile';
export type FileReaderWorld = { [FILE_READER]?: FileReader };

/** Larger than any report file by far (the CLI's limit too). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file reader of this tab, injected by the background on first use. */
async function injectedReader(): Promise<FileReader> {
  const world = globalThis as FileReaderWorld;
  if (!world[FILE_READER]) await toBackground({ type: 'nianbao:load-file-reader' });
  const read = world[FILE_READER];
  if (!read) throw new ReportFileError('broken', '无法载入文件阅读器 (the file reader could not be loaded)');
  return read;
}

/** A file of the page's own site (an attachment, or the PDF the tab shows); anything else is refused. */
export async function fetchSameSite(href: string, page: string): Promise<Uint8Array> {
  const url = new URL(href, page);
  if (url.origin !== new URL(page).origin) throw new ReportFileError('unknown-type', `附件在其他网站（${url.host}），不读取`);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new ReportFileError('broken', `下载文件失败：HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new ReportFileError('too-large', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像是一份年度报告`);
  return bytes;
}

/** A PDF or DOCX checked like a page (its cells have page boxes or indexes as handles, not elements). */
export async function checkFile(bytes: Uint8Array, url: string, read?: FileReader): Promise<Analysis> {
  const file = await (read ?? await injectedReader())(bytes, url);
  return checkPage(file.page, file.detection);
}

/** A reading error as one line for the panel. */
export const readingError = (error: unknown): string =>
  error instanceof ReportFileError ? error.message : `无法读取：${error instanceof Error ? error.message : String(error)}`;
