/**
 * What this browser keeps of the reviewer's season (season-store.ts): the reports checked, by
 * body and year, with delete, clear all, and export/import as one JSON file; a warning when the
 * store nears the browser's quota.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bodyKey } from '../../src/core/snapshot';
import { createSeasonStore, STORE_WARN_BYTES, type StoreContents } from '../../src/extension/season-store';
import { downloadFile } from '../../src/page/clipboard';

const store = createSeasonStore(browser.storage.local);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

function History() {
  const [contents, setContents] = useState<StoreContents | null>(null);
  const [status, setStatus] = useState('');
  const reload = useCallback(() => { void store.all().then(setContents); }, []);
  useEffect(() => {
    reload();
    // a check in a tab adds to the store while this page is open
    browser.storage.onChanged.addListener(reload);
    return () => browser.storage.onChanged.removeListener(reload);
  }, [reload]);

  const exportAll = async () => {
    const data = await store.exportAll();
    downloadFile(document.body, `年报校验-记录-${data.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(data, null, 1)}\n`, 'application/json');
    setStatus(`已导出 ${data.history.length} 份报告、${data.decisions.length} 条决定`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const counts = await store.importAll(JSON.parse(await file.text()));
      setStatus(`已导入 ${counts.history} 份报告、${counts.decisions} 条决定`);
    } catch (error) {
      setStatus(`导入失败：${error instanceof SyntaxError ? '不是 JSON 文件' : error instanceof Error ? error.message : String(error)}`);
    }
  };
  const clearAll = async () => {
    if (!window.confirm('清除本机保存的全部检查记录和决定？此操作不能撤销（可先导出）。')) return;
    await store.clear();
    setStatus('已全部清除');
  };

  if (!contents) return <p>正在读取…</p>;
  const decided = (agency: string, year: number) => contents.decisions.filter((d) => d.year === year && bodyKey(d.agency) === bodyKey(agency)).length;
  return (
    <>
      <p data-testid="store-size">共 {contents.history.length} 份报告、{contents.decisions.length} 条决定，占用 {megabytes(contents.bytes)}。</p>
      {contents.bytes > STORE_WARN_BYTES && (
        <p role="alert" data-testid="store-warning">已超过 {megabytes(STORE_WARN_BYTES)}：浏览器为扩展保留的空间约 10 MB，请导出后删除不再需要的记录。</p>
      )}
      <p>
        <button type="button" data-testid="store-export" onClick={() => void exportAll()}>导出为 JSON 文件</button>{' '}
        <label>导入 JSON 文件 <input type="file" accept=".json,application/json" data-testid="store-import"
          onChange={(e) => void importFile(e.currentTarget.files?.[0]).finally(() => { e.currentTarget.value = ''; })} /></label>{' '}
        <button type="button" data-testid="store-clear" disabled={contents.history.length + contents.decisions.length === 0} onClick={() => void clearAll()}>全部清除</button>
      </p>
      <p role="status" data-testid="store-status">{status}</p>
      {contents.history.length > 0 && (
        <table data-testid="store-table">
          <thead><tr><th>机关</th><th>年度</th><th>地址</th><th>检查时间</th><th>决定</th><th /></tr></thead>
          <tbody>
            {contents.history.map((h) => (
              <tr data-testid="store-row">
                <td>{h.agency}</td>
                <td>{h.year}</td>
                <td><a href={h.url} target="_blank" rel="noopener noreferrer">{h.url}</a></td>
                <td>{new Date(h.checkedAt).toLocaleString('zh-CN')}</td>
                <td>{decided(h.agency, h.year)}</td>
                <td><button type="button" data-testid="store-delete" onClick={() => void store.forget(h.agency, h.year)}>删除</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function mountHistory(container: HTMLElement): void {
  render(<History />, container);
}
