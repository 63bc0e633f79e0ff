import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint';
import type { Decision } from '../../src/core/review';
import { findingsText, panelModel, shownFindings } from '../../src/ui/model';
import type { PreviewRow } from '../../src/ui/preview';
import { checkFixture, checkHtml } from '../helpers';

type DataRow = Extract<PreviewRow, { kind: 'data' }>;

describe('panelModel', () => {
  const analysis = checkFixture('seeds', '002_27ba472c7186d65d.html');
  const model = panelModel(analysis);

  it('states the suspect first, numbered, with its fix', () => {
    expect(model.suspects.map((s) => [s.number, s.messageId, s.fix])).toEqual([
      [1, 'unique', '（七）总计·自然人 = 1、（七）总计·其他 = 11、（七）总计·总计 = 12'],
    ]);
    expect(model.suspects[0]!.table).toBe('requests');
  });

  it('counts by severity and groups the other findings by the table of their first cell', () => {
    expect(model.counts).toEqual({
      error: analysis.findings.filter((f) => f.severity === 'error').length,
      warning: analysis.findings.filter((f) => f.severity === 'warning').length,
      info: analysis.findings.filter((f) => f.severity === 'info').length,
    });
    expect(model.groups.map((g) => g.title)).toEqual(['表三 收到和处理政府信息公开申请情况', '正文', '表二 主动公开政府信息情况']);
    expect(model.groups.flatMap((g) => g.findings).some((f) => f.ruleId === 'suspect-cell')).toBe(false);
    const balance = model.groups[0]!.findings[0]!;
    expect(balance).toMatchObject({ ruleId: 'requests-balance', messageId: 'unbalanced', title: '表三勾稽关系不成立' });
    expect(balance.cells.map((c) => `${c.label} ${c.text}`)).toEqual(['一、本年新收·自然人 1', '二、上年结转·自然人 0', '（七）总计·自然人 空白', '四、结转下年度·自然人 0']);
  });

  it('previews 表三 compactly: short row names, seven value columns, the suspects numbered and the other operands light', () => {
    const requests = model.previews.find((p) => p.id === 'requests')!;
    expect(requests.rows[0]).toMatchObject({ kind: 'head', heads: ['自然人', '商业', '科研', '公益', '法律', '其他', '总计'].map((text) => ({ text })) });
    const data = requests.rows.filter((r): r is DataRow => r.kind === 'data');
    expect(data.map((r) => r.label)).toContain('（四）3.补正后仍不明确');
    const total = data.find((r) => r.label === '（七）总计')!;
    expect(total.title).toBe('三、本年度办理结果 （七）总计');
    expect(total.cells.map((c) => c.mark?.suspect ?? null)).toEqual([1, null, null, null, null, 1, 1]);
    expect(total.cells[1]!.mark).toMatchObject({ severity: 'warning', operand: false }); // blank, in no failing identity
    const received = data.find((r) => r.label === '一、本年新收')!;
    expect(received.cells.map((c) => c.mark?.operand ?? null)).toEqual([true, null, null, null, null, true, true]);
    expect(received.cells.map((c) => c.text)).toEqual(['1', '0', '0', '0', '0', '11', '12']);
  });

  it('writes the findings as a plain list for the clipboard, the most probable error first', () => {
    const text = findingsText(model);
    expect(text.split('\n')[0]).toBe('重庆市大渡口区建胜镇2019年政府信息公开工作年度报告');
    expect(text).toContain('最可能的错误\n- [错误] 最可能出错的单元格（suspect-cell）：（七）总计·自然人 空白、（七）总计·其他 空白、（七）总计·总计 空白；若分别为 1、11、12，表三的 6 个等式全部成立（改为：（七）总计·自然人 = 1、（七）总计·其他 = 11、（七）总计·总计 = 12）');
    expect(text).toContain('- [错误] 表三勾稽关系不成立（requests-balance）：总计列：本年新收 + 上年结转 12 ≠ （七）总计 + 结转下年度 0，差 12（12 + 0 ≠ 0 + 0）');
  });

  it('lists the labels a format finding is about, as printed, not the value cells', () => {
    const shuyang = panelModel(checkFixture('corpus', 'shuyang-fagaiju-2023-article.html'));
    const mixed = shuyang.groups.flatMap((g) => g.findings).find((f) => f.ruleId === 'format-mixed')!;
    expect(mixed.labels).toEqual(['规范性文件']);
    expect(mixed.cells).toEqual([]);
  });

  it('states the not-a-report case with its reason', () => {
    const m = panelModel(checkHtml('<html><head><title>某市人民政府门户网站</title></head><body><p>要闻</p></body></html>'));
    expect(m.detected).toBe(false);
    expect(m.reason).toContain('没有找到表三');
  });
});

describe('the panel with the reviewer\'s decisions', () => {
  const analysis = checkFixture('corpus', 'pingtan-2020-page.html');
  const { agency, year } = analysis.meta;
  const print = (i: number) => fingerprint(analysis.findings[i]!, agency, year);
  const decided = (i: number, verdict: Decision['verdict']): [string, Decision] => [print(i), {
    fingerprint: print(i), verdict, comment: '', ruleId: analysis.findings[i]!.ruleId, severity: analysis.findings[i]!.severity,
    message: '', agency, year, url: '', decidedAt: '',
  }];

  it('counts what is left to review; ignored findings leave the counts and the lists unless shown', () => {
    const n = analysis.findings.length;
    expect(n).toBeGreaterThan(2);
    const plain = panelModel(analysis);
    expect(plain.toReview).toBe(n);
    const ignored = analysis.findings[1]!;
    const decisions = new Map([decided(0, 'confirmed'), decided(1, 'ignored'), decided(2, 'doubtful')]);
    const model = panelModel(analysis, decisions);
    expect(model.toReview).toBe(n - 2); // 存疑 is still to review
    expect(model.ignored).toBe(1);
    expect(model.counts[ignored.severity]).toBe(plain.counts[ignored.severity] - 1);
    const listed = (m: typeof model) => [...m.suspects, ...m.groups.flatMap((g) => g.findings)].map((f) => f.index).sort((a, b) => a - b);
    expect(listed(model)).toEqual(listed(plain).filter((i) => i !== 1));
    expect(listed(panelModel(analysis, decisions, true))).toEqual(listed(plain));
    expect(shownFindings(analysis, decisions, false)).not.toContain(ignored);
    const first = [...model.suspects, ...model.groups.flatMap((g) => g.findings)].find((f) => f.index === 0)!;
    expect(first.decision).toEqual({ verdict: 'confirmed', comment: '' });
    expect(findingsText(model)).toContain('〔确认〕');
  });
});
