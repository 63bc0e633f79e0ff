// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/page/text-highlight';

describe('findQuote', () => {
  it('finds a tidied quote across spans, &nbsp; and line breaks', () => {
    document.body.innerHTML = '<p><span>2021年本行政区域</span><span>（或本部门）</span>政府信息公开发布总数量\n 43条。</p><p>集安市青石镇人民政府</p><p>2021年&nbsp;12月10日</p>';
    expect(findQuote(document, '2021年本行政区域（或本部门）政府信息公开发布总数量 43条。')!.toString()).toBe('2021年本行政区域（或本部门）政府信息公开发布总数量\n 43条。');
    expect(findQuote(document, '2021年 12月10日')!.toString()).toBe('2021年\u00a012月10日');
  });
  it('returns null for a quote that is not in the page (a meta tag, another page)', () => {
    document.body.innerHTML = '<p>正文</p>';
    expect(findQuote(document, '<meta name="PubDate" content="2020-01-31">')).toBeNull();
  });
});
