/**
 * The checker on one page: checks the report's document, marks its cells and sentences, and
 * shows the panel; answers the panel's buttons, the pointer and the keyboard. State lives in
 * hooks; geometry (where the tooltip and the panel go) is src/ui/placement.ts.
 *
 * Everything that touches the page (marks, listeners) is set up in layout effects: Preact 11
 * runs a passive effect's cleanup at unmount only on a later animation frame, so the marks of a
 * closed panel could outlive it; a layout effect's cleanup runs as the panel is removed.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkDocument, withFindings, type Analysis } from '../../src/core/check';
import { layOutTables } from '../../src/core/export/official-layout';
import { REVIEWED_FINDINGS_COLUMNS, reviewedFindingRows, sheetCsv } from '../../src/core/export/season';
import { cellsOf } from '../../src/core/export/summary';
import { toCsv, toMarkdown, toTsv } from '../../src/core/export/text-formats';
import type { TableId } from '../../src/core/model/forms';
import { severityCounts } from '../../src/core/report';
import { toBackground } from '../../src/extension/messages';
import type { FileReader } from '../../src/extension/file-reader';
import { checkFile, fetchSameSite, readingError } from '../../src/extension/read-file';
import { copyText, downloadFile } from '../../src/page/clipboard';
import { flash, highlight, RULES_ATTRIBUTE, type Highlights } from '../../src/page/highlight';
import { highlightText, type TextHighlights } from '../../src/page/text-highlight';
import type { CheckerStore } from '../../src/extension/store-client';
import { findingsText, panelModel, shownFindings, type FindingView } from '../../src/ui/model';
import { Panel, type CopyKind } from '../../src/ui/Panel';
import { placePanel, placeTooltip, tooltipSize, type Box, type Side } from '../../src/ui/placement';
import { useListCheck, type ListFiles } from './list';
import { useSeason } from './season';

const PANEL_WIDTH = 420;

export interface CheckerProps {
  /** the document that holds the report (this page's, or a same-origin frame's) */
  doc: Document;
  /** where the panel lives: downloads are started from inside it, not from the page */
  shadow: ShadowRoot;
  onClose(): void;
  /** calls back when the *.gov.cn permission is granted or removed; returns the unsubscribe */
  onAutoDetectChange(listener: (granted: boolean) => void): () => void;
  /** the report is this file, not the page (the PDF Chrome's viewer shows; a file opened in the file page) */
  file?: FileSource;
  /** the reviewer's history and decisions (storage.local) */
  store: CheckerStore;
}

/** A file to check instead of the page. */
export interface FileSource {
  name: string;
  url: string;
  bytes(): Promise<Uint8Array>;
  /** the file reader, when it is loaded already (the file page); else the background injects it */
  read?: FileReader;
}

/** A report shown instead of the page's: an attachment, the PDF the tab shows, a report of the page's list. */
interface FileReport {
  /** 附件, 文件, 列表中的报告 */
  label: string;
  name: string;
  analysis: Analysis;
}

/** A file's name from its address. */
export const fileName = (href: string): string => decodeURIComponent(new URL(href).pathname.split('/').pop() || href);

