/**
 * What kind of file a report came as, judged by its first bytes (a portal's link text and file
 * name often lie: "附件.pdf" that is a Word file), and the error every file reader throws when it
 * cannot read one: the CLI turns it into one line on stderr and exit code 2.
 */
import { zipEntries } from './zip';

export type ReportFileType = 'pdf' | 'docx' | 'legacy-word' | 'html' | 'unknown';

export type ReportFileProblem = 'empty' | 'too-large' | 'encrypted' | 'broken' | 'scanned' | 'legacy-word' | 'unknown-type';

export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
  constructor(readonly problem: ReportFileProblem, message: string) {
    super(message);
  }
}

export const LEGACY_WORD_MESSAGE = '这是旧版 Word（.doc）或 WPS（.wps）文件，无法读取表格：请另存为 PDF 或 DOCX 后再检查';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file: .doc, .wps, .xls
/** How far in a PDF header may start: the format allows junk before it, readers accept 1 KiB. */
const PDF_HEADER_WINDOW = 1024;

function findPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i += 1) if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return true;
  return false;
}

function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  try {
    return zipEntries(bytes).some((e) => e.name === name);
  } catch {
    return false;
  }
}

/** Markup near the start, after an optional BOM and whitespace: a page saved from a browser. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*</.test(head) && /<\s*(html|head|body|table|p|div|meta|title|!doctype)\b/i.test(head);
}

/** A ZIP, which a DOCX is (sniffFileType tells a DOCX from other ZIPs and broken ones). */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP);

export function sniffFileType(bytes: Uint8Array): ReportFileType {
  if (findPdfHeader(bytes)) return 'pdf';
  if (isZip(bytes)) return zipHasEntry(bytes, 'word/document.xml') ? 'docx' : 'unknown';
  if (startsWith(bytes, OLE)) return 'legacy-word';
  if (looksLikeHtml(bytes)) return 'html';
  return 'unknown';
}
