import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/meta-title';
import { run } from './input';

describe('meta-title', () => {
  it('is silent when the title names the body and the year', () => {
    expect(run(rule, { title: '砟子镇人民政府2019年政府信息公开工作年度报告', agency: '砟子镇人民政府' })).toEqual([]);
  });
  it('warns when the title names no body (营前镇 2020)', () => {
    const [f] = run(rule, { title: '2020年政府信息公开工作年度报告', agency: null });
    expect(f!.message).toBe('标题「2020年政府信息公开工作年度报告」没有写明报告机关');
  });
  it('warns when the title names no year', () => {
    const findings = run(rule, { title: '某县人民政府政府信息公开工作年度报告', agency: '某县人民政府' });
    expect(findings.map((f) => f.message)).toEqual(['标题「某县人民政府政府信息公开工作年度报告」没有写明年度']);
  });
});
