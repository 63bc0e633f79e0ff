/**
 * The summary panel (zh-CN). Props in, callbacks out; no extension APIs. Everything the page
 * contributes (titles, labels, quotes, cell text) is rendered as text nodes by Preact, never as HTML.
 */
import { useState } from 'preact/hooks';
import type { TableId } from '../core/model/forms';
import { SEVERITY_NAMES } from '../core/model/forms';
import type { FindingView, PanelModel } from './model';
import type { Preview as PreviewTable } from './preview';
import type { Side } from './placement';
import { ListView, type ListViewProps } from './ListView';
import { DecisionBar, type OnDecide } from './Review';

export type CopyKind = 'tsv-active' | 'tsv-requests' | 'tsv-review' | 'tsv-all' | 'csv' | 'json' | 'markdown' | 'findings' | 'findings-csv';

export interface PanelProps {
  /** null while a file is read, or when the tab's file could not be read */
  model: PanelModel | null;
  side: Side;
  /** narrower than usual when that keeps the finding's cells in view */
  width: number;
  collapsed: boolean;
  /** the preview shown: the table of the finding last clicked, else the first suspect's */
  table: TableId | null;
  /** null while unknown; true when *.gov.cn pages are checked automatically (the permission is granted) */
  autoDetect: boolean | null;
  /** a short status line after an action ("已复制表三") */
  status: string;
  tooltip: { x: number; y: number; lines: string[] } | null;
  /** a file is being read ("正在读取 PDF…"): shown instead of the findings */
  pending: string | null;
  /** a file could not be read: the reason, on one line */
  problem: string | null;
  /** what is shown instead of the page's own report: an attachment, the PDF the tab shows, a report of the list */
  file: { label: string; name: string } | null;
  /** the same body's report of the year before, when one was checked on this browser: compared with */
  previous: { year: number; url: string; checkedAt: string } | null;
  /** the page lists reports: the list view, in place of "not a report" */
  list: ListViewProps | null;
  /** ignored findings are shown (folded away otherwise) */
  showIgnored: boolean;
  onShowIgnored(): void;
  onDecide: OnDecide;
  onClose(): void;
  onMove(): void;
  onCollapse(): void;
  onFinding(finding: FindingView): void;
  onTable(table: TableId): void;
  onCheckAnyway(): void;
  onCopy(kind: CopyKind): void;
  onAutoDetect(): void;
  onCheckAttachment(href: string, name: string): void;
  /** back from an attachment to the page's own findings; null when the file is all there is */
  onBack: (() => void) | null;
}

const SEVERITY_MARKS = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** Numbers are kept whole on one line ("147", "〔2021〕30号", "33.9%"); the words around them wrap. */
const NUMBER_RUN = /(〔\d{4}〕\d+号|[-+]?\d[\d,.]*%?)/;
function Wrapped({ text }: { text: string }) {
  const parts = text.split(NUMBER_RUN);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <span class="num">{part}</span> : part))}</>;
}

/** "第 3 页": where a PDF's finding is, since the viewer's cells cannot be marked. */
const Pages = ({ pages }: { pages: number[] }) =>
  (pages.length === 0 ? null : <span class="pages" data-testid="pages">第 {pages.join('、')} 页</span>);

/** A finding's cells, folded: the count, and on demand every cell with what it prints. */
function CellList({ finding }: { finding: FindingView }) {
  const [open, setOpen] = useState(false);
  if (finding.labels.length > 0) return <span class="cells">标签：{finding.labels.map((l) => `「${l}」`).join('、')}</span>;
  if (finding.cells.length === 0) return null;
  if (finding.cells.length <= 4) {
    return <span class="cells">单元格：{finding.cells.map((c) => `${c.label} ${c.text}`).join('、')}</span>;
  }
  return (
    <>
      <button type="button" class="link" aria-expanded={open} onClick={(e) => { e.stopPropagation(); setOpen(!open); }}>
        {open ? '收起单元格' : `全部 ${finding.cells.length} 个单元格`}
      </button>
      {open && <ul class="cell-list" data-testid="cell-list">{finding.cells.map((c) => <li><span>{c.label}</span> <span class="num">{c.text}</span></li>)}</ul>}
    </>
  );
}

