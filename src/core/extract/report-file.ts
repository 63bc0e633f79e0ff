/**
 * A report that came as a file: its type by signature, then the PDF or DOCX reader, into the
 * RawPage every later step reads. The PDF library is the caller's (pdf.js needs a polyfill in
 * Node and a worker setup in a browser): it is passed in as a function from bytes to pages.
 */
import type { Detection } from './detect';
import { readDocx } from './docx';
import { LEGACY_WORD_MESSAGE, ReportFileError, sniffFileType } from './file-type';
import type { PdfDocumentData } from './pdf/page-data';
import { pdfToRawPage } from './pdf/to-raw-page';
import type { RawPage } from './raw';

export type PdfPagesReader = (bytes: Uint8Array) => Promise<PdfDocumentData>;

export interface BinaryReport {
  type: 'pdf' | 'docx';
  page: RawPage;
  /** PDF pages without a text layer (1-based); none for a DOCX */
  scannedPages: number[];
  /** a file given to be checked is taken for a report; checkPage still wants its tables or text */
  detection: Detection;
}

const detected = (type: 'pdf' | 'docx'): Detection => ({ isReport: true, reason: `${type.toUpperCase()} 文件` });

/** Reads a PDF or DOCX; throws ReportFileError for anything else (an HTML page has its own reader). */
export async function readBinaryReport(bytes: Uint8Array, readPdfPages: PdfPagesReader, url = ''): Promise<BinaryReport> {
  if (bytes.length === 0) throw new ReportFileError('empty', '文件为空 (empty input)');
  const type = sniffFileType(bytes);
  if (type === 'pdf') {
    const reading = pdfToRawPage(await readPdfPages(bytes), url);
    return { type, page: reading.page, scannedPages: reading.scannedPages, detection: detected(type) };
  }
  if (type === 'docx') return { type, page: await readDocx(bytes, url), scannedPages: [], detection: detected(type) };
  if (type === 'legacy-word') throw new ReportFileError('legacy-word', LEGACY_WORD_MESSAGE);
  throw new ReportFileError('unknown-type', '不是 PDF 或 DOCX 文件 (neither PDF nor DOCX)');
}
