/**
 * A list page's reports, checked at the user's click (list-check.ts), with the list's own next
 * pages read on request up to a cap, the results kept in the list's order, and the summary and
 * 问题清单 exported with the CLI's columns (src/core/export/season.ts).
 */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../src/core/check';
import { reportListOf, type ListedReport, type ReportList } from '../../src/core/extract/list-page';
import { REVIEWED_FINDINGS_COLUMNS, reviewedFindingRows, sheetCsv, sheetXlsx, summaryCells } from '../../src/core/export/season';
import { cellsOf, SUMMARY_COLUMNS } from '../../src/core/export/summary';
import { checkList, fetchDocument } from '../../src/extension/list-check';
import type { CheckerStore } from '../../src/extension/store-client';
import { listRows, sourceResult, type ListedOutcome } from '../../src/ui/list-model';
import type { ListExport, ListViewProps } from '../../src/ui/ListView';
import { withSeason } from './season';

/** More list pages than a portal's year list ever has; a stop against a page bar that never ends. */
export const MAX_LIST_PAGES = 20;

export interface ListFiles {
  /** save a file from inside the panel */
  download(name: string, data: string | Uint8Array, type: string): void;
  status(text: string): void;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useListCheck(doc: Document, url: string, detected: boolean, store: CheckerStore, files: ListFiles) {
  const first = useMemo(() => (detected ? null : reportListOf(doc, url)), [doc, url, detected]);
  const [listed, setListed] = useState<ListedReport[]>(() => first?.reports ?? []);
  const [next, setNext] = useState<string | null>(() => first?.next ?? null);
  const [pages, setPages] = useState(1);
  const [outcomes, setOutcomes] = useState<Map<number, ListedOutcome>>(new Map());
  const [running, setRunning] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const stop = useRef<AbortController | null>(null);

  const checkAll = useCallback(() => {
    const waiting = listed.map((l, i) => ({ l, i })).filter(({ i }) => !outcomes.has(i));
    const controller = new AbortController();
    stop.current = controller;
    setRunning(true);
    void checkList(waiting.map((w) => w.l), url, {
      signal: controller.signal,
      finish: async (analysis) => (await withSeason(store, analysis).catch(() => ({ analysis }))).analysis,
      onResult: (result, k) => {
        const outcome: ListedOutcome = 'analysis' in result ? { analysis: result.analysis } : { error: result.error };
        setOutcomes((o) => new Map(o).set(waiting[k]!.i, outcome));
      },
    }).finally(() => setRunning(false));
  }, [listed, outcomes, url, store]);

  const loadMore = useCallback(() => {
    if (!next || pages >= MAX_LIST_PAGES) return;
    setLoadingMore(true);
    fetchDocument(next, url)
      .then((page) => {
        const more: ReportList | null = reportListOf(page, next);
        const known = new Set(listed.map((l) => l.href));
        setListed([...listed, ...(more?.reports ?? []).filter((r) => !known.has(r.href))]);
        setNext(more?.next && more.next !== next ? more.next : null);
        setPages(pages + 1);
      })
      .catch((error: unknown) => { files.status(`读取列表下一页失败：${error instanceof Error ? error.message : String(error)}`); setNext(null); })
      .finally(() => setLoadingMore(false));
  }, [next, pages, listed, url, files]);

  const exportFile = useCallback(async (kind: ListExport) => {
    const results = listed.flatMap((l, i) => { const o = outcomes.get(i); return o ? [sourceResult(l, o)] : []; });
    const [header, rows, name] = kind.startsWith('summary')
      ? [SUMMARY_COLUMNS, summaryCells(results), '汇总']
      : [REVIEWED_FINDINGS_COLUMNS, (await Promise.all(results.map(async (r) => {
        const kept = 'report' in r && r.report.detected ? await store.decisionsOf(r.report.meta.agency, r.report.meta.year) : [];
        return reviewedFindingRows(r, kept).map((row) => cellsOf(REVIEWED_FINDINGS_COLUMNS, row));
      }))).flat(), '问题清单'];
    if (kind.endsWith('csv')) files.download(`年报${name}.csv`, sheetCsv(header, rows), 'text/csv;charset=utf-8');
    else files.download(`年报${name}.xlsx`, await sheetXlsx(name, header, rows), XLSX);
    files.status(`已下载${name}（${results.length} 份报告）`);
  }, [listed, outcomes, store, files]);

  const view: ListViewProps | null = first ? {
    rows: listRows(listed, outcomes), running, pages, loadingMore,
    morePages: next !== null && pages < MAX_LIST_PAGES,
    onCheckAll: checkAll,
    onStop: () => stop.current?.abort(),
    onLoadMore: loadMore,
    onView: () => undefined,
    onExport: (kind) => void exportFile(kind).catch((e: unknown) => files.status(`导出失败：${e instanceof Error ? e.message : String(e)}`)),
  } : null;
  /** a checked report of the list, to show in the panel */
  const analysisAt = (index: number): Analysis | null => { const o = outcomes.get(index); return o && 'analysis' in o ? o.analysis : null; };
  return { view, analysisAt, listed };
}
