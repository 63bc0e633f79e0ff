import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check';
import { fingerprint } from '../../src/core/fingerprint';
import type { Finding } from '../../src/core/model/schema';
import { loadDocument } from '../helpers';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'table-balance', messageId: 'column', severity: 'error', message: '（一）予以公开 ≠ …',
  cells: [{ table: 'requests', row: 'total', column: 'naturalPerson' }, { table: 'requests', row: 'granted', column: 'naturalPerson' }],
  ...over,
});

describe('fingerprint', () => {
  it('stays the same when the message or its id is reworded, or the cells come in another order', () => {
    const a = fingerprint(finding(), '某某市人民政府', 2024);
    expect(fingerprint(finding({ message: '另一种说法', messageId: 'other', severity: 'warning' }), '某某市人民政府', 2024)).toBe(a);
    expect(fingerprint(finding({ cells: [...finding().cells].reverse() }), '某某市人民政府', 2024)).toBe(a);
    // the body as matched across years: spaces and full-width forms do not count
    expect(fingerprint(finding(), '某某市 人民政府', 2024)).toBe(a);
    expect(a).toMatch(/^table-balance:2024:[0-9a-z]+$/);
  });

  it('differs across cells, rules, bodies and years', () => {
    const a = fingerprint(finding(), '某某市人民政府', 2024);
    const others = [
      fingerprint(finding({ cells: [{ table: 'requests', row: 'total', column: 'commercial' }] }), '某某市人民政府', 2024),
      fingerprint(finding({ ruleId: 'table-row-total' }), '某某市人民政府', 2024),
      fingerprint(finding(), '某某县人民政府', 2024),
      fingerprint(finding(), '某某市人民政府', 2023),
      fingerprint(finding({ cells: [{ table: 'text', quote: '共收到申请 57 件' }] }), '某某市人民政府', 2024),
    ];
    expect(new Set([a, ...others]).size).toBe(6);
  });

  it('is the same for every finding of a real page checked twice (a reload), and unique within it', () => {
    const prints = () => {
      const a = checkDocument(loadDocument('corpus', 'pingtan-2020-page.html'), 'https://www.pingtan.gov.cn/a.html');
      return a.findings.map((f) => fingerprint(f, a.meta.agency, a.meta.year));
    };
    const first = prints();
    expect(first.length).toBeGreaterThan(0);
    expect(prints()).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
