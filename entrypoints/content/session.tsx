/**
 * One page's session: check the page, show the panel in a shadow root, mark the cells, answer
 * the panel's buttons, and (for the badge) re-check when script-rendered content arrives.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { checkDocument, type Analysis } from '../../src/core/check';
import { layOutTables } from '../../src/core/export/official-layout';
import { toCsv, toMarkdown, toTsv } from '../../src/core/export/text-formats';
import { severityCounts } from '../../src/core/report';
import { copyText, downloadText } from '../../src/page/clipboard';
import { flash, highlight, RULES_ATTRIBUTE, type Highlights } from '../../src/page/highlight';
import { reportDocument, watchUntil } from '../../src/page/report-document';
import { highlightText, type TextHighlights } from '../../src/page/text-highlight';
import { findingsText, panelModel, type FindingView, type PanelModel } from '../../src/ui/model';
import { Panel, type CopyKind } from '../../src/ui/Panel';

const PANEL_SPACE = 444;

/** Where a tooltip for `box` goes: below it, or above when there is no room, always on screen. */
function tooltipAt(box: DOMRect, lines: string[]) {
  const below = box.bottom + 6;
  const y = below > window.innerHeight - 96 ? Math.max(4, box.top - 96) : below;
  return { x: Math.min(Math.max(4, box.left), Math.max(4, window.innerWidth - 370)), y, lines };
}

