/**
 * pdf.js in Node: its legacy build (the newest that runs on Node 20 is pinned), with a DOMMatrix
 * stub when the optional native canvas is not installed (the import throws at `new DOMMatrix()`
 * otherwise; operator lists never use it), and the cMaps from the installed package.
 *
 * The natives the legacy build's core-js replaces are put back once pdf.js and its worker (loaded
 * here, so the fake worker does not import it later) are in (keep-natives.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfDocumentData } from '../core/extract/pdf/page-data';
import { keepingNatives } from '../pdf/keep-natives';
import { readPdfDocument, type PdfJsLib, type PdfReadOptions } from '../pdf/read-pdf';

/** Enough of DOMMatrix for pdf.js to load: it builds identity matrices at import time. */
class DOMMatrixStub {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
}

async function importKeepingNatives(): Promise<PdfJsLib> {
  return keepingNatives(async () => {
    const pdfjs: PdfJsLib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs'); // sets globalThis.pdfjsWorker
    return pdfjs;
  });
}

let loaded: Promise<{ pdfjs: PdfJsLib; options: PdfReadOptions }> | null = null;

function loadPdfJs(): Promise<{ pdfjs: PdfJsLib; options: PdfReadOptions }> {
  return (loaded ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown };
    g.DOMMatrix ??= DOMMatrixStub;
    const pdfjs = await importKeepingNatives();
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs, options: { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` } };
  })());
}

export async function readPdfInNode(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfDocumentData> {
  const { pdfjs, options: paths } = await loadPdfJs();
  return readPdfDocument(pdfjs, bytes, { ...paths, ...options });
}
