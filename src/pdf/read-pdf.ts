/**
 * The only code that talks to pdf.js: a PDF's bytes → per page, what is drawn on it, as the plain
 * data of src/core/extract/pdf/page-data.ts (src/pdf/operators.ts reads the operator lists). It
 * runs in a page, an extension or Node: the caller passes the pdf.js module it has loaded (Node
 * needs a polyfill first: src/cli/read-pdf.ts). One page at a time, each released when read.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReportFileError } from '../core/extract/file-type';
import type { PdfDocumentData, PdfPageData } from '../core/extract/pdf/page-data';
import { fontInGState, walkOperators, type FontInfo, type Matrix, type Ops } from './operators';

export type PdfJsLib = Pick<typeof PdfJs, 'getDocument' | 'OPS' | 'normalizeUnicode'>;

export interface PdfReadOptions {
  /** where pdf.js finds its packed CJK cMaps (needed for fonts that are not embedded) */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /** a PDF with more pages is refused (a report has a few; a 1,000-page dump is not one) */
  maxPages?: number;
}

export const DEFAULT_MAX_PAGES = 500;

type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJsLib['getDocument']>['promise']>['getPage']>>;

/** The fonts the operator list sets, as pdf.js has loaded them (all fonts are common objects). */
async function fontsOf(page: Page, fnArray: readonly number[], argsArray: readonly unknown[], OPS: Ops): Promise<Map<string, FontInfo>> {
  const names = new Set<string>();
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.setFont) names.add(String(args[0]));
    else if (fn === OPS.setGState) {
      const font = fontInGState(args);
      if (font) names.add(font[0]);
    }
  });
  const fonts = new Map<string, FontInfo>();
  await Promise.all([...names].map((name) => new Promise<void>((resolve) => {
    page.commonObjs.get(name, (font: unknown) => {
      fonts.set(name, (font ?? {}) as FontInfo);
      resolve();
    });
  })));
  return fonts;
}

/** pdf.js's errors as the typed error the callers turn into a message (CLI: exit 2). */
function readError(error: unknown): ReportFileError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new ReportFileError('encrypted', 'PDF 文件有密码保护，无法读取 (password-protected PDF)');
  const detail = error instanceof Error ? error.message : String(error);
  return new ReportFileError('broken', `PDF 文件已损坏或不完整，无法读取 (broken PDF: ${detail})`);
}

export async function readPdfDocument(pdfjs: PdfJsLib, bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfDocumentData> {
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js may transfer the buffer to its worker
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw readError(error);
  }
  try {
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (doc.numPages > maxPages) throw new ReportFileError('too-large', `PDF 有 ${doc.numPages} 页，超过 ${maxPages} 页，不像是一份年度报告 (too many pages)`);
    const metadata = await doc.getMetadata().catch(() => null);
    const title = (metadata?.info as { Title?: unknown } | undefined)?.Title;
    const OPS = pdfjs.OPS as unknown as Ops;
    const pages: PdfPageData[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const { fnArray, argsArray } = await page.getOperatorList();
      const fonts = await fontsOf(page, fnArray, argsArray, OPS);
      const drawing = walkOperators(OPS, fnArray, argsArray, { base: viewport.transform as Matrix, fonts, normalize: pdfjs.normalizeUnicode });
      pages.push({ page: n, width: viewport.width, height: viewport.height, ...drawing });
      page.cleanup();
    }
    return { title: typeof title === 'string' ? title : '', pages };
  } catch (error) {
    throw error instanceof ReportFileError ? error : readError(error);
  } finally {
    await doc.destroy();
  }
}