export function createSession(ctx: ContentScriptContext, css: string) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let analysis: Analysis | null = null;
  /** what the panel shows for `analysis`: computed once, not on every render */
  let model: PanelModel | null = null;
  let reportDoc: Document = document;
  let highlights: Highlights | null = null;
  let textHighlights: TextHighlights | null = null;
  let side: 'left' | 'right' = 'right';
  let collapsed = false;
  let status = '';
  let tooltip: { x: number; y: number; lines: string[] } | null = null;
  /** who opened the tooltip: hovering only clears its own, not one a finding click opened */
  let tooltipFromHover = false;
  let autoDetect: boolean | null = null;
  let hoverOff: (() => void) | null = null;
  let hostWatch: MutationObserver | null = null;

  const analyze = (force = false): Analysis => {
    reportDoc = reportDocument();
    analysis = checkDocument(reportDoc, reportDoc.location?.href ?? location.href, { force });
    model = panelModel(analysis);
    return analysis;
  };

  const report = (a: Analysis) => {
    void browser.runtime.sendMessage({ type: 'nianbao:count', detected: a.detected, errors: severityCounts(a.findings).error }).catch(() => undefined);
  };

  const unmark = () => {
    highlights?.remove();
    textHighlights?.remove();
    highlights = null;
    textHighlights = null;
  };
  const mark = () => {
    unmark();
    if (!analysis?.detected) return;
    highlights = highlight(analysis, reportDoc);
    textHighlights = highlightText(reportDoc, analysis.findings);
  };

  const draw = () => {
    if (!ui || !model) return;
    render(
      <Panel
        model={model} side={side} collapsed={collapsed} autoDetect={autoDetect} status={status} tooltip={tooltip}
        onClose={() => void close()}
        onMove={() => { side = side === 'right' ? 'left' : 'right'; draw(); }}
        onCollapse={() => { collapsed = !collapsed; draw(); }}
        onFinding={showFinding}
        onCheckAnyway={() => { analyze(true); mark(); draw(); }}
        onCopy={(kind) => void copy(kind)}
        onAutoDetect={() => void browser.runtime.sendMessage({ type: 'nianbao:auto-detect-options' })}
      />,
      ui.uiContainer,
    );
  };

  function showFinding(finding: FindingView) {
    const cell = finding.cells.map((c) => analysis?.locate(c.ref)).find((el) => el) as Element | undefined;
    const range = finding.quotes.map((q) => textHighlights?.ranges.get(q)).find((r) => r);
    if (cell) flash(cell);
    else if (range) range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    else return;
    // once the smooth scroll has settled, point at the cell or sentence with the finding's message
    const view = reportDoc.defaultView ?? window;
    let placed = false;
    const place = () => {
      if (placed) return;
      placed = true;
      const box = (cell ?? range!).getBoundingClientRect();
      // the panel (420 px and its margin) steps aside when it would cover what it points at
      if (side === 'right' && box.right > window.innerWidth - PANEL_SPACE && box.left > PANEL_SPACE) side = 'left';
      else if (side === 'left' && box.left < PANEL_SPACE && box.right < window.innerWidth - PANEL_SPACE) side = 'right';
      tooltip = tooltipAt(box, [finding.message]);
      tooltipFromHover = false;
      draw();
      // the reader scrolling away (not our own smooth scroll) dismisses it
      for (const type of ['wheel', 'touchmove', 'keydown']) view.addEventListener(type, hideTooltip, { once: true, passive: true });
    };
    if ('onscrollend' in view) view.addEventListener('scrollend', place, { once: true });
    setTimeout(place, 1200);
  }

  function hideTooltip() {
    if (tooltip === null) return;
    tooltip = null;
    draw();
  }

  async function copy(kind: CopyKind) {
    if (!analysis || !model || !ui) return;
    const tables = layOutTables(analysis.extraction);
    const one = (id: string) => tables.filter((t) => t.id === id);
    const texts: Record<Exclude<CopyKind, 'csv'>, [string, string]> = {
      'tsv-active': [toTsv(one('active')), '已复制表二（TSV，可直接粘贴到 Excel/WPS）'],
      'tsv-requests': [toTsv(one('requests')), '已复制表三（TSV，可直接粘贴到 Excel/WPS）'],
      'tsv-review': [toTsv(one('review')), '已复制表四（TSV，可直接粘贴到 Excel/WPS）'],
      'tsv-all': [toTsv(tables), '已复制全部表格（TSV）'],
      json: [`${JSON.stringify(analysis.json, null, 2)}\n`, '已复制 JSON'],
      markdown: [toMarkdown(tables), '已复制 Markdown'],
      findings: [findingsText(model), '已复制问题清单'],
    };
    if (kind === 'csv') {
      downloadText(ui.shadow, `${analysis.json.meta.title ?? '年报'}.csv`, toCsv(tables), 'text/csv;charset=utf-8');
      status = '已下载 CSV（UTF-8，Excel 可直接打开）';
    } else {
      const [text, done] = texts[kind];
      status = (await copyText(text)) ? done : '复制失败：浏览器拒绝写入剪贴板';
    }
    draw();
  }

  /** Hovering a marked cell shows its findings' messages (the cell itself is not changed). */
  function listenForHover(doc: Document) {
    const onOver = (event: Event) => {
      const target = event.target as Element | null;
      const cell = target?.closest?.(`[${RULES_ATTRIBUTE}]`);
      const markFor = cell ? highlights?.marked.get(cell) : undefined;
      const next = markFor && cell ? tooltipAt(cell.getBoundingClientRect(), markFor.messages) : null;
      if (next === null && (tooltip === null || !tooltipFromHover)) return;
      tooltip = next;
      tooltipFromHover = next !== null;
      draw();
    };
    doc.addEventListener('mouseover', onOver, { passive: true });
    return () => doc.removeEventListener('mouseover', onOver);
  }

  async function open() {
    report(analyze());
    mark();
    status = '';
    tooltip = null;
    ui = await createShadowRootUi(ctx, {
      name: 'nianbao-lint-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      onMount: (container) => container,
      onRemove: (container) => { if (container) render(null, container); },
    });
    ui.mount();
    // The host is the page's element: inline !important keeps hostile page CSS off it.
    ui.shadowHost.setAttribute('style', 'all: initial !important; position: static !important; display: block !important;');
    // A page script that removes our host closes the session: marks go with it.
    const host = ui.shadowHost;
    hostWatch = new MutationObserver(() => { if (!host.isConnected) void close(); });
    hostWatch.observe(document.documentElement, { childList: true, subtree: true });
    hoverOff = listenForHover(reportDoc);
    draw();
    void browser.runtime.sendMessage({ type: 'nianbao:auto-detect-state' })
      .then((granted: unknown) => { autoDetect = granted === true; draw(); })
      .catch(() => undefined);
  }

  async function close() {
    hostWatch?.disconnect();
    hostWatch = null;
    unmark();
    hoverOff?.();
    hoverOff = null;
    ui?.remove();
    ui = null;
  }

  return {
    async toggle() {
      if (ui) await close();
      else await open();
    },
    /** For the badge: check the report once its tables or text are there (now, or when a script renders them). */
    watch() {
      if (window.top !== window) return;
      const stop = watchUntil(document, () => {
        const doc = reportDocument();
        const a = checkDocument(doc, doc.location?.href ?? '');
        return a.detected ? a : undefined;
      }, report);
      ctx.onInvalidated(() => { stop(); void close(); });
    },
  };
}
