/**
 * The summary panel (zh-CN). Props in, callbacks out; no extension APIs. Everything the page
 * contributes (titles, labels, quotes, cell text) is rendered as text nodes by Preact, never as HTML.
 */
import { useState } from 'preact/hooks';
import { SEVERITY_NAMES } from '../core/model/forms';
import type { FindingView, PanelModel } from './model';

export type CopyKind = 'tsv-active' | 'tsv-requests' | 'tsv-review' | 'tsv-all' | 'csv' | 'json' | 'markdown' | 'findings';

export interface PanelProps {
  model: PanelModel;
  side: 'left' | 'right';
  collapsed: boolean;
  /** null while unknown; true when *.gov.cn pages are checked automatically */
  autoDetect: boolean | null;
  /** a short status line after an action ("已复制表三") */
  status: string;
  tooltip: { x: number; y: number; lines: string[] } | null;
  onClose(): void;
  onMove(): void;
  onCollapse(): void;
  onFinding(finding: FindingView): void;
  onCheckAnyway(): void;
  onCopy(kind: CopyKind): void;
  onAutoDetect(): void;
}

const SEVERITY_MARKS = { error: '✖', warning: '▲', info: 'ℹ' } as const;

function FindingItem({ finding, onFinding }: { finding: FindingView; onFinding(f: FindingView): void }) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`finding ${finding.severity}`} data-testid="finding" data-rule={finding.ruleId}>
      <button type="button" class="finding-main" onClick={() => onFinding(finding)} title="定位到页面上的单元格">
        <span class="sev" aria-label={SEVERITY_NAMES[finding.severity]}>{SEVERITY_MARKS[finding.severity]}</span>
        <span class="finding-title">{finding.title}</span>
        <code class="rule-id">{finding.ruleId}</code>
        <span class="message">{finding.message}</span>
        {finding.quotes.map((q) => <q class="quote">{q}</q>)}
        {finding.cells.length > 0 && (
          <span class="cells">单元格：{finding.cells.slice(0, 12).map((c) => c.label).join('、')}
            {finding.cells.length > 12 ? ` 等 ${finding.cells.length} 个` : ''}</span>
        )}
      </button>
      <button type="button" class="about" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? '收起说明' : '规则说明'}</button>
      {open && <p class="description" data-testid="rule-description">{finding.description}</p>}
    </li>
  );
}

function Preview({ model }: { model: PanelModel }) {
  const [tab, setTab] = useState(0);
  const table = model.previews[tab];
  if (!table) return null;
  return (
    <section class="previews">
      <div class="tabs" role="tablist">
        {model.previews.map((p, i) => (
          <button type="button" role="tab" aria-selected={i === tab} onClick={() => setTab(i)}>{p.title.split(' ')[0]}</button>
        ))}
      </div>
      <div class="preview-scroll">
        <table class="preview" data-testid={`preview-${table.id}`}>
          <tbody>
            {table.rows.map((row) => (
              <tr>{row.map((cell) => (
                <td class={cell.mark ? `marked ${cell.mark.severity}` : undefined} title={cell.mark?.ruleIds.join(' ')}>
                  {cell.mark ? `${SEVERITY_MARKS[cell.mark.severity]} ` : ''}{cell.text}
                </td>
              ))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Panel(props: PanelProps) {
  const { model } = props;
  return (
    <>
    <div class={`panel ${props.side}${props.collapsed ? ' collapsed' : ''}`} data-testid="nianbao-panel" lang="zh-CN" role="complementary" aria-label="年报校验">
      <header>
        <strong>年报校验</strong>
        <span class="counts" aria-label="问题数">
          <span class="count error" data-testid="count-error" title="错误">{model.counts.error}</span>
          <span class="count warning" data-testid="count-warning" title="警告">{model.counts.warning}</span>
          <span class="count info" data-testid="count-info" title="提示">{model.counts.info}</span>
        </span>
        <button type="button" onClick={props.onMove} title="移到另一侧" aria-label="移到另一侧">⇆</button>
        <button type="button" onClick={props.onCollapse} title={props.collapsed ? '展开' : '收起'} aria-label={props.collapsed ? '展开' : '收起'}>{props.collapsed ? '▢' : '—'}</button>
        <button type="button" onClick={props.onClose} title="关闭并清除标记" aria-label="关闭">×</button>
      </header>
      {!props.collapsed && (
        <div class="body">
          {!model.detected ? (
            <section class="not-report" data-testid="not-report">
              <p>这个页面看起来不是政府信息公开工作年度报告。</p>
              <p class="reason">{model.reason}</p>
              <button type="button" data-testid="check-anyway" onClick={props.onCheckAnyway}>仍然检查</button>
            </section>
          ) : (
            <>
              <h1 class="title">{model.title}</h1>
              <dl class="facts">{model.facts.map((f) => <div><dt>{f.label}</dt><dd>{f.value}</dd></div>)}</dl>
              <p class="summary">
                {SEVERITY_NAMES.error} {model.counts.error} · {SEVERITY_NAMES.warning} {model.counts.warning} · {SEVERITY_NAMES.info} {model.counts.info}
              </p>
              {model.groups.length === 0 && <p class="clean">没有发现问题。</p>}
              {model.groups.map((group) => (
                <section class="group">
                  <h2>{group.title}</h2>
                  <ul>{group.findings.map((f) => <FindingItem finding={f} onFinding={props.onFinding} />)}</ul>
                </section>
              ))}
              <Preview model={model} />
              <section class="copy">
                <h2>复制与导出</h2>
                <div class="buttons">
                  {model.previews.map((p) => (
                    <button type="button" data-testid={`copy-tsv-${p.id}`} onClick={() => props.onCopy(`tsv-${p.id}` as CopyKind)}>复制{p.title.split(' ')[0]}</button>
                  ))}
                  <button type="button" data-testid="copy-tsv-all" onClick={() => props.onCopy('tsv-all')}>复制全部表格</button>
                  <button type="button" data-testid="download-csv" onClick={() => props.onCopy('csv')}>下载 CSV</button>
                  <button type="button" data-testid="copy-json" onClick={() => props.onCopy('json')}>复制 JSON</button>
                  <button type="button" data-testid="copy-markdown" onClick={() => props.onCopy('markdown')}>复制 Markdown</button>
                  <button type="button" data-testid="copy-findings" onClick={() => props.onCopy('findings')}>复制问题清单</button>
                </div>
              </section>
            </>
          )}
          <label class="auto">
            <input type="checkbox" data-testid="auto-detect" checked={props.autoDetect === true} onChange={props.onAutoDetect} />
            在 *.gov.cn 网站上自动检测（需授权访问这些网站）
          </label>
          <p class="status" role="status" data-testid="status">{props.status}</p>
        </div>
      )}
    </div>
    {props.tooltip && (
      <div class="tooltip" role="tooltip" data-testid="tooltip" lang="zh-CN" style={{ left: `${props.tooltip.x}px`, top: `${props.tooltip.y}px` }}>
        {props.tooltip.lines.map((line) => <p>{line}</p>)}
      </div>
    )}
    </>
  );
}
