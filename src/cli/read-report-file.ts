/**
 * readReportFile: what the CLI calls for a file or a download, whatever it is. The type comes
 * from the bytes (a portal's "附件.pdf" may be a Word file): an HTML page goes the way it always
 * went (decoded by its charset, parsed by linkedom, read by readDom), a PDF or DOCX through its
 * reader; each loads only its own libraries. Unreadable input throws ReportFileError (legacy .doc/.wps, encrypted or broken PDF,
 * a scan): one line for stderr and exit code 2.
 */
import type { Detection } from '../core/extract/detect';
import { detect } from '../core/extract/detect';
import { sniffFileType } from '../core/extract/file-type';
import type { RawPage } from '../core/extract/raw';
import { readDom } from '../core/extract/read-dom';
import { readBinaryReport } from '../core/extract/report-file';
import { readPdfInNode } from './read-pdf';

export interface ReportFile {
  type: 'html' | 'pdf' | 'docx';
  page: RawPage;
  detection: Detection;
  /** PDF pages without a text layer (1-based) */
  scannedPages: number[];
}

export async function readReportFile(bytes: Uint8Array, url = '', headerCharset: string | null = null): Promise<ReportFile> {
  if (sniffFileType(bytes) === 'html') {
    const { decodeHtml } = await import('./html');
    return readHtmlReport(decodeHtml(bytes, headerCharset), url);
  }
  return readBinaryReport(bytes, readPdfInNode, url);
}

/** A page already decoded to text. */
export async function readHtmlReport(html: string, url = ''): Promise<ReportFile> {
  // linkedom is loaded for pages only: a PDF's fresh process does not pay for it
  const { parseHtmlDocument } = await import('./html');
  const doc = parseHtmlDocument(html);
  return { type: 'html', page: readDom(doc, url), detection: detect(doc, url), scannedPages: [] };
}
