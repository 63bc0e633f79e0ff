import { describe, expect, it } from 'vitest';
import { findingsText, panelModel } from '../../src/ui/model';
import { checkFixture, checkHtml } from '../helpers';

describe('panelModel', () => {
  const analysis = checkFixture('seeds', '002_27ba472c7186d65d.html');
  const model = panelModel(analysis);

  it('counts by severity and groups findings by the table of their first cell', () => {
    expect(model.counts).toEqual({
      error: analysis.findings.filter((f) => f.severity === 'error').length,
      warning: analysis.findings.filter((f) => f.severity === 'warning').length,
      info: analysis.findings.filter((f) => f.severity === 'info').length,
    });
    expect(model.groups.map((g) => g.title)).toEqual(['表三 收到和处理政府信息公开申请情况', '正文', '表二 主动公开政府信息情况']);
    expect(model.groups[1]!.findings.map((f) => f.ruleId)).toEqual(['content-assessment']);
    expect(model.groups[0]!.findings[0]!.ruleId).toBe('suspect-cell');
    const balance = model.groups[0]!.findings[1]!;
    expect(balance).toMatchObject({ ruleId: 'requests-balance', title: '表三勾稽关系不成立' });
    expect(balance.cells.map((c) => c.label)).toEqual(['一、本年新收·自然人', '二、上年结转·自然人', '（七）总计·自然人', '四、结转下年度·自然人']);
  });

  it('marks the preview cells the findings name, with the worst severity', () => {
    const requests = model.previews.find((p) => p.id === 'requests')!;
    const totalRow = requests.rows.find((r) => r[1]!.text === '（七）总计')!;
    expect(totalRow.slice(3).map((c) => c.mark?.severity)).toEqual(['error', 'warning', 'warning', 'warning', 'warning', 'error', 'error']);
    expect(totalRow[3]!.mark!.ruleIds).toEqual(['suspect-cell', 'requests-balance', 'requests-outcome-total', 'cell-blank']);
    const carried = requests.rows.find((r) => r[0]!.text.startsWith('二、'))!;
    expect(carried.slice(3).every((c) => c.mark?.severity === 'error' || c.mark === undefined)).toBe(true);
  });

  it('writes the findings as a plain list for the clipboard', () => {
    const text = findingsText(model);
    expect(text.split('\n')[0]).toBe('重庆市大渡口区建胜镇2019年政府信息公开工作年度报告');
    expect(text).toContain('- [错误] 表三勾稽关系不成立（requests-balance）：总计列：本年新收 + 上年结转 12 ≠ （七）总计 + 结转下年度 0，差 12（12 + 0 ≠ 0 + 0）');
  });

  it('states the not-a-report case with its reason', () => {
    const m = panelModel(checkHtml('<html><head><title>某市人民政府门户网站</title></head><body><p>要闻</p></body></html>'));
    expect(m.detected).toBe(false);
    expect(m.reason).toContain('不像');
  });
});