interface ItemProps {
  finding: FindingView;
  onFinding(f: FindingView): void;
  onDecide: OnDecide;
}

/** Remounted when the stored decision changes, so its comment field starts from what is kept. */
const decisionKey = (f: FindingView) => `${f.fingerprint}:${f.decision?.verdict ?? ''}:${f.decision?.comment ?? ''}`;

function FindingItem({ finding, onFinding, onDecide }: ItemProps) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`finding ${finding.severity}${finding.decision ? ` decided ${finding.decision.verdict}` : ''}`} data-testid="finding" data-rule={finding.ruleId} data-message-id={finding.messageId}>
      <button type="button" class="finding-main" onClick={() => onFinding(finding)} title="定位到页面上的单元格">
        <span class="sev" role="img" aria-label={SEVERITY_NAMES[finding.severity]}>{SEVERITY_MARKS[finding.severity]}</span>
        <span class="finding-title">{finding.title}</span>
        <code class="rule-id">{finding.ruleId}</code>
        <span class="message"><Wrapped text={finding.message} /></span>
        {finding.quotes.map((q) => <q class="quote">{q}</q>)}
        <Pages pages={finding.pages} />
      </button>
      <CellList finding={finding} />
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? '收起说明' : '规则说明'}</button>
      {open && <p class="description" data-testid="rule-description">{finding.description}</p>}
      <DecisionBar key={decisionKey(finding)} finding={finding} onDecide={onDecide} />
    </li>
  );
}

/** The conclusion: a suspect finding, numbered like the badges of its cells in the page. */
function SuspectItem({ finding, onFinding, onDecide }: ItemProps) {
  return (
    <li class={`suspect${finding.decision ? ` decided ${finding.decision.verdict}` : ''}`} data-testid="suspect" data-message-id={finding.messageId}>
      <button type="button" class="finding-main" onClick={() => onFinding(finding)} title="定位到页面上的单元格">
        {finding.number !== undefined
          ? <span class="badge" role="img" aria-label={`第 ${finding.number} 处`}>{finding.number}</span>
          : <span class="badge line" role="img" aria-label="整行或整列">!</span>}
        <span class="message"><Wrapped text={finding.message} /></span>
        {finding.fix && <span class="fix" data-testid="fix">改为：<Wrapped text={finding.fix} /></span>}
        <Pages pages={finding.pages} />
      </button>
      <DecisionBar key={decisionKey(finding)} finding={finding} onDecide={onDecide} />
    </li>
  );
}

