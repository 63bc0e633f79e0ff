/**
 * A list page in the panel: "本页列出 N 份年度报告", a button to check them all, progress with a
 * stop button, then a summary row per report (body, year, format, counts, the suspect) that can
 * be sorted, filtered to those with errors, opened, and exported. Page text is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { ListRow, ListSort } from './list-model';
import { shownRows } from './list-model';

export type ListExport = 'summary-csv' | 'summary-xlsx' | 'findings-csv' | 'findings-xlsx';

export interface ListViewProps {
  rows: ListRow[];
  /** checking now */
  running: boolean;
  /** list pages read so far (this one is 1), and whether a next one is linked and may be read */
  pages: number;
  morePages: boolean;
  loadingMore: boolean;
  onCheckAll(): void;
  onStop(): void;
  onLoadMore(): void;
  /** show a checked report's own panel (findings, previews, decisions) */
  onView(index: number): void;
  onExport(kind: ListExport): void;
}

const SORTS: { id: ListSort; name: string }[] = [{ id: 'list', name: '列表顺序' }, { id: 'worst', name: '问题多的在前' }, { id: 'year', name: '年度' }];


/** "有错误 3 份 · 无法读取 1 份 · 不是报告 1 份": what the checked rows come to. */
function totalsText(rows: readonly ListRow[]): string {
  const checked = rows.filter((r) => r.summary !== null);
  const withErrors = checked.filter((r) => Number(r.summary!.errors ?? 0) > 0).length;
  const unreadable = checked.filter((r) => r.summary!.errors === null).length;
  const notReports = checked.filter((r) => r.summary!.errors !== null && !r.viewable).length;
  return [`有错误 ${withErrors} 份`, `没有错误 ${checked.length - withErrors - unreadable - notReports} 份`,
    ...(unreadable > 0 ? [`无法读取 ${unreadable} 份`] : []), ...(notReports > 0 ? [`不是报告 ${notReports} 份`] : [])].join(' · ');
}

export function ListView(props: ListViewProps) {
  const [sort, setSort] = useState<ListSort>('list');
  const [errorsOnly, setErrorsOnly] = useState(false);
  const done = props.rows.filter((r) => r.summary !== null).length;
  const total = props.rows.length;
  const shown = shownRows(props.rows, sort, errorsOnly);
  return (
    <section class="list" data-testid="list">
      <p class="list-count" data-testid="list-count">本页列出 {total} 份年度报告{props.pages > 1 ? `（已读取 ${props.pages} 页列表）` : ''}</p>
      <div class="buttons">
        {props.running
          ? <button type="button" data-testid="list-stop" onClick={props.onStop}>停止</button>
          : <button type="button" data-testid="list-check" disabled={done === total} onClick={props.onCheckAll}>{done === 0 ? '全部检查' : done === total ? '已全部检查' : '检查其余'}</button>}
        {props.morePages && <button type="button" data-testid="list-more" disabled={props.loadingMore || props.running} onClick={props.onLoadMore}>{props.loadingMore ? '正在读取下一页…' : '读取列表下一页'}</button>}
      </div>
      <p class="hint">只读取本网站的页面，在你点击时读取；检查在本机进行，不发送任何内容。</p>
      {(props.running || done > 0) && (
        <p class="progress" role="status" data-testid="list-progress">
          已检查 {done} / {total}
          <progress max={total} value={done} />
        </p>
      )}
      {done > 0 && <p class="list-totals" data-testid="list-totals">{totalsText(props.rows)}</p>}
      {done > 0 && (
        <>
          <div class="list-tools">
            <label>排序 <select data-testid="list-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as ListSort)}>
              {SORTS.map((s) => <option value={s.id}>{s.name}</option>)}
            </select></label>
            <label><input type="checkbox" data-testid="list-errors-only" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.currentTarget.checked)} /> 只看有错误的</label>
          </div>
          <table class="list-table" data-testid="list-table">
            <thead><tr><th>报告</th><th>年度</th><th title="错误">✖</th><th title="警告">▲</th><th title="提示">ℹ</th></tr></thead>
            <tbody>
              {shown.map((row) => (
                <tr data-testid="list-row" data-index={row.index} data-errors={row.summary?.errors ?? ''}>
                  <td class="list-report">
                    <a href={row.href} target="_blank" rel="noopener noreferrer" title={row.href}>{row.summary?.agency ?? row.text}</a>
                    {row.summary?.suspect && <span class="list-suspect" data-testid="list-suspect">{row.summary.suspect}</span>}
                    {row.note && !row.summary?.suspect && <span class="list-note" data-testid="list-note">{row.note}</span>}
                    {row.viewable && <button type="button" class="link" data-testid="list-view" onClick={() => props.onView(row.index)}>查看问题</button>}
                  </td>
                  <td>{row.summary?.year ?? ''}</td>
                  <td class="num">{row.summary ? row.summary.errors ?? '–' : '…'}</td>
                  <td class="num">{row.summary?.warnings ?? ''}</td>
                  <td class="num">{row.summary?.infos ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="buttons">
            <button type="button" data-testid="export-summary-csv" onClick={() => props.onExport('summary-csv')}>下载汇总 CSV</button>
            <button type="button" data-testid="export-summary-xlsx" onClick={() => props.onExport('summary-xlsx')}>下载汇总 XLSX</button>
            <button type="button" data-testid="export-findings-csv" onClick={() => props.onExport('findings-csv')}>下载问题清单 CSV</button>
            <button type="button" data-testid="export-findings-xlsx" onClick={() => props.onExport('findings-xlsx')}>下载问题清单 XLSX</button>
          </div>
        </>
      )}
    </section>
  );
}
