/**
 * A list page's reports checked in the page, at the user's click: each linked page of the same
 * site is fetched (same-origin requests need no permission), parsed with DOMParser (which runs
 * no script and loads no image), and checked by the core, a few at a time; a linked PDF or DOCX
 * is read by the file reader. Nothing is fetched from another site and nothing is sent anywhere.
 */
import { checkDocument, type Analysis } from '../core/check';
import type { ListedReport } from '../core/extract/list-page';
import { checkFile, fetchSameSite, readingError } from './read-file';

/** A listed report once its turn has come: its analysis, or why there is none. */
export type ListedResult =
  | { listed: ListedReport; analysis: Analysis }
  | { listed: ListedReport; error: string };

/** Enough to keep a portal responsive and the check quick; browsers allow six per host anyway. */
export const LIST_CONCURRENCY = 4;

/** The charset a page declares: the header's, else a <meta> in its first 1024 bytes (the HTML standard's prescan, simplified). */
export function declaredCharset(contentType: string | null, head: Uint8Array): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(ascii)?.[1] ?? 'utf-8';
}

/** Many portals still serve GBK: decoded as the page says, as the browser would. */
export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  const charset = declaredCharset(contentType, bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // a label the browser does not know
  }
}

/** A page of the site this page is on, as a document (never another site's). */
export async function fetchDocument(href: string, page: string): Promise<Document> {
  const url = new URL(href, page);
  if (url.origin !== new URL(page).origin) throw new Error(`在其他网站（${url.host}），不读取`);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return new DOMParser().parseFromString(decodePage(bytes, response.headers.get('content-type')), 'text/html');
}

const READABLE_FILE = /\.(?:pdf|docx)(?:$|[?#])/i;

/** One listed report, checked, then handed to `finish` (which compares it with last year's). */
async function checkListed(listed: ListedReport, page: string, finish: (analysis: Analysis) => Promise<Analysis>): Promise<ListedResult> {
  try {
    if (!listed.sameSite) return { listed, error: `在其他网站（${new URL(listed.href).host}），不读取` };
    if (listed.kind === 'file') {
      if (!READABLE_FILE.test(listed.href)) return { listed, error: '附件不是 PDF 或 DOCX 文件，请另存为 PDF 或 DOCX 后再检查' };
      return { listed, analysis: await finish(await checkFile(await fetchSameSite(listed.href, page), listed.href)) };
    }
    return { listed, analysis: await finish(checkDocument(await fetchDocument(listed.href, page), listed.href)) };
  } catch (error) {
    return { listed, error: readingError(error).replace(/^无法读取：/, '') };
  }
}

/**
 * Check `reports` a few at a time, each result handed to `onResult` as it comes, until done or
 * `signal` aborts (what is running finishes; nothing new starts). `finish` completes a checked
 * report (the history: compare with last year's, remember this one).
 */
export async function checkList(
  reports: readonly ListedReport[], page: string,
  { signal, onResult, finish = async (a) => a }: {
    signal: AbortSignal;
    onResult(result: ListedResult, index: number): void;
    finish?: (analysis: Analysis) => Promise<Analysis>;
  },
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!signal.aborted && next < reports.length) {
      const index = next;
      next += 1;
      onResult(await checkListed(reports[index]!, page, finish), index);
      // let the page breathe between reports: parsing and checking one is a task of its own
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  await Promise.all(Array.from({ length: Math.min(LIST_CONCURRENCY, reports.length) }, worker));
}
