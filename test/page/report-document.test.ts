// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectedReport, watchUntil } from '../../src/page/report-document';

afterEach(() => vi.useRealTimers());

describe('watchUntil with detectedReport (the detector)', () => {
  it('finds a report page at once', () => {
    document.title = '某县人民政府2024年政府信息公开工作年度报告';
    const found = vi.fn();
    watchUntil(document, () => detectedReport(document), found);
    expect(found).toHaveBeenCalledWith(document);
  });

  it('finds a report a script renders after load, once, and stops watching', async () => {
    vi.useFakeTimers();
    document.title = '信息公开';
    document.body.innerHTML = '<div id="app">加载中</div>';
    const found = vi.fn();
    watchUntil(document, () => detectedReport(document), found, 30_000, 600);
    expect(found).not.toHaveBeenCalled();
    document.getElementById('app')!.innerHTML = '<table><tr><td>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td></tr></table>';
    await vi.advanceTimersByTimeAsync(700);
    expect(found).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(700);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('gives up after its time limit on a page that never becomes a report', async () => {
    vi.useFakeTimers();
    document.title = '首页';
    document.body.innerHTML = '<p>新闻</p>';
    const found = vi.fn();
    watchUntil(document, () => detectedReport(document), found, 1000, 100);
    await vi.advanceTimersByTimeAsync(1500);
    document.title = '某县2024年政府信息公开工作年度报告';
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(500);
    expect(found).not.toHaveBeenCalled();
  });
});