function Preview({ previews, table, onTable }: { previews: PreviewTable[]; table: TableId | null; onTable(t: TableId): void }) {
  const shown = previews.find((p) => p.id === table) ?? previews.find((p) => p.id === 'requests') ?? previews[0];
  if (!shown) return null;
  return (
    <section class="previews">
      <div class="tabs" role="tablist">
        {previews.map((p) => (
          <button type="button" role="tab" aria-selected={p === shown} title={p.title} onClick={() => onTable(p.id)}>{p.short}</button>
        ))}
      </div>
      <table class={`preview ${shown.id}`} data-testid={`preview-${shown.id}`}>
        <tbody>
          {shown.rows.map((row) => (row.kind === 'head' ? (
            <tr class="head"><th class="label" />{row.heads.map((h) => <th title={h.title}>{h.text}</th>)}</tr>
          ) : (
            <tr>
              <th class="label" title={row.title}>{row.label}</th>
              {row.cells.map((cell) => {
                const mark = cell.mark;
                const cls = mark ? `marked ${mark.severity}${mark.suspect !== undefined ? ' suspect' : ''}${mark.operand ? ' operand' : ''}` : undefined;
                return (
                  <td class={cls} title={mark ? `${cell.title}：${mark.ruleIds.join(' ')}` : cell.title} data-suspect={mark?.suspect}>
                    {mark?.suspect !== undefined && <span class="badge">{mark.suspect}</span>}
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          )))}
        </tbody>
      </table>
    </section>
  );
}

/** The files the page links, each with "检查附件" when it can be read here. */
function Attachments({ model, onCheck }: { model: PanelModel; onCheck(href: string, name: string): void }) {
  if (model.attachments.length === 0) return null;
  return (
    <section class="attachments" data-testid="attachments">
      <h2>附件</h2>
      <ul>{model.attachments.map((a) => (
        <li>
          <span class="attachment-name">{a.text}</span>
          {a.blocked === null
            ? <button type="button" data-testid="check-attachment" onClick={() => onCheck(a.href, a.text)}>检查附件</button>
            : <span class="hint">{a.blocked}</span>}
        </li>
      ))}</ul>
    </section>
  );
}

export function Panel(props: PanelProps) {
  const { model } = props;
  const hasTables = (model?.previews.length ?? 0) > 0;
  return (
    <>
    <aside class={`panel ${props.side}${props.collapsed ? ' collapsed' : ''}`} style={{ width: `${props.width}px` }}
      data-testid="nianbao-panel" lang="zh-CN" aria-label="年报校验">
      <header>
        <strong>年报校验</strong>
        {/* biome-ignore lint/a11y/useSemanticElements: three counts, not form controls: a fieldset does not fit */}
        <span class="counts" role="group" aria-label="问题数">
          <span class="count error" data-testid="count-error" title="错误">{model?.detected ? model.counts.error : '–'}</span>
          <span class="count warning" data-testid="count-warning" title="警告">{model?.detected ? model.counts.warning : '–'}</span>
          <span class="count info" data-testid="count-info" title="提示">{model?.detected ? model.counts.info : '–'}</span>
        </span>
        {model?.detected && <span class="to-review" data-testid="to-review" title="还没有确认或忽略的问题">待复核 {model.toReview}</span>}
        <button type="button" onClick={props.onMove} title="移到另一侧" aria-label="移到另一侧">⇆</button>
        <button type="button" onClick={props.onCollapse} title={props.collapsed ? '展开' : '收起'} aria-label={props.collapsed ? '展开' : '收起'}>{props.collapsed ? '▢' : '—'}</button>
        <button type="button" onClick={props.onClose} title="关闭并清除标记（Esc）" aria-label="关闭">×</button>
      </header>
      {!props.collapsed && (
        <div class="body">
          {props.file !== null && (
            <p class="file" data-testid="file">{props.file.label}：{props.file.name}
              {props.onBack && <button type="button" class="link" data-testid="back" onClick={props.onBack}>{props.list ? '返回列表' : '返回本页'}</button>}</p>
          )}
          {props.problem !== null && <p class="problem" role="alert" data-testid="problem">{props.problem}</p>}
          {props.pending !== null ? <p class="pending" data-testid="pending">{props.pending}</p> : model === null ? null : !model.detected && props.list ? (
            <>
              <ListView {...props.list} />
              <button type="button" class="link" data-testid="check-anyway" onClick={props.onCheckAnyway}>把本页当作报告检查</button>
            </>
          ) : !model.detected ? (
            <section class="not-report" data-testid="not-report">
              <p>这个页面看起来不是政府信息公开工作年度报告。</p>
              <p class="reason" data-testid="reason">{model.reason}</p>
              <button type="button" data-testid="check-anyway" onClick={props.onCheckAnyway}>仍然检查</button>
              <Attachments model={model} onCheck={props.onCheckAttachment} />
            </section>
          ) : (
            <>
              <h1 class="title">{model.title}</h1>
              <dl class="facts">{model.facts.map((f) => <div><dt>{f.label}</dt><dd>{f.value}</dd></div>)}</dl>
              <p class="summary">
                {SEVERITY_NAMES.error} {model.counts.error} · {SEVERITY_NAMES.warning} {model.counts.warning} · {SEVERITY_NAMES.info} {model.counts.info}
              </p>
              {props.previous && (
                <p class="previous" data-testid="previous">与本机检查过的 {props.previous.year} 年度报告比较（{props.previous.checkedAt.slice(0, 10)} 检查）：
                  <a href={props.previous.url} target="_blank" rel="noopener noreferrer">{props.previous.url}</a></p>
              )}
              {model.suspects.length > 0 && (
                <section class="suspects" data-testid="suspects">
                  <h2>最可能的错误</h2>
                  <ul>{model.suspects.map((f) => <SuspectItem finding={f} onFinding={props.onFinding} onDecide={props.onDecide} />)}</ul>
                </section>
              )}
              {model.groups.length === 0 && model.suspects.length === 0 && model.ignored === 0 && <p class="clean">没有发现问题。</p>}
              {model.groups.map((group) => (
                <section class="group">
                  <h2>{group.title}</h2>
                  <ul>{group.findings.map((f) => <FindingItem finding={f} onFinding={props.onFinding} onDecide={props.onDecide} />)}</ul>
                </section>
              ))}
              {model.ignored > 0 && (
                <p class="ignored-note" data-testid="ignored">已忽略 {model.ignored} 项{props.showIgnored ? '（显示中，其单元格也已标出）' : '，其单元格不再标出'}
                  <button type="button" class="link" data-testid="show-ignored" onClick={props.onShowIgnored}>{props.showIgnored ? '隐藏' : '显示'}</button></p>
              )}
              {props.file === null && <Attachments model={model} onCheck={props.onCheckAttachment} />}
              <Preview previews={model.previews} table={props.table} onTable={props.onTable} />
              <section class="copy">
                <h2>复制与导出</h2>
                <div class="buttons">
                  {model.previews.map((p) => (
                    <button type="button" data-testid={`copy-tsv-${p.id}`} onClick={() => props.onCopy(`tsv-${p.id}` as CopyKind)}>复制{p.short}</button>
                  ))}
                  <button type="button" data-testid="copy-tsv-all" disabled={!hasTables} onClick={() => props.onCopy('tsv-all')}>复制全部表格</button>
                  <button type="button" data-testid="download-csv" disabled={!hasTables} onClick={() => props.onCopy('csv')}>下载 CSV</button>
                  <button type="button" data-testid="copy-json" onClick={() => props.onCopy('json')}>复制 JSON</button>
                  <button type="button" data-testid="copy-markdown" disabled={!hasTables} onClick={() => props.onCopy('markdown')}>复制 Markdown</button>
                  <button type="button" data-testid="copy-findings" onClick={() => props.onCopy('findings')}>复制问题清单</button>
                  <button type="button" data-testid="download-findings-csv" title="每条问题一行，含你的决定和备注" onClick={() => props.onCopy('findings-csv')}>下载问题清单 CSV</button>
                </div>
                {!hasTables && <p class="hint" data-testid="no-tables">页面上没有找到统计表，表格的复制与导出不可用。</p>}
              </section>
            </>
          )}
          <label class="auto">
            <input type="checkbox" data-testid="auto-detect" checked={props.autoDetect === true} disabled={props.autoDetect === null}
              onClick={(e) => { e.preventDefault(); props.onAutoDetect(); }} />
            在 *.gov.cn 网站上自动检测（{props.autoDetect === true ? '已开启，' : ''}在设置页授权或撤销）
          </label>
          <p class="status" role="status" data-testid="status">{props.status}</p>
        </div>
      )}
    </aside>
    {props.tooltip && (
      <div class="tooltip" role="tooltip" data-testid="tooltip" lang="zh-CN" style={{ left: `${props.tooltip.x}px`, top: `${props.tooltip.y}px` }}>
        {props.tooltip.lines.map((line) => <p><Wrapped text={line} /></p>)}
      </div>
    )}
    </>
  );
}
