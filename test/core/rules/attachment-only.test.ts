import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/attachment-only';
import tableMissing from '../../../src/core/rules/table-missing';
import { runRules } from '../../../src/core/check';
import { checkHtml } from '../../helpers';
import { inputFrom } from './input';

describe('attachment-only', () => {
  it('notes a report published only as a file, and does not call its tables missing', () => {
    const page = checkHtml('<html><head><title>某县人民政府2023年政府信息公开工作年度报告</title></head><body><div id="zoom"><p>附件：</p><p><a href="/u/2024/nb.pdf">某县人民政府2023年政府信息公开工作年度报告.pdf</a></p></div></body></html>');
    expect(page.detected).toBe(true);
    // nothing else: no table-missing, and no judgement on text that is in the file, not the page
    expect(page.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['attachment-only', '报告只以附件发布：某县人民政府2023年政府信息公开工作年度报告.pdf'],
    ]);
  });
  it('does not take a list of reports for a report', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<li><a href="/u/${i}.pdf">某局${2016 + i}年政府信息公开工作年度报告</a></li>`).join('');
    const list = checkHtml(`<html><head><title>政府信息公开年报</title></head><body><ul>${links}</ul></body></html>`);
    expect(list.detected).toBe(false);
    expect(list.json).toMatchObject({ detected: false, tables: {}, findings: [] });
  });
  it('is silent when the page has its tables', () => {
    const input = inputFrom({ requests: {}, text: [] });
    input.article.attachments.push({ text: '附件.pdf', href: 'a.pdf', section: 0 });
    expect(runRules(input, [rule])).toEqual([]);
    expect(runRules(input, [tableMissing]).length).toBe(2);
  });
});