interface Tooltip {
  x: number;
  y: number;
  lines: string[];
  /** opened by hovering a cell (it closes when the pointer leaves), not by a finding click */
  hover: boolean;
}

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** A cell with its row label: from the left edge of its table to the cell's right edge. */
function withRowLabel(el: Element): Box {
  const cell = boxOf(el.getBoundingClientRect());
  const table = el.closest('table');
  return table ? { ...cell, left: Math.min(cell.left, table.getBoundingClientRect().left) } : cell;
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

function check(doc: Document, force: boolean): Analysis {
  return checkDocument(doc, doc.location?.href ?? location.href, { force });
}

/** The page elements each finding points at (value cells, or label cells for the format rules). */
function elementsOf(analysis: Analysis): Element[][] {
  return analysis.findings.map((finding) => {
    const labels = analysis.labelsOf(finding);
    const handles = labels.length > 0 ? labels.map((l) => l.source.cell.handle)
      : finding.cells.flatMap((ref) => (ref.table === 'text' ? [] : [analysis.locate(ref)]));
    return handles.filter((h): h is Element => typeof (h as Element | null)?.getBoundingClientRect === 'function');
  });
}

export function Checker({ doc, shadow, onClose, onAutoDetectChange, file: source, store }: CheckerProps) {
  /** the page's own report (none when the report is a file), and a file's when one is shown */
  const [page, setPage] = useState<Analysis | null>(() => (source ? null : check(doc, false)));
  const [file, setFile] = useState<FileReport | null>(null);
  const [pending, setPending] = useState<string | null>(source ? `正在读取 ${source.name}…` : null);
  const [problem, setProblem] = useState<string | null>(null);
  const base = file?.analysis ?? page;
  const { analysis, previous, decisions, decide } = useSeason(base, store);
  const [showIgnored, setShowIgnored] = useState(false);
  const model = useMemo(() => (analysis ? panelModel(analysis, decisions, showIgnored) : null), [analysis, decisions, showIgnored]);
  /** what is marked in the page: ignored findings are not, unless shown */
  const shown = useMemo(() => (analysis ? withFindings(analysis, shownFindings(analysis, decisions, showIgnored)) : null), [analysis, decisions, showIgnored]);
  const targets = useMemo(() => (analysis ? elementsOf(analysis) : []), [analysis]);
  const [side, setSide] = useState<Side>('right');
  const [width, setWidth] = useState(PANEL_WIDTH);
  const [collapsed, setCollapsed] = useState(false);
  const [table, setTable] = useState<TableId | null>(() => model?.suspects[0]?.table ?? null);
  const [status, setStatus] = useState('');
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [autoDetect, setAutoDetect] = useState<boolean | null>(null);
  const marks = useRef<{ cells: Highlights; text: TextHighlights } | null>(null);
  const shownTooltip = useRef(tooltip);
  shownTooltip.current = tooltip;

  const panelBox = (): Box | null => {
    const el = shadow.querySelector('[data-testid="nianbao-panel"]');
    return el ? boxOf(el.getBoundingClientRect()) : null;
  };

  // Mark the page for its own analysis (a file's cells are not in the page); the marks go when it changes or the panel closes.
  useLayoutEffect(() => {
    if (!shown) return undefined;
    void toBackground({ type: 'nianbao:count', detected: shown.detected, errors: severityCounts(shown.findings).error }).catch(() => undefined);
    if (!shown.detected || base !== page) return undefined;
    const cells = highlight(shown, doc);
    const text = highlightText(doc, shown.findings);
    marks.current = { cells, text };
    return () => {
      cells.remove();
      text.remove();
      marks.current = null;
    };
  }, [shown, base, page, doc]);

  /** Read a file and show its findings in the panel (its cells cannot be marked: previews and page numbers instead). */
  const readFile = useCallback((file: FileSource, reading: string) => {
    setPending(reading);
    setProblem(null);
    file.bytes()
      .then((bytes) => checkFile(bytes, file.url, file.read))
      .then((report) => {
        setFile({ label: page ? '附件' : '文件', name: file.name, analysis: report });
        setTable(panelModel(report).suspects[0]?.table ?? null);
      })
      .catch((error: unknown) => setProblem(readingError(error)))
      .finally(() => setPending(null));
  }, []);

  // The report is a file: read it.
  useLayoutEffect(() => {
    if (source) readFile(source, `正在读取 ${source.name}…`);
  }, [source, readFile]);

  // The auto-detect switch shows the permission as it is, and follows it when it changes.
  useLayoutEffect(() => {
    void toBackground({ type: 'nianbao:auto-detect-state' }).then((granted) => setAutoDetect(granted === true)).catch(() => undefined);
    return onAutoDetectChange(setAutoDetect);
  }, [onAutoDetectChange]);

  /** A tooltip beside `anchor`, clear of `others` (its finding's cells with their row labels) and of the panel. */
  const showTooltip = useCallback((anchor: Box, others: Box[], lines: string[], hover: boolean) => {
    const panel = panelBox();
    const place = placeTooltip(anchor, panel ? [...others, panel] : others, tooltipSize(lines), viewport());
    setTooltip({ ...place, lines, hover });
  }, []);

  // Hovering a marked cell shows its findings' messages, clear of their other cells; leaving it hides them.
  useLayoutEffect(() => {
    const findingsAt = (el: Element) => targets.flatMap((els, i) => (els.includes(el) ? [i] : []));
    const onOver = (event: Event) => {
      const cell = (event.target as Element | null)?.closest?.(`[${RULES_ATTRIBUTE}]`);
      const mark = cell ? marks.current?.cells.marked.get(cell) : undefined;
      if (!cell || !mark) return;
      // its findings' cells, and its own row label, stay in view
      const others = [cell, ...findingsAt(cell).flatMap((i) => targets[i]!)].map(withRowLabel);
      showTooltip(boxOf(cell.getBoundingClientRect()), others, mark.messages, true);
    };
    const onOut = (event: Event) => {
      const cell = (event.target as Element | null)?.closest?.(`[${RULES_ATTRIBUTE}]`);
      const into = (event as MouseEvent).relatedTarget as Node | null;
      if (cell && !(into && cell.contains(into))) setTooltip((t) => (t?.hover ? null : t));
    };
    doc.addEventListener('mouseover', onOver, { passive: true });
    doc.addEventListener('mouseout', onOut, { passive: true });
    return () => {
      doc.removeEventListener('mouseover', onOver);
      doc.removeEventListener('mouseout', onOut);
    };
  }, [doc, targets, showTooltip]);

  // Esc hides the tooltip, then closes the panel; a click anywhere else hides the tooltip.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (shownTooltip.current) setTooltip(null);
      else onClose();
    };
    const onDown = (event: Event) => {
      if (event.composedPath().includes(shadow.host)) return; // the panel's own buttons
      setTooltip(null);
    };
    const docs = [...new Set([document, doc])];
    for (const d of docs) {
      d.addEventListener('keydown', onKey);
      d.addEventListener('mousedown', onDown, { passive: true });
    }
    return () => {
      for (const d of docs) {
        d.removeEventListener('keydown', onKey);
        d.removeEventListener('mousedown', onDown);
      }
    };
  }, [doc, shadow, onClose]);

  const showFinding = (finding: FindingView) => {
    if (finding.table) setTable(finding.table);
    const elements = targets[finding.index] ?? [];
    const range = finding.quotes.map((q) => marks.current?.text.ranges.get(q)).find((r) => r);
    if (elements[0]) flash(elements[0]);
    else if (range) range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    else return;
    // once the smooth scroll has settled: keep the cells and their row labels clear of the panel,
    // and point at the first one with the finding's message
    const view = doc.defaultView ?? window;
    let placed = false;
    const place = () => {
      if (placed) return;
      placed = true;
      const boxes = elements.map(withRowLabel);
      const panel = panelBox();
      if (panel && boxes.length > 0) {
        const next = placePanel(boxes, viewport(), { width: PANEL_WIDTH, height: panel.bottom - panel.top, side });
        setSide(next.side);
        setWidth(next.width);
        setCollapsed(next.collapsed);
      }
      const anchor = elements[0] ? boxOf(elements[0].getBoundingClientRect()) : boxOf(range!.getBoundingClientRect());
      // the panel has not moved yet: the tooltip keeps clear of the cells now, of the panel once it has
      requestAnimationFrame(() => showTooltip(anchor, elements.map(withRowLabel), [finding.message], false));
    };
    if ('onscrollend' in view) view.addEventListener('scrollend', place, { once: true });
    setTimeout(place, 1200);
  };

  const files: ListFiles = useMemo(() => ({
    download: (name, data, type) => downloadFile(shadow, name, data as string | Uint8Array<ArrayBuffer>, type),
    status: setStatus,
  }), [shadow]);
  const list = useListCheck(doc, doc.location?.href ?? location.href, page?.detected ?? true, store, files);
  /** A checked report of the list, shown with its own findings (its page is not this one: previews, no marks). */
  const viewListed = (index: number) => {
    const report = list.analysisAt(index);
    if (!report) return;
    setFile({ label: '列表中的报告', name: list.listed[index]!.text, analysis: report });
    setTable(panelModel(report).suspects[0]?.table ?? null);
  };

  const copy = async (kind: CopyKind) => {
    if (!analysis || !model) return;
    // only the text this button asks for is built
    const tables = () => layOutTables(analysis.extraction);
    const one = (id: TableId) => toTsv(tables().filter((t) => t.id === id));
    if (kind === 'findings-csv') {
      const { agency, year } = analysis.meta;
      const kept = await store.decisionsOf(agency, year);
      const rows = reviewedFindingRows({ source: analysis.url, report: analysis.json, verdict: analysis.verdict.reason }, kept);
      downloadFile(shadow, `${analysis.json.meta.title ?? '年报'}-问题清单.csv`, sheetCsv(REVIEWED_FINDINGS_COLUMNS, rows.map((r) => cellsOf(REVIEWED_FINDINGS_COLUMNS, r))), 'text/csv;charset=utf-8');
      setStatus('已下载问题清单 CSV（含决定和备注）');
      return;
    }
    if (kind === 'csv') {
      downloadFile(shadow, `${analysis.json.meta.title ?? '年报'}.csv`, toCsv(tables()), 'text/csv;charset=utf-8');
      setStatus('已下载 CSV（UTF-8，Excel 可直接打开）');
      return;
    }
    const [text, done]: [string, string] =
      kind === 'tsv-active' ? [one('active'), '已复制表二（TSV，可直接粘贴到 Excel/WPS）']
        : kind === 'tsv-requests' ? [one('requests'), '已复制表三（TSV，可直接粘贴到 Excel/WPS）']
          : kind === 'tsv-review' ? [one('review'), '已复制表四（TSV，可直接粘贴到 Excel/WPS）']
            : kind === 'tsv-all' ? [toTsv(tables()), '已复制全部表格（TSV）']
              : kind === 'json' ? [`${JSON.stringify(analysis.json, null, 2)}\n`, '已复制 JSON']
                : kind === 'markdown' ? [toMarkdown(tables()), '已复制 Markdown']
                  : [findingsText(model), '已复制问题清单'];
    setStatus((await copyText(text)) ? done : '复制失败：浏览器拒绝写入剪贴板');
  };

  return (
    <Panel
      list={list.view && { ...list.view, onView: viewListed }}
      previous={previous && { year: previous.year, url: previous.url, checkedAt: previous.checkedAt }}
      showIgnored={showIgnored} onShowIgnored={() => setShowIgnored((s) => !s)}
      onDecide={(finding, verdict, comment) => decide(finding.index, verdict, comment)}
      model={model} side={side} width={width} collapsed={collapsed} table={table} autoDetect={autoDetect} status={status}
      tooltip={tooltip}
      onClose={onClose}
      onMove={() => { setSide((s) => (s === 'right' ? 'left' : 'right')); setWidth(PANEL_WIDTH); }}
      onCollapse={() => setCollapsed((c) => !c)}
      onFinding={showFinding}
      onTable={setTable}
      pending={pending} problem={problem} file={file && { label: file.label, name: file.name }}
      onCheckAnyway={() => setPage(check(doc, true))}
      onCopy={(kind) => void copy(kind)}
      onAutoDetect={() => void toBackground({ type: 'nianbao:auto-detect-options' }).catch(() => undefined)}
      onCheckAttachment={(href, name) => readFile({ name, url: new URL(href, location.href).href, bytes: () => fetchSameSite(href, location.href) }, `正在读取附件：${name}…`)}
      onBack={page && file ? () => { setFile(null); setProblem(null); } : null}
    />
  );
}
