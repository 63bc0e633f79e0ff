/**
 * The file reader of the extension: the core's PDF and DOCX readers with pdf.js — its legacy
 * build (the modern one needs newer browsers than the Firefox ESR 140 the manifest claims), the
 * worker run in the same script (a content script cannot start a Worker from an extension URL,
 * so pdf.js's "fake worker" is used: importing the worker module registers
 * globalThis.pdfjsWorker), eval off (MV3's CSP; read-pdf.ts sets isEvalSupported: false).
 * About 0.5 MB gzip: loaded only to read a file (the PDF tab, an attachment, the file page),
 * never with the HTML checker; pdf.js itself is imported on the first PDF, keeping the natives
 * its core-js would replace (keep-natives.ts).
 * No cMaps are shipped: a PDF whose CJK fonts are not embedded reads as having no text, and is
 * said to be unreadable rather than guessed at (the CLI has them).
 */
import { readBinaryReport, type BinaryReport } from '../core/extract/report-file';
import { keepingNatives } from '../pdf/keep-natives';
import { readPdfDocument, type PdfJsLib } from '../pdf/read-pdf';

export type FileReader = (bytes: Uint8Array, url: string) => Promise<BinaryReport>;

let pdfjs: Promise<PdfJsLib> | null = null;
const loadPdfJs = () => (pdfjs ??= keepingNatives(async () => {
  const lib: PdfJsLib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs'); // registers globalThis.pdfjsWorker: the fake worker
  return lib;
}));

export const readReportFile: FileReader = (bytes, url) =>
  readBinaryReport(bytes, async (pdf) => readPdfDocument(await loadPdfJs(), pdf), url);
